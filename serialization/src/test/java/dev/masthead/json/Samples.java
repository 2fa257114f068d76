package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Shared test content: one valid base article and ticker, as JSON documents in the canonical compact
 * form and as the values the core builders make of them, and helpers that change exactly one thing
 * in a document.
 */
final class Samples {
  /** When the base article was published. */
  static final Instant PUBLISHED_AT = Instant.parse("2024-05-01T10:00:00Z");

  /** The base article: well-formed and publishable, in the canonical compact form. */
  static final String ARTICLE =
      "{\"id\":\"art-2024-000123\",\"slug\":\"city-council-approves-budget\","
          + "\"headline\":\"City council approves 2025 budget\","
          + "\"body\":[{\"type\":\"paragraph\",\"text\":\"The council voted on Tuesday.\","
          + "\"links\":[{\"start\":4,\"end\":11,\"href\":\"https://news.example.com/council\"}]},"
          + "{\"type\":\"heading\",\"level\":2,\"text\":\"What the budget pays for\"},"
          + "{\"type\":\"list\",\"ordered\":true,\"items\":[\"Roads\",\"Libraries\"]}],"
          + "\"authors\":[{\"name\":\"Jane Doe\",\"slug\":\"jane-doe\",\"kind\":\"person\",\"articleCount\":412,"
          + "\"url\":\"https://news.example.com/authors/jane-doe\"}],"
          + "\"leadImage\":{\"url\":\"https://cdn.example.com/img/council.jpg\","
          + "\"altText\":\"Councillors vote in the chamber\",\"width\":1200,\"height\":800,"
          + "\"credit\":{\"role\":\"photo\",\"name\":\"A. Smith\",\"organization\":\"Example Agency\"}},"
          + "\"section\":\"politics\",\"tags\":[\"budget\",\"council\"],\"language\":\"en-GB\","
          + "\"status\":\"published\",\"publishedAt\":\"2024-05-01T10:00:00Z\","
          + "\"updatedAt\":\"2024-05-01T12:00:00Z\","
          + "\"canonicalUrl\":\"https://news.example.com/politics/budget\"}";

  /** The base ticker: one breaking item, in the canonical compact form. */
  static final String TICKER =
      "{\"id\":\"home\",\"label\":\"News Ticker\",\"items\":[{\"id\":\"t1\","
          + "\"headline\":\"Council approves budget\",\"url\":\"https://news.example.com/politics/budget\","
          + "\"articleId\":\"art-2024-000123\",\"priority\":\"breaking\","
          + "\"publishedAt\":\"2024-05-01T10:00:00Z\",\"expiresAt\":\"2024-05-01T18:00:00Z\"}],"
          + "\"updatedAt\":\"2024-05-01T10:05:00Z\"}";

  private Samples() {}

  /** Returns the value of {@link #ARTICLE}, made with the core builders. */
  static Article article() {
    return Article.builder()
        .id("art-2024-000123")
        .slug("city-council-approves-budget")
        .headline("City council approves 2025 budget")
        .addBlock(Paragraph.of("The council voted on Tuesday.", Link.of(4, 11, "https://news.example.com/council")))
        .addBlock(Heading.of(2, "What the budget pays for"))
        .addBlock(ListBlock.of(true, "Roads", "Libraries"))
        .addAuthor(janeDoe())
        .leadImage(
            Image.builder()
                .url("https://cdn.example.com/img/council.jpg")
                .altText("Councillors vote in the chamber")
                .width(1200)
                .height(800)
                .credit(Credit.of(Credit.PHOTO, "A. Smith", "Example Agency"))
                .build())
        .section("politics")
        .tags("budget", "council")
        .language("en-GB")
        .publishedAt(PUBLISHED_AT)
        .updatedAt(Instant.parse("2024-05-01T12:00:00Z"))
        .canonicalUrl("https://news.example.com/politics/budget")
        .build();
  }

  /** Returns the base article's only author. */
  static Author janeDoe() {
    return Author.builder("Jane Doe", "jane-doe")
        .articleCount(412)
        .url("https://news.example.com/authors/jane-doe")
        .build();
  }

  /** Returns the value of {@link #TICKER}. */
  static Ticker ticker() {
    return Ticker.of("home", "News Ticker", List.of(breakingItem()), Instant.parse("2024-05-01T10:05:00Z"));
  }

  /** Returns the base ticker's only item. */
  static TickerItem breakingItem() {
    return TickerItem.builder("t1", "Council approves budget", PUBLISHED_AT)
        .url("https://news.example.com/politics/budget")
        .articleId("art-2024-000123")
        .priority(TickerPriority.BREAKING)
        .expiresAt(Instant.parse("2024-05-01T18:00:00Z"))
        .build();
  }

  /**
   * Returns an article with every property set and every block kind, with text that needs care:
   * quotes, a backslash, line breaks, an astral emoji before a link, a right-to-left name with a
   * zero-width non-joiner, and timestamps with fractions.
   */
  static Article fullArticle() {
    String text = "Budget passed \uD83C\uDF89 Read \"the plan\" at C:\\budget.\nThen vote.";
    return Article.builder()
        .id("art-2024-000124")
        .slug("riverton-council-approves-2025-budget")
        .kicker("City Hall")
        .headline("Riverton council approves \u00a3412m budget")
        .subheadline("Every branch library stays open")
        .summary("The budget passed 31\u201312 shortly after 1 a.m.")
        .addBlock(Paragraph.of(text, Link.over(text, "Read", "https://council.example.org/budget/2025")))
        .addBlock(Heading.of(3, "What the budget pays for"))
        .addBlock(ListBlock.of(false, "\u00a338m for roads", "\u00a312m for libraries"))
        .addBlock(Quote.of("This budget keeps every library open.", "Dana Whitfield, mayor"))
        .addBlock(Quote.of("No attribution here."))
        .addBlock(ImageBlock.of(Image.builder().url("https://cdn.example.com/img/bridge.jpg").build()))
        .addBlock(Divider.of())
        .addAuthor(
            Author.builder("Jane Doe", "jane-doe")
                .bio("Jane covers City Hall.\nShe has done so since 2019.")
                .jobTitle("City Hall reporter")
                .articleCount(0)
                .url("https://news.example.com/authors/jane-doe")
                .avatarUrl("https://cdn.example.com/avatars/jane-doe.jpg")
                .addSameAs("https://social.example.org/@janedoe")
                .addSameAs("https://other.example.net/janedoe")
                .email("jane.doe@news.example.com")
                .build())
        .addAuthor(Author.of("\u0646\u06cc\u0644\u0648\u0641\u0631 \u062d\u0645\u06cc\u062f\u06cc\u200c\u0646\u0698\u0627\u062f", "niloufar-hamidinejad"))
        .addAuthor(Author.builder("Example News Agency", "example-news-agency").kind(AuthorKind.ORGANIZATION).build())
        .addCredit(Credit.of(Credit.ADDITIONAL_REPORTING, "Tom\u00e1s Ibarra", null))
        .addCredit(
            Credit.builder(Credit.GRAPHIC)
                .name("Mei Lin")
                .organization("Riverton Gazette")
                .text("Graphic: Mei Lin/Riverton Gazette")
                .copyrightNotice("\u00a9 2024 Riverton Gazette Ltd.")
                .license("https://news.example.com/licensing")
                .build())
        .leadImage(
            Image.builder()
                .url("https://cdn.example.com/img/chamber.jpg")
                .altText("Councillors raise their hands")
                .caption("The vote in \"the Drum\".")
                .width(2400)
                .height(1600)
                .credit(Credit.of(Credit.PHOTO, "Sam Okafor", "Riverton Gazette"))
                .build())
        .section("politics")
        .tags("budget", "city council")
        .language("en-GB")
        .dateline("RIVERTON")
        .status(ArticleStatus.WITHDRAWN)
        .publishedAt(Instant.parse("2024-05-01T06:30:00.250Z"))
        .updatedAt(Instant.parse("2024-05-01T09:15:42.000000001Z"))
        .embargoedUntil(Instant.parse("2024-05-01T06:00:00Z"))
        .expiresAt(Instant.parse("2026-05-01T00:00:00.000001Z"))
        .canonicalUrl("https://news.example.com/politics/2024/05/01/budget")
        .build();
  }

  /** Returns a draft with nothing but the required properties. */
  static Article minimalArticle() {
    return Article.builder()
        .id("draft-1")
        .slug("draft")
        .headline("Draft")
        .language("en")
        .status(ArticleStatus.DRAFT)
        .build();
  }

  /** Returns a value of every public type and every block kind, each named for a test's display name. */
  static Stream<Arguments> everyType() {
    Article full = fullArticle();
    return Stream.of(
        Arguments.of("article", article()),
        Arguments.of("article with every property", full),
        Arguments.of("minimal article", minimalArticle()),
        Arguments.of("ticker", ticker()),
        Arguments.of("ticker of several items", Ticker.of("home", "News Ticker", List.of(
            breakingItem(),
            TickerItem.builder("t2", "Rain on Thursday", Instant.parse("2024-05-01T07:45:00Z")).build(),
            TickerItem.builder("t3", "Bridge closed", Instant.parse("2024-05-01T11:02:00Z"))
                .priority(TickerPriority.URGENT).build()), null)),
        Arguments.of("ticker item", breakingItem()),
        Arguments.of("author", full.authors().get(0)),
        Arguments.of("organization author", full.authors().get(2)),
        Arguments.of("credit", full.credits().get(1)),
        Arguments.of("image", full.leadImage()),
        Arguments.of("empty image", Image.builder().build()),
        Arguments.of("paragraph", full.body().get(0)),
        Arguments.of("heading", full.body().get(1)),
        Arguments.of("list", full.body().get(2)),
        Arguments.of("quote", full.body().get(3)),
        Arguments.of("image block", full.body().get(5)),
        Arguments.of("divider", full.body().get(6)),
        Arguments.of("link", ((Paragraph) full.body().get(0)).links().get(0)));
  }

  /** Returns the class to read {@code value} back as: {@link Block} for every kind of block. */
  static Class<?> readType(Object value) {
    return value instanceof Block ? Block.class : value.getClass();
  }

  /** Returns the document {@code json} with its only occurrence of {@code target} replaced. */
  static String replace(String json, String target, String replacement) {
    int at = json.indexOf(target);
    assertThat(at).as("%s occurs in the document", target).isGreaterThanOrEqualTo(0);
    assertThat(json.indexOf(target, at + 1)).as("%s occurs once in the document", target).isEqualTo(-1);
    return json.substring(0, at) + replacement + json.substring(at + target.length());
  }

  /** Returns {@link #ARTICLE} with its only occurrence of {@code target} replaced. */
  static String article(String target, String replacement) {
    return replace(ARTICLE, target, replacement);
  }

  /** Returns {@link #TICKER} with its only occurrence of {@code target} replaced. */
  static String ticker(String target, String replacement) {
    return replace(TICKER, target, replacement);
  }

  /** Returns the UTF-8 of {@code json} with its only occurrence of {@code target} replaced by raw bytes. */
  static byte[] bytes(String json, String target, int... replacement) {
    int at = json.indexOf(target);
    assertThat(at).as("%s occurs in the document", target).isGreaterThanOrEqualTo(0);
    assertThat(json.indexOf(target, at + 1)).as("%s occurs once in the document", target).isEqualTo(-1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(json.substring(0, at)));
    for (int b : replacement) {
      out.write(b);
    }
    out.writeBytes(utf8(json.substring(at + target.length())));
    return out.toByteArray();
  }

  /** Returns {@code json} followed by raw bytes. */
  static byte[] bytesThen(String json, int... tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(json));
    for (int b : tail) {
      out.write(b);
    }
    return out.toByteArray();
  }

  /** Returns the UTF-8 encoding of {@code text}. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns {@code parts} one after the other. */
  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
