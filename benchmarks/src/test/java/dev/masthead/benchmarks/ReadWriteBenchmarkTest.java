package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

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

  @Test
  void dsl_json_writes_mastheads_bytes_and_reads_what_jackson_reads() {
    benchmark.setUp();
    JsonMapper mapper = new JsonMapper();

    assertThat(benchmark.dslJsonWrite()).isEqualTo(benchmark.mastheadWrite());
    assertThat(mapper.writeValueAsBytes(benchmark.dslJsonRead())).isEqualTo(mapper.writeValueAsBytes(benchmark.pojoRead()));
  }

  @Test
  void names_the_first_byte_where_a_peer_writes_otherwise() {
    byte[] expected = "{\"kind\":\"person\"}".getBytes(StandardCharsets.UTF_8);
    byte[] actual = "{\"kind\":\"PERSON\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ReadWriteBenchmark.requireSameBytes("dslJsonWrite", expected, actual))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dslJsonWrite wrote other bytes than mastheadWrite: first difference at byte 9 of 17"
            + " (17 written), expected ...{\"kind\":\"person\"}... but was ...{\"kind\":\"PERSON\"}...");
  }
}
