package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MastheadJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PojosTest {
  private final JsonMapper mapper = new JsonMapper();
  private final MastheadJson json = MastheadJson.standard();

  @Test
  void article_round_trips_through_plain_jackson() {
    Pojos.Article article = mapper.readValue(Documents.articleJson(), Pojos.Article.class);

    assertThat(json.readArticle(mapper.writeValueAsBytes(article))).isEqualTo(Documents.article());
  }

  @Test
  void ticker_round_trips_through_plain_jackson() {
    Pojos.Ticker ticker = mapper.readValue(json.writeBytes(Documents.ticker()), Pojos.Ticker.class);

    assertThat(ticker.getItems()).hasSize(20);
    assertThat(json.readTicker(mapper.writeValueAsBytes(ticker))).isEqualTo(Documents.ticker());
  }

  @Test
  void enums_and_absent_values_follow_the_wire_format() {
    Pojos.Author author = new Pojos.Author();
    author.setName("Lena Müller");
    author.setSlug("lena-mueller");
    author.setKind(Pojos.AuthorKind.PERSON);

    assertThat(mapper.writeValueAsString(author)).contains("\"kind\":\"person\"").doesNotContain("null", "sameAs");
  }
}
