package dev.masthead.json.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
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
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated content with exactly one field broken is rejected, by the validator and by the reader,
 * with the pointer of that field and the code of the broken rule. The content is changed through
 * the canonical constructors, which check nothing. A failure names its seed: replay it with
 * {@code -Dmasthead.seed=N}.
 */
class GeneratedMutationTest {
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final String ASTRAL = "\uD83C\uDF89";

  /** One broken field: where it is, which rule it breaks, and the broken value. */
  record Mutation<T>(String pointer, String code, T value) {}

  @TestFactory
  Stream<DynamicTest> one_broken_field_is_reported_at_its_pointer() {
    return Seeds.seeds("mutations").mapToObj(seed -> {
      SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
      Generators generators = new Generators(seed);
      Mutation<?> mutation = random.nextInt(4) == 0
          ? pick(random, tickerMutations(generators.ticker(), random))
          : pick(random, articleMutations(generators.article(), random));
      return dynamicTest("seed=" + seed + " " + mutation.pointer() + " " + mutation.code(), () -> check(seed, mutation));
    });
  }

  private static void check(long seed, Mutation<?> mutation) {
    String replay = "replay with -Dmasthead.seed=" + seed;
    List<Violation> violations = MastheadValidator.standard().validate(mutation.value());
    assertThat(violations).as(replay).extracting(Violation::pointer).containsOnly(mutation.pointer());
    assertThat(violations).as(replay).extracting(Violation::code).containsOnly(mutation.code());

    String json = JSON.write(mutation.value());
    boolean ticker = mutation.value() instanceof Ticker;
    Outcome fromText = outcome(() -> ticker ? JSON.readTicker(json) : JSON.readArticle(json));
    assertRejected(fromText, mutation, violations, replay + " (read from a string)");

    // Bytes take the other path, on which the reader tells validation what it found of the texts.
    byte[] bytes = utf8(json, mutation.value());
    Outcome fromBytes = outcome(() -> ticker ? JSON.readTicker(bytes) : JSON.readArticle(bytes));
    assertRejected(fromBytes, mutation, violations, replay + " (read from UTF-8 bytes)");
    assertThat(fromBytes).as(replay + ": bytes and string read alike").isEqualTo(fromText);
  }

  /**
   * Returns the document as UTF-8 bytes. A lone surrogate, which the string holds as it is and
   * UTF-8 cannot encode, would become "?" and mend the broken field: such a document is taken as
   * the writer writes it to bytes, where it is escaped.
   */
  private static byte[] utf8(String json, Object value) {
    try {
      ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(json));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      return JSON.writeBytes(value);
    }
  }

  /**
   * How reading a document ended: accepted (all null), rejected with violations, or refused as
   * malformed with a code and a pointer.
   */
  record Outcome(@Nullable List<Violation> violations, @Nullable String malformedCode, @Nullable String malformedPointer) {}

  private static Outcome outcome(Supplier<?> read) {
    try {
      read.get();
      return new Outcome(null, null, null);
    } catch (InvalidContentException e) {
      return new Outcome(e.violations(), null, null);
    } catch (MalformedJsonException e) {
      return new Outcome(null, e.code(), e.pointer());
    }
  }

  private static void assertRejected(Outcome outcome, Mutation<?> mutation, List<Violation> violations, String replay) {
    if (outcome.violations() != null) {
      assertThat(outcome.violations()).as(replay).isEqualTo(violations);
    } else if (outcome.malformedPointer() != null) {
      // Limits the reader checks while reading (the number of tags) stop it before validation.
      assertThat(outcome.malformedPointer()).as(replay).startsWith(mutation.pointer());
    } else {
      fail("the reader accepted a document with a broken " + mutation.pointer() + "; " + replay);
    }
  }

  // Articles.

  static List<Mutation<Article>> articleMutations(Article article, SplittableRandom random) {
    List<Mutation<Article>> all = new ArrayList<>();
    Parts p = new Parts(article);
    all.add(p.with("/headline", Codes.BLANK, x -> x.headline = "\u00A0\u3000 \u200E"));
    all.add(p.with("/headline", Codes.TOO_LONG, x -> x.headline = ASTRAL.repeat(301)));
    all.add(p.with("/headline", Codes.LINE_BREAK, x -> x.headline = x.headline + "\n"));
    all.add(p.with("/headline", Codes.COMBINING_MARKS, x -> x.headline = "e" + "\u0301".repeat(31)));
    all.add(p.with("/headline", Codes.CONTROL_CHARACTER, x -> x.headline = "a\u0007b"));
    all.add(p.with("/kicker", Codes.BIDI_OVERRIDE, x -> x.kicker = "\u202Eevil"));
    all.add(p.with("/summary", Codes.INVISIBLE_CHARACTER, x -> x.summary = "zero\u200Bwidth"));
    all.add(p.with("/subheadline", Codes.NONCHARACTER, x -> x.subheadline = "a\uFDD0"));
    all.add(p.with("/dateline", Codes.PRIVATE_USE, x -> x.dateline = "Tehran \uE000"));
    all.add(p.with("/dateline", Codes.LINE_BREAK, x -> x.dateline = "Tehran\u2028"));
    all.add(p.with("/id", Codes.INVALID_ID, x -> x.id = "a..b"));
    all.add(p.with("/id", Codes.INVALID_ID, x -> x.id = "../etc/passwd"));
    all.add(p.with("/id", Codes.TOO_LONG, x -> x.id = "a".repeat(129)));
    all.add(p.with("/slug", Codes.INVALID_SLUG, x -> x.slug = "Bad_Slug"));
    all.add(p.with("/section", Codes.INVALID_SLUG, x -> x.section = "-politics"));
    all.add(p.with("/language", Codes.INVALID_LANGUAGE_TAG, x -> x.language = "en_GB"));
    all.add(p.with("/canonicalUrl", Codes.URL_SCHEME, x -> x.canonicalUrl = "javascript:alert(1)"));
    all.add(p.with("/canonicalUrl", Codes.URL_USERINFO, x -> x.canonicalUrl = "https://user:pw@example.com/"));
    all.add(p.with("/canonicalUrl", Codes.URL_HOST, x -> x.canonicalUrl = "https://exa_mple.com/"));
    all.add(p.with("/canonicalUrl", Codes.URL_HOST, x -> x.canonicalUrl = "https://ex\u0430mple.com/"));
    all.add(p.with("/canonicalUrl", Codes.URL_HOST, x -> x.canonicalUrl = "https://256.1.1.1/"));
    all.add(p.with("/canonicalUrl", Codes.URL_PORT, x -> x.canonicalUrl = "https://example.com:65536/"));
    all.add(p.with("/canonicalUrl", Codes.URL_SYNTAX, x -> x.canonicalUrl = "https://example.com/a b"));
    all.add(p.with("/canonicalUrl", Codes.URL_SYNTAX, x -> x.canonicalUrl = "https://example.com/a\\b"));
    all.add(p.with("/canonicalUrl", Codes.URL_SYNTAX, x -> x.canonicalUrl = "https://example.com/%zz"));
    all.add(p.with("/canonicalUrl", Codes.TOO_LONG,
        x -> x.canonicalUrl = "https://example.com/" + "x".repeat(2_049 - 20)));
    all.add(p.with("/language", Codes.BLANK, x -> x.language = ""));
    all.add(p.with("/publishedAt", Codes.TIMESTAMP_RANGE, x -> {
      x.publishedAt = Generators.MAX_TIME;
      x.updatedAt = null;
      x.expiresAt = null;
      x.embargoedUntil = null;
    }));
    all.add(p.with("/updatedAt", Codes.TIMESTAMP_RANGE, x -> {
      x.publishedAt = null;
      x.updatedAt = Generators.MIN_TIME.minusNanos(1);
    }));
    if (article.publishedAt() != null && article.publishedAt().isAfter(Generators.MIN_TIME)) {
      all.add(p.with("/updatedAt", Codes.TIMESTAMP_ORDER, x -> x.updatedAt = x.publishedAt.minusNanos(1)));
      all.add(p.with("/expiresAt", Codes.TIMESTAMP_ORDER, x -> x.expiresAt = x.publishedAt));
    }
    if (article.publishedAt() != null && article.publishedAt().isBefore(Generators.MAX_TIME.minusNanos(1))) {
      all.add(p.with("/publishedAt", Codes.TIMESTAMP_ORDER, x -> x.embargoedUntil = x.publishedAt.plusNanos(1)));
    }
    if (!article.tags().isEmpty() && article.tags().size() < 100) {
      String tag = article.tags().get(random.nextInt(article.tags().size()));
      int index = article.tags().size();
      all.add(p.with("/tags/" + index, Codes.DUPLICATE, x -> x.tags.add(swapAsciiCase(tag))));
    }
    all.add(p.with("/tags", Codes.TOO_MANY, x -> {
      x.tags.clear();
      for (int i = 0; i <= 100; i++) {
        x.tags.add("tag " + i);
      }
    }));
    if (!article.tags().isEmpty()) {
      int index = random.nextInt(article.tags().size());
      all.add(p.with("/tags/" + index, Codes.TOO_LONG, x -> x.tags.set(index, "t".repeat(65))));
    }
    additionMutations(article, p, random, all);
    authorMutations(article, p, random, all);
    creditMutations(article, p, random, all);
    bodyMutations(article, p, random, all);
    if (article.leadImage() != null) {
      Image image = article.leadImage();
      all.add(p.with("/leadImage/altText", Codes.BLANK, x -> x.leadImage = new Image(
          image.url(), " ", image.caption(), image.width(), image.height(), image.credit(), image.renditions(),
          image.rights(), image.digitalSourceType())));
      all.add(p.with("/leadImage/url", Codes.URL_SCHEME, x -> x.leadImage = new Image(
          "ftp://example.com/a.jpg", image.altText(), image.caption(), image.width(), image.height(), image.credit(),
          image.renditions(), image.rights(), image.digitalSourceType())));
      if (image.renditions().size() < 20) {
        int last = image.renditions().size();
        List<Rendition> renditions = new ArrayList<>(image.renditions());
        renditions.add(new Rendition("https://cdn.example.com/a.jpg", 0, null, null));
        all.add(p.with("/leadImage/renditions/" + last + "/width", Codes.TOO_SMALL, x -> x.leadImage = new Image(
            image.url(), image.altText(), image.caption(), image.width(), image.height(), image.credit(), renditions,
            image.rights(), image.digitalSourceType())));
      }
    }
    return all;
  }

  /** The parts added for agency content: uri, subjects, rights, digital source type, corrections. */
  private static void additionMutations(Article article, Parts p, SplittableRandom random, List<Mutation<Article>> all) {
    all.add(p.with("/uri", Codes.URI_SCHEME, x -> x.uri = "javascript:alert(1)"));
    all.add(p.with("/uri", Codes.URN_SYNTAX, x -> x.uri = "urn:newsml:a b"));
    all.add(p.with("/uri", Codes.URL_HOST, x -> x.uri = "https://exa_mple.com/"));
    all.add(p.with("/digitalSourceType", Codes.URI_SYNTAX, x -> x.digitalSourceType = new DigitalSourceType("digitalCapture")));
    all.add(p.with("/rights", Codes.RIGHTS_PART, x -> x.rights = new Rights(null, null, null, null, null)));
    all.add(p.with("/rights/acquireLicensePage", Codes.URL_SCHEME,
        x -> x.rights = new Rights("Agency", null, null, null, "data:text/html,x")));
    all.add(p.with("/rights/usageTerms", Codes.TOO_LONG,
        x -> x.rights = new Rights(null, null, ASTRAL.repeat(2_001), null, null)));
    if (article.subjects().size() < 100) {
      int index = article.subjects().size();
      all.add(p.with("/subjects/" + index + "/name", Codes.LINE_BREAK, x -> x.subjects.add(new Subject("a\nb", null))));
      all.add(p.with("/subjects/" + index + "/uri", Codes.URI_SCHEME, x -> x.subjects.add(new Subject("a", "mailto:x@example.com"))));
    }
    if (!article.corrections().isEmpty()) {
      int index = random.nextInt(article.corrections().size());
      Correction c = article.corrections().get(index);
      all.add(p.with("/corrections/" + index + "/publishedAt", Codes.TIMESTAMP_RANGE,
          x -> x.corrections.set(index, new Correction(c.text(), Generators.MAX_TIME))));
      all.add(p.with("/corrections/" + index + "/text", Codes.BLANK,
          x -> x.corrections.set(index, new Correction("\u3000", c.publishedAt()))));
    }
    all.add(p.with("/corrections", Codes.TOO_MANY, x -> {
      x.corrections.clear();
      for (int i = 0; i <= 50; i++) {
        x.corrections.add(new Correction("Correction " + i, Generators.MIN_TIME));
      }
    }));
  }

  private static void authorMutations(Article article, Parts p, SplittableRandom random, List<Mutation<Article>> all) {
    if (article.authors().isEmpty()) {
      return;
    }
    int i = random.nextInt(article.authors().size());
    Author a = article.authors().get(i);
    String at = "/authors/" + i;
    all.add(p.with(at + "/name", Codes.BYLINE_IN_NAME, x -> x.authors.set(i, author(a, "By Jane Doe", a.kind(), a.email(),
        a.articleCount(), a.sameAs()))));
    all.add(p.with(at + "/name", Codes.MULTIPLE_AUTHORS, x -> x.authors.set(i, author(a, "Jane Doe and John Roe",
        AuthorKind.PERSON, a.email(), a.articleCount(), a.sameAs()))));
    all.add(p.with(at + "/email", Codes.INVALID_EMAIL, x -> x.authors.set(i, author(a, a.name(), a.kind(),
        "jane..doe@example.com", a.articleCount(), a.sameAs()))));
    all.add(p.with(at + "/articleCount", Codes.TOO_SMALL, x -> x.authors.set(i, author(a, a.name(), a.kind(), a.email(),
        -1, a.sameAs()))));
    all.add(p.with(at + "/articleCount", Codes.TOO_LARGE, x -> x.authors.set(i, author(a, a.name(), a.kind(), a.email(),
        10_000_001, a.sameAs()))));
    if (a.sameAs().size() < 20) {
      List<String> sameAs = new ArrayList<>(a.sameAs());
      sameAs.add("https://example.com/a\u0000");
      all.add(p.with(at + "/sameAs/" + a.sameAs().size(), Codes.URL_SYNTAX, x -> x.authors.set(i, author(a, a.name(),
          a.kind(), a.email(), a.articleCount(), sameAs))));
    }
    if (article.authors().size() < 50) {
      int last = article.authors().size();
      all.add(p.with("/authors/" + last + "/slug", Codes.DUPLICATE, x -> x.authors.add(a)));
    }
  }

  private static Author author(Author a, String name, AuthorKind kind, String email, Integer articleCount,
      List<String> sameAs) {
    return new Author(name, a.slug(), kind, a.bio(), a.jobTitle(), articleCount, a.url(), a.avatarUrl(), sameAs, email);
  }

  private static void creditMutations(Article article, Parts p, SplittableRandom random, List<Mutation<Article>> all) {
    if (article.credits().isEmpty()) {
      return;
    }
    int i = random.nextInt(article.credits().size());
    Credit c = article.credits().get(i);
    String at = "/credits/" + i;
    all.add(p.with(at + "/role", Codes.INVALID_TOKEN, x -> x.credits.set(i,
        new Credit("Photo", c.name(), c.organization(), c.text(), c.copyrightNotice(), c.license()))));
    all.add(p.with(at + "/name", Codes.CREDIT_PARTY, x -> x.credits.set(i,
        new Credit(c.role(), null, null, c.text(), c.copyrightNotice(), c.license()))));
    all.add(p.with(at + "/license", Codes.URL_SCHEME, x -> x.credits.set(i,
        new Credit(c.role(), c.name(), c.organization(), c.text(), c.copyrightNotice(), "data:text/plain,x"))));
    all.add(p.with(at + "/copyrightNotice", Codes.TOO_LONG, x -> x.credits.set(i,
        new Credit(c.role(), c.name(), c.organization(), c.text(), "©".repeat(1_001), c.license()))));
  }

  private static void bodyMutations(Article article, Parts p, SplittableRandom random, List<Mutation<Article>> all) {
    if (article.body().isEmpty()) {
      return;
    }
    int i = random.nextInt(article.body().size());
    Block block = article.body().get(i);
    String at = "/body/" + i;
    if (block instanceof Paragraph) {
      Paragraph paragraph = (Paragraph) block;
      all.add(p.with(at + "/text", Codes.LINE_BREAK, x -> x.body.set(i, new Paragraph(paragraph.text() + "\u0085",
          paragraph.links()))));
      all.add(p.with(at + "/text", Codes.TOO_LONG, x -> x.body.set(i, new Paragraph(ASTRAL.repeat(20_001), List.of()))));
      int length = paragraph.text().codePointCount(0, paragraph.text().length());
      List<Link> beyond = new ArrayList<>(paragraph.links());
      int start = beyond.isEmpty() ? 0 : beyond.get(beyond.size() - 1).end();
      beyond.add(Link.of(start, length + 1, "https://example.com/"));
      all.add(p.with(at + "/links/" + (beyond.size() - 1) + "/end", Codes.LINK_RANGE,
          x -> x.body.set(i, new Paragraph(paragraph.text(), beyond))));
      int textLength = length;
      List<Span> beyondSpans = new ArrayList<>(paragraph.emphasis());
      int spanStart = beyondSpans.isEmpty() ? 0 : beyondSpans.get(beyondSpans.size() - 1).end();
      beyondSpans.add(Span.of(spanStart, textLength + 1));
      all.add(p.with(at + "/emphasis/" + (beyondSpans.size() - 1) + "/end", Codes.SPAN_RANGE, x -> x.body.set(i,
          new Paragraph(paragraph.text(), paragraph.links(), beyondSpans, paragraph.strong()))));
      if (!paragraph.strong().isEmpty()) {
        List<Span> overlappingSpans = new ArrayList<>(paragraph.strong());
        Span last = overlappingSpans.get(overlappingSpans.size() - 1);
        overlappingSpans.add(Span.of(last.end() - 1, last.end()));
        all.add(p.with(at + "/strong/" + (overlappingSpans.size() - 1) + "/start", Codes.SPAN_RANGE, x -> x.body.set(i,
            new Paragraph(paragraph.text(), paragraph.links(), paragraph.emphasis(), overlappingSpans))));
      }
      if (!paragraph.links().isEmpty()) {
        List<Link> overlapping = new ArrayList<>(paragraph.links());
        Link last = overlapping.get(overlapping.size() - 1);
        overlapping.add(Link.of(last.end() - 1, last.end(), "https://example.com/"));
        all.add(p.with(at + "/links/" + (overlapping.size() - 1) + "/start", Codes.LINK_RANGE,
            x -> x.body.set(i, new Paragraph(paragraph.text(), overlapping))));
        List<Link> badHref = new ArrayList<>(paragraph.links());
        int k = random.nextInt(badHref.size());
        Link link = badHref.get(k);
        badHref.set(k, new Link(link.start(), link.end(), "https:///nohost"));
        all.add(p.with(at + "/links/" + k + "/href", Codes.URL_HOST,
            x -> x.body.set(i, new Paragraph(paragraph.text(), badHref))));
      }
    } else if (block instanceof Heading) {
      Heading heading = (Heading) block;
      all.add(p.with(at + "/level", Codes.TOO_LARGE, x -> x.body.set(i, new Heading(7, heading.text()))));
      all.add(p.with(at + "/level", Codes.TOO_SMALL, x -> x.body.set(i, new Heading(1, heading.text()))));
      all.add(p.with(at + "/text", Codes.LINE_BREAK, x -> x.body.set(i, new Heading(heading.level(), "a\nb"))));
    } else if (block instanceof Quote) {
      Quote quote = (Quote) block;
      all.add(p.with(at + "/attribution", Codes.LINE_BREAK, x -> x.body.set(i, new Quote(quote.text(), "a\rb"))));
      all.add(p.with(at + "/text", Codes.BLANK, x -> x.body.set(i, new Quote("\n\t \u2066", quote.attribution()))));
    } else if (block instanceof ListBlock) {
      ListBlock list = (ListBlock) block;
      all.add(p.with(at + "/items", Codes.EMPTY, x -> x.body.set(i, new ListBlock(list.ordered(), List.of()))));
      List<String> items = new ArrayList<>(list.items());
      int k = random.nextInt(items.size());
      items.set(k, "a\uFFFEb");
      all.add(p.with(at + "/items/" + k, Codes.NONCHARACTER, x -> x.body.set(i, new ListBlock(list.ordered(), items))));
    } else if (block instanceof ImageBlock) {
      Image image = ((ImageBlock) block).image();
      all.add(p.with(at + "/image/width", Codes.TOO_SMALL, x -> x.body.set(i, new ImageBlock(new Image(
          image.url(), image.altText(), image.caption(), 0, image.height(), image.credit())))));
      all.add(p.with(at + "/image/height", Codes.TOO_LARGE, x -> x.body.set(i, new ImageBlock(new Image(
          image.url(), image.altText(), image.caption(), image.width(), 100_001, image.credit())))));
      if (image.renditions().size() < 20) {
        all.add(p.with(at + "/image/renditions/0/mediaType", Codes.INVALID_MEDIA_TYPE, x -> x.body.set(i, new ImageBlock(
            new Image(image.url(), image.altText(), image.caption(), image.width(), image.height(), image.credit(),
                prepend(new Rendition("https://cdn.example.com/a.jpg", 1, 1, "jpeg"), image.renditions()),
                image.rights(), image.digitalSourceType())))));
      }
      all.add(p.with(at + "/image/digitalSourceType", Codes.URI_SYNTAX, x -> x.body.set(i, new ImageBlock(
          new Image(image.url(), image.altText(), image.caption(), image.width(), image.height(), image.credit(),
              image.renditions(), image.rights(), new DigitalSourceType("a b:c"))))));
      all.add(p.with(at + "/image/credit/name", Codes.CREDIT_PARTY, x -> x.body.set(i, new ImageBlock(new Image(
          image.url(), image.altText(), image.caption(), image.width(), image.height(),
          new Credit(Credit.PHOTO, null, null, "Photo", null, null))))));
    }
  }

  // Tickers.

  static List<Mutation<Ticker>> tickerMutations(Ticker ticker, SplittableRandom random) {
    List<Mutation<Ticker>> all = new ArrayList<>();
    all.add(new Mutation<>("/label", Codes.BLANK, new Ticker(ticker.id(), "\u200F", ticker.items(), ticker.updatedAt())));
    all.add(new Mutation<>("/id", Codes.INVALID_ID, new Ticker("-home", ticker.label(), ticker.items(), ticker.updatedAt())));
    all.add(new Mutation<>("/updatedAt", Codes.TIMESTAMP_RANGE,
        new Ticker(ticker.id(), ticker.label(), ticker.items(), Instant.parse("1899-12-31T23:59:59Z"))));
    if (ticker.items().isEmpty()) {
      return all;
    }
    TickerItem item = ticker.items().get(random.nextInt(ticker.items().size()));
    all.add(item(ticker, item, "expiresAt", Codes.TIMESTAMP_ORDER, new TickerItem(item.id(), item.headline(), item.url(),
        item.articleId(), item.priority(), item.publishedAt(), item.publishedAt())));
    all.add(item(ticker, item, "articleId", Codes.INVALID_ID, new TickerItem(item.id(), item.headline(), item.url(),
        "a/b", item.priority(), item.publishedAt(), item.expiresAt())));
    all.add(item(ticker, item, "url", Codes.URL_PORT, new TickerItem(item.id(), item.headline(), "http://example.com:0/",
        item.articleId(), item.priority(), item.publishedAt(), item.expiresAt())));
    all.add(item(ticker, item, "headline", Codes.UNPAIRED_SURROGATE, new TickerItem(item.id(), "a\uD800b", item.url(),
        item.articleId(), item.priority(), item.publishedAt(), item.expiresAt())));
    if (ticker.items().size() < Ticker.MAX_ITEMS) {
      // A second item with the same id: the later one in display order is the duplicate.
      TickerItem twin = new TickerItem(item.id(), item.headline(), item.url(), item.articleId(), item.priority(),
          item.publishedAt(), item.expiresAt());
      List<TickerItem> items = new ArrayList<>(ticker.items());
      items.add(twin);
      Ticker mutated = new Ticker(ticker.id(), ticker.label(), items, ticker.updatedAt());
      int second = -1;
      for (int k = 0, seen = 0; k < mutated.items().size(); k++) {
        if (mutated.items().get(k).id().equals(item.id()) && ++seen == 2) {
          second = k;
        }
      }
      all.add(new Mutation<>("/items/" + second + "/id", Codes.DUPLICATE, mutated));
    }
    return all;
  }

  private static Mutation<Ticker> item(Ticker ticker, TickerItem item, String property, String code, TickerItem broken) {
    List<TickerItem> items = new ArrayList<>(ticker.items());
    items.set(items.indexOf(item), broken);
    Ticker mutated = new Ticker(ticker.id(), ticker.label(), items, ticker.updatedAt());
    return new Mutation<>("/items/" + mutated.items().indexOf(broken) + "/" + property, code, mutated);
  }

  /** Swaps the case of ASCII letters only: toUpperCase would turn "ß" into "SS", which is another tag. */
  private static String swapAsciiCase(String text) {
    StringBuilder swapped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      swapped.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return swapped.toString();
  }

  private static <T> List<T> prepend(T first, List<T> rest) {
    List<T> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The components of an article, to change some before calling the canonical constructor. */
  static final class Parts {
    String id;
    String slug;
    String kicker;
    String headline;
    String subheadline;
    String summary;
    List<Block> body;
    List<Author> authors;
    List<Credit> credits;
    Image leadImage;
    String section;
    List<String> tags;
    String language;
    String dateline;
    Instant publishedAt;
    Instant updatedAt;
    Instant embargoedUntil;
    Instant expiresAt;
    String canonicalUrl;
    String uri;
    List<Subject> subjects;
    Rights rights;
    DigitalSourceType digitalSourceType;
    List<Correction> corrections;
    private final Article article;

    Parts(Article article) {
      this.article = article;
      reset();
    }

    private void reset() {
      id = article.id();
      slug = article.slug();
      kicker = article.kicker();
      headline = article.headline();
      subheadline = article.subheadline();
      summary = article.summary();
      body = new ArrayList<>(article.body());
      authors = new ArrayList<>(article.authors());
      credits = new ArrayList<>(article.credits());
      leadImage = article.leadImage();
      section = article.section();
      tags = new ArrayList<>(article.tags());
      language = article.language();
      dateline = article.dateline();
      publishedAt = article.publishedAt();
      updatedAt = article.updatedAt();
      embargoedUntil = article.embargoedUntil();
      expiresAt = article.expiresAt();
      canonicalUrl = article.canonicalUrl();
      uri = article.uri();
      subjects = new ArrayList<>(article.subjects());
      rights = article.rights();
      digitalSourceType = article.digitalSourceType();
      corrections = new ArrayList<>(article.corrections());
    }

    /** Returns the article with {@code change} applied, unchecked. */
    Mutation<Article> with(String pointer, String code, Consumer<Parts> change) {
      reset();
      change.accept(this);
      Article changed = new Article(id, slug, kicker, headline, subheadline, summary, body, authors, credits,
          leadImage, section, tags, language, dateline, article.status(), publishedAt, updatedAt, embargoedUntil,
          expiresAt, canonicalUrl, uri, subjects, rights, digitalSourceType, corrections);
      return new Mutation<>(pointer, code, changed);
    }
  }
}
