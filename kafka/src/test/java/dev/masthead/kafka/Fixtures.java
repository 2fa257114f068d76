package dev.masthead.kafka;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Credit;
import dev.masthead.model.Image;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Content for the tests, made with the core builders, and the records a topic carries when any
 * producer may write to it: one row per kind of bad record, with the code and pointer it must be
 * routed with.
 */
final class Fixtures {
  static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");

  private Fixtures() {}

  /** A publishable article; {@code n} makes its id, slug and headline unique. */
  static Article article(int n) {
    return Article.builder()
        .id("art-2024-" + n)
        .slug("city-council-story-" + n)
        .headline("City council approves budget, part " + n)
        .summary("The vote ends a month of debate.")
        .addBlock(Paragraph.of("The council voted on Tuesday."))
        .addBlock(Quote.of("We kept the libraries open.", "the mayor"))
        .addAuthor(Author.builder("Jane Doe", "jane-doe").articleCount(412).build())
        .leadImage(Image.builder()
            .url("https://cdn.example.com/img/council-" + n + ".jpg")
            .altText("Councillors vote in the chamber")
            .credit(Credit.builder(Credit.PHOTO).name("A. Smith").organization("Example Agency").build())
            .build())
        .section("politics")
        .tags("budget", "council")
        .language("en-GB")
        .publishedAt(NOON.plusSeconds(n))
        .canonicalUrl("https://news.example.com/politics/budget-" + n)
        .build();
  }

  /** A well-formed article that is not publishable: no author, no body, no publication time. */
  static Article draft() {
    return Article.builder().id("draft-1").slug("draft").headline("Draft").language("en").build();
  }

  static TickerItem item(String id, TickerPriority priority, Instant publishedAt, @Nullable Duration lifetime) {
    return TickerItem.builder(id, "Headline " + id, publishedAt)
        .priority(priority)
        .url("https://news.example.com/" + id)
        .expiresAt(lifetime == null ? null : publishedAt.plus(lifetime))
        .build();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A bad record and what it must be routed with. */
  record Bad(String name, byte[] value, String code, String pointer, int line, int column) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every kind of bad article record a topic may carry; none of them may stop a reader. */
  static List<Bad> badArticles() {
    byte[] huge = new byte[10 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'x');
    byte[] prefix = utf8("{\"id\":\"big\",\"headline\":\"");
    System.arraycopy(prefix, 0, huge, 0, prefix.length);
    return List.of(
        new Bad("malformed json", utf8("{\"id\":\"art-1\",\"headline\":"), "syntax", "/headline", 1, 26),
        new Bad("not json at all", utf8("<article>hello</article>"), "syntax", "", 1, 1),
        new Bad("another service's schema",
            utf8("{\"orderId\":42,\"customer\":{\"name\":\"Jane\"},\"lines\":[]}"), "required", "/headline", 0, 0),
        new Bad("a 10 MB record", huge, "document_too_large", "", 0, 0),
        new Bad("valid json, invalid content",
            utf8("{\"id\":\"art-1\",\"slug\":\"s\",\"headline\":\"H\",\"language\":\"en\","
                + "\"canonicalUrl\":\"javascript:alert(1)\"}"), "url_scheme", "/canonicalUrl", 0, 0),
        new Bad("a number where text belongs", utf8("{\"id\":\"art-1\",\"headline\":412}"),
            "wrong_type", "/headline", 1, 26),
        new Bad("not an object", utf8("[1,2,3]"), "not_an_object", "", 1, 1),
        new Bad("not utf-8", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'},
            "invalid_utf8", "", 1, 8),
        new Bad("empty", new byte[0], "empty_input", "", 1, 1));
  }
}
