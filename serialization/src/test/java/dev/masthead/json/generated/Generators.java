package dev.masthead.json.generated;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Generates well-formed content from a seed: every block kind, link ranges, empty and maximal
 * collections, text at its length limit in code points, astral, combining and right-to-left text,
 * every credit role and author kind, optional values present and absent.
 *
 * <p>The same seed always gives the same content, so that a failure names a seed that replays it.
 * Each call draws from the one random source: build one generator per seed. Mutable and not
 * thread-safe.
 */
public final class Generators {
  /** The earliest instant a timestamp may hold. */
  static final Instant MIN_TIME = Instant.parse("1900-01-01T00:00:00Z");
  /** The first instant a timestamp may no longer hold. */
  static final Instant MAX_TIME = Instant.parse("2200-01-01T00:00:00Z");

  private static final String[] LATIN_WORDS = {
    "council", "budget", "Riverton", "vote", "night", "bus", "library", "café", "naïve", "Zürich",
    "São", "Paulo", "Łódź", "Ærø", "résumé", "<b>", "\"quoted\"", "back\\slash", "50%", "{brace}",
    "tab-free", "it's", "O'Brien", "1,000", "€12", "£412m", "Ω", "ß", "İstanbul", "ǅemal"
  };
  private static final String[] PERSIAN_WORDS = {
    "می‌خواهم", "خبرگزاری", "تهران", "ایران", "گزارش", "پژوهش", "چهارشنبه", "شیعه"
  };
  private static final String[] HEBREW_WORDS = {"שלום", "ירושלים", "חדשות"};
  private static final String[] ARABIC_WORDS = {"مرحبا", "الأخبار", "بغداد"};
  private static final String[] CJK_WORDS = {"新聞", "東京", "報道", "한국어", "ニュース"};
  private static final int[] ASTRAL = {
    0x1F389, 0x1F600, 0x1F30D, 0x1D400, 0x1D54F, 0x20000, 0x2A6D6, 0x1F1EC, 0x1F1E7, 0x10348, 0x1F9D1
  };
  /** Combining marks: acute, grave, dot below, cedilla, Hebrew point, Arabic fatha, VS16. */
  private static final int[] COMBINING = {0x0301, 0x0300, 0x0323, 0x0327, 0x05B8, 0x064E, 0xFE0F};
  /** Allowed format and space characters: LRM, RLM, ALM, isolates, ZWNJ, ZWJ, NBSP, ideographic space. */
  private static final int[] MARKS = {
    0x200E, 0x200F, 0x061C, 0x2066, 0x2067, 0x2068, 0x2069, 0x200C, 0x200D, 0x00A0, 0x3000, 0x202F
  };
  private static final String[] ROLES = {
    Credit.PHOTO, Credit.VIDEO, Credit.ILLUSTRATION, Credit.GRAPHIC, Credit.ADDITIONAL_REPORTING,
    Credit.EDITING, Credit.TRANSLATION, Credit.RESEARCH, "data_visualization", "x", "fact_checking_2"
  };
  private static final String[] LANGUAGES = {
    "en", "en-GB", "fa", "fa-IR", "ar-EG", "he", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901", "es-419",
    "EN-gb", "und", "yue-HK", "x-private", "en-US-x-twain", "i-klingon", "sgn-BE-FR"
  };
  private static final String[] NAMES = {
    "Jane Doe", "Siavosh Hosseini", "سیاوش حسینی", "José Álvarez", "Zoë O'Brien", "山田 太郎",
    "Nguyễn Thị Minh Khai", "Bobby Tables", "Andrea", "Brandon Byers", "Ольга Петрова", "דוד כהן"
  };
  private static final String[] ORGANIZATIONS = {
    "Example Agency", "Reuters & Partners", "Smith and Sons", "AP; AFP", "خبرگزاری نمونه"
  };

  private final SplittableRandom random;

  /**
   * Creates a generator.
   *
   * @param seed the seed that determines everything it generates
   */
  public Generators(long seed) {
    this.random = new SplittableRandom(seed);
  }

  // Articles and tickers.

  /** Returns a well-formed article. */
  public Article article() {
    boolean big = chance(0.03);
    Article.Builder article = Article.builder()
        .id(identifier())
        .slug(slug())
        .headline(text(300, false))
        .language(pick(LANGUAGES));
    article.kicker(maybe(() -> text(100, false)));
    article.subheadline(maybe(() -> text(500, false)));
    article.summary(maybe(() -> text(1_000, false)));
    article.dateline(maybe(() -> text(200, false)));
    article.section(maybe(this::slug));
    article.canonicalUrl(maybe(this::url));
    article.status(pick(ArticleStatus.values()));
    article.leadImage(maybe(this::image));

    int blocks = big && chance(0.3) ? 2_000 : size(12);
    for (int i = 0; i < blocks; i++) {
      article.addBlock(blocks > 100 ? Divider.of() : block());
    }
    int authors = big && chance(0.5) ? 50 : size(4);
    Set<String> slugs = new HashSet<>();
    while (slugs.size() < authors) {
      Author author = author();
      if (slugs.add(author.slug())) {
        article.addAuthor(author);
      }
    }
    int credits = big && chance(0.5) ? 50 : size(4);
    for (int i = 0; i < credits; i++) {
      article.addCredit(credit());
    }
    article.tags(tags(big && chance(0.5) ? 100 : size(6)));
    timestamps(article);
    additions(article, big);
    return article.build();
  }

  /** Returns a well-formed ticker. */
  public Ticker ticker() {
    int count = chance(0.03) ? Ticker.MAX_ITEMS : size(10);
    List<TickerItem> items = new ArrayList<>(count);
    Set<String> ids = new HashSet<>();
    while (items.size() < count) {
      TickerItem item = tickerItem();
      if (ids.add(item.id())) {
        items.add(item);
      }
    }
    return Ticker.of(identifier(), text(100, false), items, maybe(this::instant));
  }

  /** Returns a well-formed ticker item. */
  public TickerItem tickerItem() {
    Instant published = instant();
    TickerItem.Builder item = TickerItem.builder(identifier(), text(300, false), published)
        .url(maybe(this::url))
        .articleId(maybe(this::identifier))
        .priority(pick(TickerPriority.values()));
    if (chance(0.5)) {
      item.expiresAt(after(published));
    }
    return item.build();
  }

  private void timestamps(Article.Builder article) {
    if (chance(0.2)) {
      // Without publishedAt the order rules do not apply: any instants in range.
      article.updatedAt(maybe(this::instant)).embargoedUntil(maybe(this::instant)).expiresAt(maybe(this::instant));
      return;
    }
    Instant published = instant();
    article.publishedAt(published);
    if (chance(0.5)) {
      article.updatedAt(chance(0.2) ? published : notBefore(published));
    }
    if (chance(0.4)) {
      article.expiresAt(after(published));
    }
    if (chance(0.3)) {
      article.embargoedUntil(chance(0.2) ? published : notAfter(published));
    }
  }

  /** The parts that real agency content carries: a global URI, subjects, rights, source, corrections. */
  private void additions(Article.Builder article, boolean big) {
    article.uri(maybe(this::globalUri));
    int subjects = big && chance(0.5) ? 100 : size(5);
    for (int i = 0; i < subjects; i++) {
      article.addSubject(Subject.of(text(200, false), maybe(this::globalUri)));
    }
    article.rights(maybe(this::rights));
    article.digitalSourceType(maybe(this::digitalSourceType));
    int corrections = big && chance(0.5) ? 50 : size(2);
    for (int i = 0; i < corrections; i++) {
      article.addCorrection(Correction.of(text(2_000, false), instant()));
    }
  }

  /** Returns a rights statement with at least one part. */
  public Rights rights() {
    String holder = maybe(() -> chance(0.5) ? pick(ORGANIZATIONS) : text(200, false));
    String notice = maybe(() -> text(1_000, false));
    String terms = maybe(() -> text(2_000, false));
    String license = maybe(this::url);
    String page = maybe(this::url);
    if (holder == null && notice == null && terms == null && license == null && page == null) {
      holder = text(200, false);
    }
    return Rights.builder()
        .copyrightHolder(holder)
        .copyrightNotice(notice)
        .usageTerms(terms)
        .license(license)
        .acquireLicensePage(page)
        .build();
  }

  /** Returns a digital source type: an IPTC NewsCode, or another absolute URI. */
  public DigitalSourceType digitalSourceType() {
    DigitalSourceType[] iptc = {
      DigitalSourceType.DIGITAL_CAPTURE, DigitalSourceType.NEGATIVE_FILM, DigitalSourceType.POSITIVE_FILM,
      DigitalSourceType.PRINT, DigitalSourceType.MINOR_HUMAN_EDITS, DigitalSourceType.COMPOSITE_CAPTURE,
      DigitalSourceType.ALGORITHMICALLY_ENHANCED, DigitalSourceType.DATA_DRIVEN_MEDIA, DigitalSourceType.DIGITAL_ART,
      DigitalSourceType.VIRTUAL_RECORDING, DigitalSourceType.COMPOSITE_SYNTHETIC,
      DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA, DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
      DigitalSourceType.ALGORITHMIC_MEDIA, DigitalSourceType.SCREEN_CAPTURE
    };
    if (chance(0.8)) {
      return pick(iptc);
    }
    return DigitalSourceType.of(chance(0.5) ? globalUri() : pick(new String[] {"tag:example.com,2024:drone",
        "x-vendor:source%2Fscan", "did:example:123456789abcdefghi"}));
  }

  /** Returns a global URI: a URN or an http(s) URL. */
  public String globalUri() {
    if (random.nextBoolean()) {
      return url();
    }
    String[] nids = {"newsml", "uuid", "isbn", "example", "ab", "x-1", "NewsML"};
    StringBuilder urn = new StringBuilder(chance(0.1) ? "URN:" : "urn:").append(pick(nids)).append(':');
    String[] parts = {"apnews.com", "20240501", "e2a5c5d6", "a/b", "caf%C3%A9", "x:y", "~tilde", "!$&'()*+,;=@",
        "6e8bc430-9c3a-11d9-9669-0800200c9a66"};
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      String part = pick(parts);
      // The namespace-specific string must not start with a slash.
      urn.append(i == 0 && part.startsWith("a/") ? "b" + part : part).append(i + 1 < count ? ":" : "");
    }
    if (chance(0.1)) {
      urn.append("?=q").append(random.nextInt(10));
    }
    if (chance(0.1)) {
      urn.append("#f").append(random.nextInt(10));
    }
    return urn.toString();
  }

  // Parts.

  /** Returns a block of any kind. */
  public Block block() {
    switch (random.nextInt(6)) {
      case 0: return paragraph();
      case 1: return Heading.of(2 + random.nextInt(5), text(300, false));
      case 2: return Quote.of(text(20_000, true), maybe(() -> text(200, false)));
      case 3: return list();
      case 4: return ImageBlock.of(image());
      default: return Divider.of();
    }
  }

  /** Returns a paragraph with links over ranges of its text, counted in code points. */
  public Paragraph paragraph() {
    if (chance(0.01)) {
      // The most links a paragraph may have, each over one code point, back to back.
      String text = exactText(1_000 + random.nextInt(1_000), true);
      List<Link> links = new ArrayList<>(1_000);
      for (int i = 0; i < 1_000; i++) {
        links.add(Link.of(i, i + 1, url()));
      }
      return Paragraph.of(text, links);
    }
    String text = text(20_000, true);
    int length = text.codePointCount(0, text.length());
    List<Link> links = new ArrayList<>();
    int wanted = chance(0.4) ? 0 : size(5);
    int position = 0;
    for (int i = 0; i < wanted && position < length; i++) {
      int start = position + random.nextInt(Math.min(length - position, 40) + 1);
      if (start >= length) {
        break;
      }
      int end = start + 1 + random.nextInt(Math.min(length - start, 60));
      links.add(Link.of(start, end, url()));
      // Adjacent links are allowed: the next may start where this one ends.
      position = end;
    }
    return Paragraph.builder(text).links(links).emphasis(spans(length)).strong(spans(length)).build();
  }

  /** Returns ordered, non-overlapping spans over a text of {@code length} code points, sometimes the most allowed. */
  private List<Span> spans(int length) {
    List<Span> spans = new ArrayList<>();
    if (chance(0.01) && length >= 1_000) {
      for (int i = 0; i < 1_000; i++) {
        spans.add(Span.of(i, i + 1));
      }
      return spans;
    }
    int wanted = chance(0.5) ? 0 : size(4);
    int position = 0;
    for (int i = 0; i < wanted && position < length; i++) {
      int start = position + random.nextInt(Math.min(length - position, 40) + 1);
      if (start >= length) {
        break;
      }
      int end = start + 1 + random.nextInt(Math.min(length - start, 60));
      spans.add(Span.of(start, end));
      position = end;
    }
    return spans;
  }

  private ListBlock list() {
    int count = chance(0.02) ? 1_000 : 1 + random.nextInt(6);
    List<String> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(count > 10 ? word() : text(20_000, true));
    }
    return ListBlock.of(random.nextBoolean(), items);
  }

  /** Returns an image; every part optional. */
  public Image image() {
    return Image.builder()
        .url(maybe(this::url))
        .altText(maybe(() -> text(1_000, false)))
        .caption(maybe(() -> text(1_000, false)))
        .width(maybe(() -> dimension()))
        .height(maybe(() -> dimension()))
        .credit(maybe(this::credit))
        .renditions(renditions())
        .rights(maybe(this::rights))
        .digitalSourceType(maybe(this::digitalSourceType))
        .build();
  }

  private List<Rendition> renditions() {
    int count = chance(0.03) ? 20 : size(3);
    List<Rendition> renditions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      renditions.add(Rendition.of(url(), maybe(this::dimension), maybe(this::dimension),
          maybe(() -> pick(new String[] {"image/jpeg", "image/webp", "image/svg+xml", "IMAGE/PNG", "image/avif"}))));
    }
    return renditions;
  }

  private int dimension() {
    return chance(0.2) ? (random.nextBoolean() ? 1 : 100_000) : 1 + random.nextInt(100_000);
  }

  /** Returns a credit naming a person, an organization or both. */
  public Credit credit() {
    int parties = random.nextInt(3);
    String name = parties != 1 ? text(200, false) : null;
    String organization = parties != 0 ? (chance(0.5) ? pick(ORGANIZATIONS) : text(200, false)) : null;
    return Credit.builder(chance(0.1) ? token() : pick(ROLES))
        .name(name)
        .organization(organization)
        .text(maybe(() -> text(500, false)))
        .copyrightNotice(maybe(() -> text(1_000, false)))
        .license(maybe(this::url))
        .build();
  }

  /** Returns an author: a person or an organization. */
  public Author author() {
    AuthorKind kind = pick(AuthorKind.values());
    String name;
    if (kind == AuthorKind.ORGANIZATION) {
      // Only a person's name must not hold " and ", " & " or ";".
      name = chance(0.5) ? pick(ORGANIZATIONS) : personName();
    } else {
      name = personName();
    }
    Author.Builder author = Author.builder(name, slug())
        .kind(kind)
        .bio(maybe(() -> text(2_000, true)))
        .jobTitle(maybe(() -> text(200, false)))
        .articleCount(maybe(() -> chance(0.2) ? (random.nextBoolean() ? 0 : 10_000_000) : random.nextInt(5_000)))
        .url(maybe(this::url))
        .avatarUrl(maybe(this::url))
        .email(maybe(this::email));
    int sameAs = chance(0.05) ? 20 : size(3);
    for (int i = 0; i < sameAs; i++) {
      author.addSameAs(url());
    }
    return author.build();
  }

  private String personName() {
    if (chance(0.7)) {
      return pick(NAMES);
    }
    // A generated name, kept free of the words that would make it a byline or several people.
    String name;
    do {
      name = text(200, false);
    } while (name.regionMatches(true, 0, "by ", 0, 3) || name.contains(" and ") || name.contains(" & ")
        || name.indexOf(';') >= 0);
    return name;
  }

  private List<String> tags(int count) {
    List<String> tags = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    int attempts = 0;
    while (tags.size() < count && attempts++ < count * 20) {
      String tag = chance(0.7) ? word() + (chance(0.5) ? "" : " " + random.nextInt(1_000)) : text(64, false);
      if (seen.add(tag.toLowerCase(Locale.ROOT))) {
        tags.add(tag);
      }
    }
    return tags;
  }

  // Formats.

  /** Returns an identifier: 1 to 128 of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit, no "..". */
  public String identifier() {
    int length = chance(0.05) ? 128 : 1 + random.nextInt(24);
    String alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    String rest = alnum + "._:-";
    StringBuilder id = new StringBuilder(length);
    id.append(alnum.charAt(random.nextInt(alnum.length())));
    while (id.length() < length) {
      char c = rest.charAt(random.nextInt(rest.length()));
      if (c == '.' && id.charAt(id.length() - 1) == '.') {
        continue;
      }
      id.append(c);
    }
    return id.toString();
  }

  /** Returns a slug: lower-case letters and digits in runs joined by single hyphens, at most 128. */
  public String slug() {
    int length = chance(0.05) ? 128 : 1 + random.nextInt(40);
    String alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder slug = new StringBuilder(length);
    while (slug.length() < length) {
      boolean hyphen = slug.length() > 0 && slug.length() < length - 1
          && slug.charAt(slug.length() - 1) != '-' && chance(0.2);
      slug.append(hyphen ? '-' : alnum.charAt(random.nextInt(alnum.length())));
    }
    return slug.toString();
  }

  private String token() {
    int length = chance(0.1) ? 64 : 1 + random.nextInt(20);
    String rest = "abcdefghijklmnopqrstuvwxyz0123456789_";
    StringBuilder token = new StringBuilder(length).append((char) ('a' + random.nextInt(26)));
    while (token.length() < length) {
      token.append(rest.charAt(random.nextInt(rest.length())));
    }
    return token.toString();
  }

  /** Returns an absolute http(s) URL: host names, IPv4 and IPv6 hosts, ports, paths, queries, fragments. */
  public String url() {
    StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : chance(0.1) ? "HTTP://" : "http://");
    switch (random.nextInt(8)) {
      case 0: url.append(random.nextInt(224) + 1).append('.').append(random.nextInt(256)).append('.')
          .append(random.nextInt(256)).append('.').append(random.nextInt(256)); break;
      case 1: url.append(pick(new String[] {"[::1]", "[2001:db8::7]", "[::ffff:192.0.2.1]", "[2001:db8:0:0:0:0:2:1]"}));
          break;
      case 2: url.append("a".repeat(63)).append(".example.com"); break;
      default: url.append(pick(new String[] {"news.example.com", "EXAMPLE.org", "cdn-1.example.co.uk", "xn--bcher-kva.example",
          "localhost", "a.b", "1-2.example"}));
    }
    if (chance(0.2)) {
      url.append(':').append(chance(0.3) ? (random.nextBoolean() ? 1 : 65535) : 1 + random.nextInt(65535));
    }
    if (chance(0.1)) {
      return url.toString();
    }
    url.append('/');
    String[] segments = {"politics", "2024", "budget", "caf%C3%A9", "café", "a;b=c", "~user", "%20", "img.jpg",
        "🎉", "نمونه", "x(1)", "a+b", "@home", "!$&'*,"};
    int parts = size(4);
    for (int i = 0; i < parts; i++) {
      url.append(pick(segments)).append(i + 1 < parts ? "/" : "");
    }
    if (chance(0.3)) {
      url.append("?q=").append(pick(segments)).append("&page=").append(random.nextInt(100));
    }
    if (chance(0.2)) {
      url.append('#').append(pick(segments));
    }
    if (chance(0.03)) {
      // A URL of exactly 2,048 code points, some of them astral.
      url.append(chance(0.5) ? "/" : "#");
      while (url.codePointCount(0, url.length()) < 2_048) {
        if (url.codePointCount(0, url.length()) < 2_047 && chance(0.1)) {
          url.appendCodePoint(0x1F389);
        } else {
          url.append('x');
        }
      }
    }
    return url.toString();
  }

  /** Returns an e-mail address. */
  public String email() {
    String local = pick(new String[] {"jane.doe", "j", "o'brien", "first+tag", "a!#$%&'*+-/=?^_`{|}~z",
        "x".repeat(64)});
    return local + "@" + pick(new String[] {"news.example.com", "example.org", "a.bc"});
  }

  /** Returns an instant in the allowed window, sometimes at its edges, sometimes with nanoseconds. */
  public Instant instant() {
    if (chance(0.05)) {
      return random.nextBoolean() ? MIN_TIME : MAX_TIME.minusNanos(1);
    }
    long seconds = random.nextLong(MIN_TIME.getEpochSecond(), MAX_TIME.getEpochSecond());
    int nanos;
    switch (random.nextInt(4)) {
      case 0: nanos = random.nextInt(1_000) * 1_000_000; break;
      case 1: nanos = random.nextInt(1_000_000_000); break;
      default: nanos = 0;
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private Instant after(Instant instant) {
    Instant later = instant.plusNanos(chance(0.2) ? 1 : 1 + random.nextLong(1_000_000_000L * 86_400 * 400));
    return later.isBefore(MAX_TIME) ? later : null;
  }

  private Instant notBefore(Instant instant) {
    Instant later = after(instant);
    return later == null ? instant : later;
  }

  private Instant notAfter(Instant instant) {
    Instant earlier = instant.minusNanos(1 + random.nextLong(1_000_000_000L * 86_400 * 400));
    return earlier.isBefore(MIN_TIME) ? instant : earlier;
  }

  // Text.

  /**
   * Returns well-formed plain text of 1 to {@code maxCodePoints} code points; multi-line text may
   * hold LF, CR and TAB.
   */
  public String text(int maxCodePoints, boolean multiline) {
    // Mostly short, sometimes any length, sometimes exactly at the limit (rarely for the long ones).
    int target;
    double length = random.nextDouble();
    if (length < (maxCodePoints > 2_000 ? 0.01 : 0.06)) {
      target = maxCodePoints;
    } else if (length < 0.2) {
      target = 1 + random.nextInt(maxCodePoints);
    } else {
      target = 1 + random.nextInt(Math.min(maxCodePoints, 40));
    }
    return exactText(target, multiline);
  }

  /** Returns well-formed plain text of exactly {@code codePoints} code points. */
  public String exactText(int codePoints, boolean multiline) {
    Text text = new Text(codePoints);
    int script = random.nextInt(6);
    while (!text.full()) {
      int roll = random.nextInt(100);
      if (roll < 55) {
        text.word(word(script));
      } else if (roll < 65) {
        text.codePoint(' ');
      } else if (roll < 72) {
        text.codePoint(ASTRAL[random.nextInt(ASTRAL.length)]);
      } else if (roll < 78) {
        // A run of combining marks, at most the 30 the rules allow, on a base letter.
        text.codePoint('e');
        int run = chance(0.3) ? 30 : 1 + random.nextInt(5);
        for (int i = 0; i < run; i++) {
          text.codePoint(COMBINING[random.nextInt(COMBINING.length)]);
        }
      } else if (roll < 86) {
        text.codePoint(MARKS[random.nextInt(MARKS.length)]);
      } else if (roll < 90 && multiline) {
        text.codePoint(pick(new Integer[] {(int) '\n', (int) '\r', (int) '\t'}));
      } else if (roll < 93) {
        // The emoji ZWJ sequence for a family, and a flag: several code points, one glyph.
        text.word("👨‍👩‍👧");
      } else {
        text.word(pick(new String[] {"\"", "\\", "/", "<", ">", "&", "'", "\u00A0", "%", "\u0600", "\u2066"}));
      }
    }
    return text.toString();
  }

  private String word() {
    return word(random.nextInt(6));
  }

  private String word(int script) {
    int which = chance(0.3) ? random.nextInt(6) : script;
    switch (which) {
      case 1: return pick(PERSIAN_WORDS);
      case 2: return pick(HEBREW_WORDS);
      case 3: return pick(ARABIC_WORDS);
      case 4: return pick(CJK_WORDS);
      default: return pick(LATIN_WORDS);
    }
  }

  /** Builds text of an exact number of code points that is never blank and never breaks the combining limit. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();
    private final int target;
    private int count;
    private int combiningRun;
    private boolean blank = true;

    Text(int target) {
      this.target = target;
    }

    boolean full() {
      return count >= target;
    }

    void word(String word) {
      word.codePoints().forEach(this::codePoint);
    }

    void codePoint(int cp) {
      if (count >= target) {
        return;
      }
      boolean combining = cp >= 0x300 && isMark(Character.getType(cp));
      if (combining && combiningRun == 30) {
        return;
      }
      boolean blankCodePoint = Character.isWhitespace(cp) || Character.isSpaceChar(cp)
          || Character.getType(cp) == Character.FORMAT;
      if (blank && blankCodePoint && count == target - 1) {
        cp = 'x'; // the last chance to make the text non-blank
        combining = false;
        blankCodePoint = false;
      }
      // A line break or format character may not follow a lone high surrogate; code points never split.
      text.appendCodePoint(cp);
      count++;
      combiningRun = combining ? combiningRun + 1 : 0;
      blank &= blankCodePoint;
    }

    private static boolean isMark(int type) {
      return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  // Randomness.

  private int size(int max) {
    return chance(0.2) ? 0 : random.nextInt(max + 1);
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextBoolean() ? value.get() : null;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
