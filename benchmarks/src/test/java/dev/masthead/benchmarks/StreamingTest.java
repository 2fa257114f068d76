package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class StreamingTest {
  @Test
  void round_trips_the_article() {
    Pojos.Article article = Streaming.read(Documents.articleJson());

    Documents.requireSameArticle("streaming", Streaming.write(article));
  }

  @Test
  void reads_a_block_whose_type_comes_last() {
    Pojos.Article article = read("{\"body\":[{\"level\":3,\"text\":\"Next\",\"type\":\"heading\"}]}");

    assertThat(article.getBody()).singleElement().isInstanceOfSatisfying(Pojos.Heading.class, heading -> {
      assertThat(heading.getLevel()).isEqualTo(3);
      assertThat(heading.getText()).isEqualTo("Next");
    });
  }

  @Test
  void reads_null_as_absent_and_skips_unknown_properties() {
    Pojos.Article article = read("{\"kicker\":null,\"extra\":{\"a\":[1,2]},\"headline\":\"Hi\"}");

    assertThat(article.getKicker()).isNull();
    assertThat(article.getHeadline()).isEqualTo("Hi");
  }

  @Test
  void rejects_a_number_for_a_string() {
    assertThatThrownBy(() -> read("{\"headline\":1}"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("expected VALUE_STRING");
  }

  private static Pojos.Article read(String json) {
    return Streaming.read(json.getBytes(StandardCharsets.UTF_8));
  }
}
