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
        .contains("| ReadWriteBenchmark.mastheadRead | avgt | 1×5 | 20.0 ± 1.0 | us/op | 30,000 | 0.80 [0.73–0.88] | 2.00 | 0.88 |  |  |")
        .contains("| mastheadRead throughput ≥ 1.00× pojoRead | 1.25× [1.14–1.37] | yes, by 0.25 |")
        .contains("| mastheadRead allocation ≤ 1.20× pojoRead | 0.88× (30,000 vs 34,000 B/op) | yes, by 0.32 |");
  }

  private static final String FORKED = """
      {"benchmark":"dev.masthead.benchmarks.%s","mode":"avgt","forks":2,
       "measurementIterations":2,"jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM",
       "vmVersion":"17.0.15+6","primaryMetric":{"score":%s,"scoreError":1.0,"scoreUnit":"us/op",
       "rawData":[%s]}}""";

  @Test
  void compares_with_dsl_json_and_lists_the_means_of_each_fork() {
    JsonNode run = new JsonMapper().readTree("["
        + FORKED.formatted("ReadWriteBenchmark.mastheadRead", "16.0", "[15.0,17.0],[16.0,16.0]")
        + "," + FORKED.formatted("ReadWriteBenchmark.mastheadReadValidated", "22.0", "[19.0,21.0],[23.0,25.0]")
        + "," + FORKED.formatted("ReadWriteBenchmark.pojoRead", "20.0", "[20.0,20.0],[20.0,20.0]")
        + "," + FORKED.formatted("ReadWriteBenchmark.dslJsonRead", "16.0", "[16.0,16.0],[16.0,16.0]")
        + "," + FORKED.formatted("NdjsonBenchmark.ndjsonRead", "26.0", "[25.0,25.0],[27.0,27.0]")
        + "," + FORKED.formatted("NdjsonBenchmark.singleReads", "22.0", "[22.0,22.0],[22.0,22.0]")
        + "," + FORKED.formatted("NdjsonBenchmark.distinctReads", "23.1", "[23.0,23.0],[23.2,23.2]")
        + "," + FORKED.formatted("NdjsonBenchmark.memoryNdjsonRead", "24.2", "[24.0,24.0],[24.4,24.4]")
        + "]");

    String report = Report.of(run);

    assertThat(report)
        .contains("| ReadWriteBenchmark.mastheadReadValidated | avgt | 2×2 | 22.0 ± 1.0 | us/op |  | 1.10 [1.00–1.21] |  |  "
            + "| 1.38 [1.24–1.53] |  |")
        .contains("| ReadWriteBenchmark.mastheadReadValidated | 22.0 | 20.0, 24.0 | us/op |")
        .contains("| ReadWriteBenchmark.dslJsonRead | 16.0 | 16.0, 16.0 | us/op |")
        .contains("| mastheadReadValidated time ≤ 1.15× pojoRead | 1.10× [1.00–1.21] | yes, by 0.05 |")
        .contains("| every fork of mastheadReadValidated within 5.0 us/op of mastheadRead's mean "
            + "| worst fork 8.0 us/op above (2 forks) | no, short by 3.0 us/op |")
        .contains("| NdjsonBenchmark.ndjsonRead | 26.0 | 25.0, 27.0 | us/op |")
        .contains("| ndjsonRead time ≤ 1.15× mastheadReadValidated | 1.18× [1.09–1.29] | no, short by 0.03 |")
        .contains("| NdjsonBenchmark.distinctReads | 23.1 | 23.0, 23.2 | us/op |")
        .contains("| distinctReads / singleReads | 1.05 [0.96–1.15] | 1.1 us/op | fresh bytes")
        .contains("| memoryNdjsonRead / distinctReads | 1.05 [0.96–1.14] | 1.1 us/op | the stream's own work")
        .contains("| ndjsonRead / memoryNdjsonRead | 1.07 [0.99–1.16] | 1.8 us/op | reading a file |")
        .contains("| memoryNdjsonRead / mastheadReadValidated | 1.10 [1.01–1.20] | 2.2 us/op |");
  }
}
