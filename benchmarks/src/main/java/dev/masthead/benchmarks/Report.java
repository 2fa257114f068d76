package dev.masthead.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into the Markdown of {@code docs/performance.md}: the table of scores
 * with allocation and the ratios against the baselines, then each target of the benchmarks issue
 * with what was measured, and, for a run of several forks, each read benchmark's per-fork means.
 * Computing the ratios here, from the files of one run, keeps the document
 * from mixing runs or rounding by hand.
 *
 * <p>A ratio is given with the range that the scores' 99.9% confidence intervals allow, because a
 * quick run's error bars are often wider than the difference being judged.
 */
public final class Report {
  /** Each Masthead benchmark and the baselines it is compared with: plain POJOs, then streaming. */
  private static final Map<String, List<String>> BASELINES = Map.of(
      "mastheadWrite", List.of("pojoWrite", "streamingWrite"),
      "mastheadRead", List.of("pojoRead", "streamingRead"),
      "mastheadReadValidated", List.of("pojoRead", "streamingRead"),
      "firstUseMasthead", List.of("firstUsePojo"),
      // The Kafka Serde against a Jackson ObjectMapper on POJOs behind Kafka's interfaces.
      "mastheadSerialize", List.of("jacksonSerialize"),
      "mastheadDeserialize", List.of("jacksonDeserialize"));

  /** Each Masthead benchmark and the fastest peer's: DSL-JSON with compiled converters on the same POJOs. */
  private static final Map<String, String> PEERS = Map.of(
      "mastheadWrite", "dslJsonWrite",
      "mastheadRead", "dslJsonRead",
      "mastheadReadValidated", "dslJsonRead");

  /** The read benchmarks whose forks are listed one by one when a run has more than one. */
  private static final List<String> PER_FORK = List.of(
      "mastheadRead", "mastheadReadValidated", "pojoRead", "streamingRead", "dslJsonRead", "ndjsonRead", "singleReads",
      "distinctReads", "memoryNdjsonRead");

  private final Map<String, Result> results = new LinkedHashMap<>();
  private String vm = "";

  private Report() {}

  /** Prints the report of the given JMH JSON result files. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: Report RESULT.json...");
    }
    Report report = new Report();
    JsonMapper mapper = new JsonMapper();
    for (String file : args) {
      report.add(mapper.readTree(Path.of(file).toFile()));
    }
    System.out.print(report.markdown());
  }

  /** Returns the report of the given JMH results, for tests. */
  static String of(JsonNode... runs) {
    Report report = new Report();
    for (JsonNode run : runs) {
      report.add(run);
    }
    return report.markdown();
  }

  private void add(JsonNode run) {
    for (JsonNode entry : run) {
      // dev.masthead.benchmarks.ReadWriteBenchmark.mastheadRead: keyed by method, shown with its class.
      String benchmark = entry.get("benchmark").asString();
      int methodDot = benchmark.lastIndexOf('.');
      String method = benchmark.substring(methodDot + 1);
      String name = benchmark.substring(benchmark.lastIndexOf('.', methodDot - 1) + 1);
      JsonNode primary = entry.get("primaryMetric");
      JsonNode alloc = entry.path("secondaryMetrics").path("gc.alloc.rate.norm");
      List<Double> forkMeans = new ArrayList<>();
      for (JsonNode fork : primary.path("rawData")) {
        double sum = 0;
        for (JsonNode iteration : fork) {
          sum += iteration.asDouble();
        }
        forkMeans.add(fork.size() == 0 ? Double.NaN : sum / fork.size());
      }
      results.put(method, new Result(
          name,
          entry.get("mode").asString(),
          entry.get("forks").asInt() + "×" + entry.get("measurementIterations").asInt(),
          primary.get("score").asDouble(),
          error(primary),
          primary.get("scoreUnit").asString(),
          alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble(),
          List.copyOf(forkMeans)));
      vm = entry.get("vmName").asString() + " " + entry.get("vmVersion").asString()
          + " (JDK " + entry.get("jdkVersion").asString() + ")";
    }
  }

  /** JMH writes NaN as a string when one measurement gives no error. */
  private static double error(JsonNode metric) {
    JsonNode error = metric.get("scoreError");
    return error.isNumber() ? error.asDouble() : Double.NaN;
  }

  private String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("JVM: ").append(vm).append("\n\n");
    out.append("| Benchmark | Mode | Forks×iterations | Score ± error | Units | Allocated (B/op) "
        + "| Time vs POJO | Time vs streaming | Allocated vs POJO | Time vs DSL-JSON | Allocated vs DSL-JSON |\n");
    out.append("|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Result> entry : results.entrySet()) {
      Result r = entry.getValue();
      List<String> baselines = BASELINES.getOrDefault(entry.getKey(), List.of());
      String peer = PEERS.get(entry.getKey());
      out.append("| ").append(r.name())
          .append(" | ").append(r.mode())
          .append(" | ").append(r.runs())
          .append(" | ").append(number(r.score(), r.score())).append(" ± ").append(number(r.error(), r.score()))
          .append(" | ").append(r.unit())
          .append(" | ").append(Double.isNaN(r.alloc()) ? "" : String.format(Locale.ROOT, "%,.0f", r.alloc()))
          .append(" | ").append(baselines.size() > 0 ? timeRatio(r, baselines.get(0)) : "")
          .append(" | ").append(baselines.size() > 1 ? timeRatio(r, baselines.get(1)) : "")
          .append(" | ").append(baselines.size() > 0 && !Double.isNaN(r.alloc()) ? allocRatio(r, baselines.get(0)) : "")
          .append(" | ").append(peer != null ? timeRatio(r, peer) : "")
          .append(" | ").append(peer != null && !Double.isNaN(r.alloc()) ? allocRatio(r, peer) : "")
          .append(" |\n");
    }
    out.append("\nTime ratios are Masthead's time over the baseline's: below 1.00 Masthead is faster. "
        + "The range in brackets is what the error bars allow.\n");
    forks(out);
    out.append('\n');
    out.append("| Target | Measured | Met |\n|---|---|---|\n");
    throughputTarget(out, "mastheadWrite", "pojoWrite");
    allocationTarget(out, "mastheadWrite", "pojoWrite");
    throughputTarget(out, "mastheadRead", "pojoRead");
    allocationTarget(out, "mastheadRead", "pojoRead");
    timeTarget(out, "mastheadReadValidated", "pojoRead", 1.25);
    timeTarget(out, "firstUseMasthead", "firstUsePojo", 1.2);
    timeTarget(out, "mastheadReadValidated", "pojoRead", 1.15);
    forkTarget(out, "mastheadReadValidated", "mastheadRead", 5.0);
    // A stream's articles, each read as fast as a single validated one (ndjsonRead is per article).
    timeTarget(out, "ndjsonRead", "mastheadReadValidated", 1.15);
    // The same, against single reads in a fork with the stream's small heap.
    timeTarget(out, "ndjsonRead", "singleReads", 1.15);
    stream(out);
    return out.toString();
  }

  /**
   * Where a stream's time per article goes, from the controls of {@link NdjsonBenchmark}: reading
   * fresh bytes rather than the same ones again, the stream's own work, and the file system's.
   */
  private void stream(StringBuilder out) {
    String[][] steps = {
      {"distinctReads", "singleReads", "fresh bytes for every read, against the same bytes again"},
      {"memoryNdjsonRead", "distinctReads", "the stream's own work, from bytes in memory"},
      {"ndjsonRead", "memoryNdjsonRead", "reading a file"},
      {"memoryNdjsonRead", "mastheadReadValidated", "a stream from memory against a single validated read"},
    };
    List<String> rows = new ArrayList<>();
    for (String[] step : steps) {
      Result top = results.get(step[0]);
      Result bottom = results.get(step[1]);
      if (top != null && bottom != null) {
        rows.add("| " + step[0] + " / " + step[1] + " | " + timeRatio(top, step[1])
            + " | " + number(top.score() - bottom.score(), top.score()) + ' ' + top.unit() + " | " + step[2] + " |\n");
      }
    }
    if (!rows.isEmpty()) {
      out.append("\nWhere a stream's time per article goes:\n\n| Ratio | Measured | Difference | What it is |\n|---|---|---:|---|\n");
      rows.forEach(out::append);
    }
  }

  /** The mean of each fork of the read benchmarks, when there is more than one: a fork that differs shows here. */
  private void forks(StringBuilder out) {
    List<String> shown = new ArrayList<>();
    for (String method : PER_FORK) {
      Result r = results.get(method);
      if (r != null && r.forkMeans().size() > 1) {
        shown.add(method);
      }
    }
    if (shown.isEmpty()) {
      return;
    }
    out.append("\nEach fork's mean of its measurement iterations, for the read benchmarks:\n\n"
        + "| Benchmark | Mean | Per-fork means | Units |\n|---|---:|---|---|\n");
    for (String method : shown) {
      Result r = results.get(method);
      List<String> means = new ArrayList<>();
      for (double mean : r.forkMeans()) {
        means.add(number(mean, r.score()));
      }
      out.append("| ").append(r.name())
          .append(" | ").append(number(r.score(), r.score()))
          .append(" | ").append(String.join(", ", means))
          .append(" | ").append(r.unit())
          .append(" |\n");
    }
  }

  /** Every fork of {@code masthead} within {@code limit} units of the mean of {@code baseline}. */
  private void forkTarget(StringBuilder out, String masthead, String baseline, double limit) {
    Result m = results.get(masthead);
    Result b = results.get(baseline);
    if (m == null || b == null || m.forkMeans().isEmpty()) {
      return;
    }
    double worst = 0;
    for (double mean : m.forkMeans()) {
      worst = Math.max(worst, mean - b.score());
    }
    out.append("| every fork of ").append(masthead).append(" within ").append(number(limit, 10)).append(' ')
        .append(m.unit()).append(" of ").append(baseline).append("'s mean")
        .append(" | worst fork ").append(number(worst, m.score())).append(' ').append(m.unit()).append(" above (")
        .append(m.forkMeans().size()).append(m.forkMeans().size() == 1 ? " fork" : " forks").append(')')
        .append(" | ").append(worst <= limit ? "yes, by " : "no, short by ")
        .append(number(Math.abs(limit - worst), m.score())).append(' ').append(m.unit()).append(" |\n");
  }

  private void throughputTarget(StringBuilder out, String masthead, String pojo) {
    Result m = results.get(masthead);
    Result p = results.get(pojo);
    if (m == null || p == null) {
      return;
    }
    double ratio = p.score() / m.score();
    out.append("| ").append(masthead).append(" throughput ≥ 1.00× ").append(pojo)
        .append(" | ").append(ratio(ratio)).append("× ").append(range(p, m))
        .append(" | ").append(verdict(ratio >= 1.0, ratio - 1.0)).append(" |\n");
  }

  private void allocationTarget(StringBuilder out, String masthead, String pojo) {
    Result m = results.get(masthead);
    Result p = results.get(pojo);
    if (m == null || p == null || Double.isNaN(m.alloc()) || Double.isNaN(p.alloc())) {
      return;
    }
    double ratio = m.alloc() / p.alloc();
    out.append("| ").append(masthead).append(" allocation ≤ 1.20× ").append(pojo)
        .append(" | ").append(ratio(ratio)).append("× (")
        .append(String.format(Locale.ROOT, "%,.0f vs %,.0f B/op", m.alloc(), p.alloc()))
        .append(") | ").append(verdict(ratio <= 1.2, 1.2 - ratio)).append(" |\n");
  }

  private void timeTarget(StringBuilder out, String masthead, String baseline, double limit) {
    Result m = results.get(masthead);
    Result b = results.get(baseline);
    if (m == null || b == null) {
      return;
    }
    double ratio = m.score() / b.score();
    out.append("| ").append(masthead).append(" time ≤ ").append(ratio(limit)).append("× ").append(baseline)
        .append(" | ").append(ratio(ratio)).append("× ").append(range(m, b))
        .append(" | ").append(verdict(ratio <= limit, limit - ratio)).append(" |\n");
  }

  private String timeRatio(Result r, String baseline) {
    Result b = results.get(baseline);
    if (b == null) {
      return "";
    }
    return (ratio(r.score() / b.score()) + " " + range(r, b)).trim();
  }

  private String allocRatio(Result r, String baseline) {
    Result b = results.get(baseline);
    return b == null || Double.isNaN(b.alloc()) ? "" : ratio(r.alloc() / b.alloc());
  }

  private static String verdict(boolean met, double margin) {
    return (met ? "yes, by " : "no, short by ") + ratio(Math.abs(margin));
  }

  /** The range of {@code top.score() / bottom.score()} that the two error bars allow. */
  private static String range(Result top, Result bottom) {
    double low = (top.score() - top.error()) / (bottom.score() + bottom.error());
    double high = (top.score() + top.error()) / (bottom.score() - bottom.error());
    if (Double.isNaN(low) || Double.isNaN(high) || bottom.score() <= bottom.error()) {
      return "";
    }
    return "[" + ratio(low) + "–" + ratio(high) + "]";
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** Formats {@code value} with the precision that suits {@code scale}, so a score and its error line up. */
  private static String number(double value, double scale) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    return String.format(Locale.ROOT, scale >= 100 ? "%,.0f" : scale >= 10 ? "%.1f" : "%.3f", value);
  }

  /**
   * One benchmark's result: {@code alloc} is NaN when it was run without the GC profiler; {@code
   * forkMeans} has the mean of each fork's measurement iterations.
   */
  private record Result(
      String name, String mode, String runs, double score, double error, String unit, double alloc, List<Double> forkMeans) {}
}
