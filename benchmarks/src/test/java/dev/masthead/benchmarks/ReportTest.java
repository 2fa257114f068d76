package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportTest {
  private static final String ENTRY = """
      {"benchmark":"dev.masthead.benchmarks.ReadWriteBenchmark.%s","mode":"avgt","forks":1,
       "measurementIterations":5,"jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM",
       "vmVersion":"17.0.15+6","primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"us/op"},
       "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreError":0.1,"scoreUnit":"B/op"}}}""";

  @Test
  void compares_masthead_with_its_baselines_and_judges_the_targets() {
    JsonNode run = new JsonMapper().readTree("["
        + ENTRY.formatted("mastheadRead", "20.0", "1.0", "30000")
        + "," + ENTRY.formatted("pojoRead", "25.0", "1.0", "34000")
        + "," + ENTRY.formatted("streamingRead", "10.0", "\"NaN\"", "33000")
        + "]");

    String report = Report.of(run);

    assertThat(report)
        .contains("JVM: OpenJDK 64-Bit Server VM 17.0.15+6 (JDK 17.0.15)")
        .contains("| ReadWriteBenchmark.mastheadRead | avgt | 1×5 | 20.0 ± 1.0 | us/op | 30,000 | 0.80 [0.73–0.88] | 2.00 | 0.88 |")
        .contains("| mastheadRead throughput ≥ 1.00× pojoRead | 1.25× [1.14–1.37] | yes, by 0.25 |")
        .contains("| mastheadRead allocation ≤ 1.20× pojoRead | 0.88× (30,000 vs 34,000 B/op) | yes, by 0.32 |");
  }
}
