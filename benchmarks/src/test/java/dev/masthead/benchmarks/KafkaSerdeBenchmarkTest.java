package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MastheadJson;
import org.junit.jupiter.api.Test;

class KafkaSerdeBenchmarkTest {
  private final KafkaSerdeBenchmark benchmark = new KafkaSerdeBenchmark();

  @Test
  void both_sides_read_and_write_the_same_article() {
    benchmark.setUp();

    assertThat(benchmark.mastheadDeserialize()).isEqualTo(Documents.article());
    assertThat(MastheadJson.standard().readArticle(benchmark.jacksonSerialize())).isEqualTo(Documents.article());
    assertThat(benchmark.mastheadSerialize()).isEqualTo(Documents.articleJson());
  }

  @Test
  void the_jackson_deserializer_reads_every_paragraph() {
    benchmark.setUp();

    assertThat(benchmark.jacksonDeserialize().getBody()).hasSize(Documents.article().body().size());
  }
}
