package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadWriteBenchmarkTest {
  private final ReadWriteBenchmark benchmark = new ReadWriteBenchmark();

  @Test
  void setup_proves_every_variant_reads_and_writes_the_same_article() {
    benchmark.setUp();

    assertThat(benchmark.mastheadRead()).isEqualTo(Documents.article());
    assertThat(benchmark.pojoRead().getHeadline()).isEqualTo(Documents.article().headline());
    assertThat(benchmark.mastheadValidatePublishable()).isEmpty();
  }

  @Test
  void pojos_write_what_masthead_reads_back_unchanged() {
    benchmark.setUp();

    Documents.requireSameArticle("pojoWrite", benchmark.pojoWrite());
    Documents.requireSameArticle("streamingWrite", benchmark.streamingWrite());
    assertThat(benchmark.mastheadWrite()).isEqualTo(Documents.articleJson());
  }
}
