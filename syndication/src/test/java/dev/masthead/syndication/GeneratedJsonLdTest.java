package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.masthead.json.generated.Generators;
import dev.masthead.json.generated.Seeds;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Image;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Google's author, date and image rules, schema.org's vocabulary and script safety hold for the
 * JSON-LD of every generated article. A failure names its seed: replay it with
 * {@code -Dmasthead.seed=N}.
 */
class GeneratedJsonLdTest {
  private static final String RFC_3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
  private static final Expansion EXPANSION = Expansion.bundled();
  private static final JsonLd WRITER = JsonLd.builder().publisher(Publisher.of("Example News")).build();

  @TestFactory
  Stream<DynamicTest> every_generated_article_follows_the_article_guidance() {
    return Seeds.seeds("jsonld").limit(300).mapToObj(seed -> dynamicTest("article seed=" + seed, () -> {
      Article article = new Generators(seed).article();
      String replay = "replay with -Dmasthead.seed=" + seed;

      String text = WRITER.write(article).value();
      JsonObject json = JsonLdTest.parse(text);

      assertThat(text).as(replay).doesNotContain("<", ">", "&", "\u2028", "\u2029");
      assertThat(json.getString("@type")).as(replay).isEqualTo("NewsArticle");
      assertThat(json.getString("headline")).as(replay).isEqualTo(article.headline());
      authors(article, json, replay);
      date(json, "datePublished", article.publishedAt(), replay);
      date(json, "dateModified", article.updatedAt(), replay);
      date(json, "expires", article.expiresAt(), replay);
      images(article, json, replay);

      Expansion.Result expanded = EXPANSION.expand(text);
      assertThat(expanded.properties()).as(replay).allMatch(iri -> iri.startsWith(Expansion.VOCABULARY));
      assertThat(expanded.propertyNames()).as(replay).isEqualTo(expanded.compactProperties());
      assertThat(expanded.typeNames()).as(replay).containsAll(expanded.compactTypes());
    }));
  }

  private static void authors(Article article, JsonObject json, String replay) {
    if (article.authors().isEmpty()) {
      assertThat(json).as(replay).doesNotContainKey("author");
      return;
    }
    JsonArray authors = json.getJsonArray("author");
    assertThat(authors).as(replay).hasSize(article.authors().size());
    for (int i = 0; i < authors.size(); i++) {
      Author author = article.authors().get(i);
      JsonObject written = authors.getJsonObject(i);
      assertThat(written.getString("@type")).as(replay)
          .isEqualTo(author.kind() == AuthorKind.PERSON ? "Person" : "Organization");
      assertThat(written.getString("name")).as(replay).isEqualTo(author.name()).doesNotStartWith("By ");
      if (author.url() != null) {
        assertThat(written.getString("url")).as(replay).isEqualTo(author.url());
      }
      assertThat(written.containsKey("sameAs")).as(replay).isEqualTo(!author.sameAs().isEmpty());
    }
  }

  private static void date(JsonObject json, String name, Instant expected, String replay) {
    if (expected == null) {
      assertThat(json).as(replay).doesNotContainKey(name);
      return;
    }
    String written = json.getString(name);
    assertThat(written).as(replay).matches(RFC_3339_UTC);
    assertThat(Instant.parse(written)).as(replay).isEqualTo(expected);
  }

  private static void images(Article article, JsonObject json, String replay) {
    Image image = article.leadImage();
    if (image == null || (image.url() == null && image.renditions().isEmpty())) {
      assertThat(json).as(replay).doesNotContainKey("image");
      return;
    }
    JsonArray images = json.getJsonArray("image");
    assertThat(images).as(replay).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    for (int i = 0; i < images.size(); i++) {
      JsonObject written = images.getJsonObject(i);
      assertThat(written.getString("@type")).as(replay).isEqualTo("ImageObject");
      assertThat(written.getString("url")).as(replay).matches("(?is)https?://.+");
      if (i > 0) {
        // Beyond the image itself only renditions of Google's ratios with 50,000 pixels or more.
        long width = written.getInt("width");
        long height = written.getInt("height");
        assertThat(width * height).as(replay).isGreaterThanOrEqualTo(50_000);
        assertThat(Math.abs(width * 9 - height * 16) * 100 <= height * 16
            || Math.abs(width * 3 - height * 4) * 100 <= height * 4
            || Math.abs(width - height) * 100 <= height).as(replay).isTrue();
      }
    }
    String first = image.url() != null ? image.url() : image.renditions().get(0).url();
    assertThat(images.getJsonObject(0).getString("url")).as(replay).isEqualTo(first);
  }
}
