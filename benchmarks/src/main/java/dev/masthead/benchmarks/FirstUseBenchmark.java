package dev.masthead.benchmarks;

import dev.masthead.json.MastheadJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of the first article a fresh JVM reads: class loading, the mapper's and the validator's
 * bootstrap, and interpreted code. This is what a command-line tool, a serverless function or a
 * test suite pays on every start, and what the steady-state benchmarks hide.
 *
 * <p>Each measurement is one call in its own fork, with no warmup. The setup reads the document
 * from the class path with plain I/O, so that neither Masthead nor Jackson is loaded before the
 * clock starts. Masthead reads as by default (well-formed validation); the POJO baseline reads
 * with a new default {@link JsonMapper} and validates nothing, as such code does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class FirstUseBenchmark {
  private byte[] articleJson;

  /** Loads the document's bytes without loading Masthead or Jackson. */
  @Setup
  public void setUp() throws IOException {
    try (InputStream in = FirstUseBenchmark.class.getResourceAsStream(Documents.ARTICLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(Documents.ARTICLE_RESOURCE + " is missing");
      }
      articleJson = in.readAllBytes();
    }
  }

  @Benchmark
  public Object firstUseMasthead() {
    return MastheadJson.standard().readArticle(articleJson);
  }

  @Benchmark
  public Object firstUsePojo() {
    return new JsonMapper().readValue(articleJson, Pojos.Article.class);
  }
}
