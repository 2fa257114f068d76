package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.validation.MastheadValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentsTest {
  @Test
  void article_json_is_about_ten_kilobytes() {
    assertThat(Documents.articleJson().length).isBetween(Documents.MIN_BYTES, Documents.MAX_BYTES);
  }

  @Test
  void article_is_publishable_with_ten_paragraphs_and_two_authors() {
    Article article = Documents.article();

    assertThat(MastheadValidator.standard().validatePublishable(article)).isEmpty();
    assertThat(article.body()).filteredOn(Paragraph.class::isInstance).hasSize(10);
    assertThat(article.authors()).hasSize(2);
    assertThat(article.publishedAt()).isNotNull();
    assertThat(article.updatedAt()).isNotNull();
    assertThat(article.embargoedUntil()).isNotNull();
    assertThat(article.expiresAt()).isNotNull();
  }

  @Test
  void article_text_is_not_only_ascii() {
    String json = new String(Documents.articleJson(), StandardCharsets.UTF_8);

    assertThat(json).contains("Müller", "بندر عباس", "宁波", "“", "—");
  }

  @Test
  void first_use_resource_is_the_article_json() throws IOException {
    byte[] resource;
    try (InputStream in = Documents.class.getResourceAsStream(Documents.ARTICLE_RESOURCE)) {
      assertThat(in).isNotNull();
      resource = in.readAllBytes();
    }

    assertThat(resource)
        .as("refresh it with: java -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.Documents "
            + "benchmarks/src/main/resources" + Documents.ARTICLE_RESOURCE)
        .isEqualTo(Documents.articleJson());
  }

  @Test
  void tickers_hold_twenty_and_the_capacity() {
    assertThat(Documents.ticker().items()).hasSize(20);
    assertThat(Documents.fullTicker().items()).hasSize(Ticker.MAX_ITEMS);
  }
}
