package dev.masthead.benchmarks;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a large export, 10,000 articles of NDJSON, through {@link MastheadJson#readArticles},
 * validated as by default, reported per article.
 *
 * <p>The fork's heap is 64 MB while the input is about 100 MB: the benchmark only completes if
 * reading is lazy and keeps no article it has handed over, and {@code -prof gc} shows the
 * allocation per article staying that of a single read. For the same reason the input is a file
 * written in the setup, not a byte array: it could not fit in the heap it is meant to prove flat.
 *
 * <p>{@link #singleReads} is the control: the stream's first article, read {@value #ARTICLES} times
 * as a single document with {@link MastheadJson#readArticle(byte[])}, in a fork with the same heap,
 * so that {@code ndjsonRead / singleReads} is what reading from a stream adds, apart from what the
 * small heap costs every read.
 *
 * <p>{@link #distinctReads} is the second control: the stream's first {@value #DISTINCT} lines,
 * each its own byte array, read in turn {@value #ARTICLES} times in all with {@link
 * MastheadJson#readArticle(byte[])}. Its input is fresh to the caches as the stream's is, while
 * {@link #singleReads} and {@code ReadWriteBenchmark} read the same 9.7 KB again and again, so
 * {@code ndjsonRead / distinctReads} is what the stream's own work adds.
 *
 * <p>{@link #memoryNdjsonRead} reads the same {@value #DISTINCT} lines as one NDJSON input held in
 * memory, through {@link MastheadJson#readArticles(InputStream)}, {@value #ARTICLES} articles in
 * all: the stream's work without the file system's, so that {@code ndjsonRead / memoryNdjsonRead}
 * is what reading the file adds and {@code memoryNdjsonRead / distinctReads} what the stream
 * itself adds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(NdjsonBenchmark.ARTICLES)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@State(Scope.Benchmark)
public class NdjsonBenchmark {
  /** The articles in the stream. */
  static final int ARTICLES = 10_000;
  /** The distinct documents {@link #distinctReads} cycles through, about 10 MB. */
  static final int DISTINCT = 1_000;

  private final MastheadJson json = MastheadJson.standard();
  private Path file;
  private byte[] first;
  private byte[][] distinct;
  private byte[] memory;

  /** Writes the stream: the article under {@value #ARTICLES} different ids. */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("masthead-benchmark-", ".ndjson");
    write(file, ARTICLES);
    use(file);
  }

  /** Deletes the stream. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public void ndjsonRead(Blackhole blackhole) {
    int read = read(blackhole::consume);
    if (read != ARTICLES) {
      throw new IllegalStateException("read " + read + " articles, not " + ARTICLES);
    }
  }

  @Benchmark
  public void singleReads(Blackhole blackhole) {
    for (int i = 0; i < ARTICLES; i++) {
      blackhole.consume(json.readArticle(first));
    }
  }

  @Benchmark
  public void distinctReads(Blackhole blackhole) {
    for (int i = 0; i < ARTICLES; i++) {
      blackhole.consume(json.readArticle(distinct[i % distinct.length]));
    }
  }

  @Benchmark
  public void memoryNdjsonRead(Blackhole blackhole) {
    int read = 0;
    while (read < ARTICLES) {
      read += read(new ByteArrayInputStream(memory), blackhole::consume);
    }
  }

  /** Reads the stream, handing each article to {@code sink}, and returns how many there were. */
  int read(Consumer<? super Article> sink) {
    try (Stream<Article> articles = json.readArticles(file)) {
      return read(articles, sink);
    }
  }

  /** Reads the NDJSON in {@code in} as {@link #read(Consumer)} reads the file. */
  int read(InputStream in, Consumer<? super Article> sink) {
    try (Stream<Article> articles = json.readArticles(in)) {
      return read(articles, sink);
    }
  }

  private static int read(Stream<Article> articles, Consumer<? super Article> sink) {
    int count = 0;
    for (Iterator<Article> it = articles.iterator(); it.hasNext(); count++) {
      sink.accept(it.next());
    }
    return count;
  }

  /** Writes {@code count} copies of the article, each with its own id, one a line. */
  static void write(Path file, int count) throws IOException {
    Article article = Documents.article();
    Iterable<Article> articles = () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Article next() {
        return article.toBuilder().id(String.format("art-2024-%06d", next++)).build();
      }
    };
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
      MastheadJson.standard().writeNdjson(articles, out);
    }
  }

  /** Sets the stream to read, for tests that write a shorter one, and takes its first line. */
  void use(Path file) throws IOException {
    this.file = file;
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      distinct = lines.limit(DISTINCT).map(line -> line.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }
    first = distinct[0];
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (byte[] line : distinct) {
      lines.write(line);
      lines.write('\n');
    }
    memory = lines.toByteArray();
  }

  /** Returns the documents {@link #distinctReads} reads, after the setup. */
  byte[][] distinct() {
    return distinct.clone();
  }

  /** Returns the NDJSON {@link #memoryNdjsonRead} reads, after the setup. */
  byte[] memory() {
    return memory.clone();
  }

  /** Returns the bytes {@link #singleReads} reads, after the setup. */
  byte[] first() {
    return first.clone();
  }
}
