package dev.masthead.benchmarks;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
import dev.masthead.json.MastheadJson;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Paragraph;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * Reading, writing and validating one article: Masthead against plain Jackson data binding on
 * {@link Pojos} (what an application writes today) and against hand-written {@link Streaming} code
 * (the practical upper bound), and against DSL-JSON, the fastest JSON library on the JVM, with
 * converters its annotation processor compiled for the same {@link Pojos}.
 *
 * <p>Every variant works on the same {@link Documents#article()} and the same bytes; {@link
 * #setUp()} proves it before anything is measured, so that no variant wins by doing less.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ReadWriteBenchmark {
  private final MastheadJson json = MastheadJson.standard();
  private final MastheadJson unvalidated = MastheadJson.builder().withoutValidation().build();
  private final MastheadValidator validator = MastheadValidator.standard();
  private final JsonMapper mapper = new JsonMapper();
  /**
   * DSL-JSON finds the converters compiled for {@link Pojos} by their names; the runtime part
   * supplies its list converters; absent and empty values are omitted, also inside the blocks,
   * which DSL-JSON writes through the {@code type} discriminator's converter.
   */
  private final DslJson<Object> dslJson =
      new DslJson<>(Settings.withRuntime().includeServiceLoader().skipDefaultValues(true));
  /** DSL-JSON's writers and readers are reused per thread, as its documentation advises. */
  private final ThreadLocal<JsonWriter> dslJsonWriter = ThreadLocal.withInitial(dslJson::newWriter);
  private final ThreadLocal<JsonReader<Object>> dslJsonReader = ThreadLocal.withInitial(dslJson::newReader);
  private final JsonWriter.WriteObject<Pojos.Article> dslJsonArticleWriter = compiled(dslJson.tryFindWriter(Pojos.Article.class));
  private final JsonReader.ReadObject<Pojos.Article> dslJsonArticleReader = compiled(dslJson.tryFindReader(Pojos.Article.class));

  private Article article;
  private byte[] articleJson;
  private Pojos.Article pojo;

  /** Builds the content and checks that every variant reads and writes all of it. */
  @Setup
  public void setUp() {
    article = Documents.article();
    articleJson = Documents.articleJson();
    pojo = mapper.readValue(articleJson, Pojos.Article.class);

    requireSame("mastheadRead", article, mastheadRead());
    requireSame("mastheadReadValidated", article, mastheadReadValidated());
    requireSame("pojoRead", article, pojoRead());
    requireSame("streamingRead", article, streamingRead());
    requireSameContent("dslJsonRead", pojo, dslJsonRead());
    Documents.requireSameArticle("mastheadWrite", mastheadWrite());
    Documents.requireSameArticle("pojoWrite", pojoWrite());
    Documents.requireSameArticle("streamingWrite", streamingWrite());
    requireSameBytes("dslJsonWrite", mastheadWrite(), dslJsonWrite());
    if (!mastheadValidate().isEmpty() || !mastheadValidatePublishable().isEmpty()) {
      throw new IllegalStateException("the article must be well-formed and publishable");
    }
  }

  @Benchmark
  public byte[] mastheadWrite() {
    return json.writeBytes(article);
  }

  @Benchmark
  public Article mastheadRead() {
    return unvalidated.readArticle(articleJson);
  }

  @Benchmark
  public Article mastheadReadValidated() {
    return json.readArticle(articleJson);
  }

  @Benchmark
  public List<Violation> mastheadValidate() {
    return validator.validate(article);
  }

  @Benchmark
  public List<Violation> mastheadValidatePublishable() {
    return validator.validatePublishable(article);
  }

  @Benchmark
  public byte[] pojoWrite() {
    return mapper.writeValueAsBytes(pojo);
  }

  @Benchmark
  public Pojos.Article pojoRead() {
    return mapper.readValue(articleJson, Pojos.Article.class);
  }

  @Benchmark
  public byte[] streamingWrite() {
    return Streaming.write(pojo);
  }

  @Benchmark
  public Pojos.Article streamingRead() {
    return Streaming.read(articleJson);
  }

  @Benchmark
  public byte[] dslJsonWrite() {
    JsonWriter writer = dslJsonWriter.get();
    writer.reset();
    dslJsonArticleWriter.write(writer, pojo);
    return writer.toByteArray();
  }

  @Benchmark
  public Pojos.Article dslJsonRead() {
    JsonReader<Object> reader = dslJsonReader.get().process(articleJson, articleJson.length);
    try {
      reader.getNextToken();
      return dslJsonArticleReader.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T compiled(T converter) {
    if (converter == null) {
      throw new IllegalStateException("DSL-JSON found no converter compiled for Pojos.Article");
    }
    return converter;
  }

  /** The peer must write Masthead's very bytes, or the two writers do not do the same work. */
  static void requireSameBytes(String variant, byte[] expected, byte[] actual) {
    int at = Arrays.mismatch(expected, actual);
    if (at >= 0) {
      throw new IllegalStateException(variant + " wrote other bytes than mastheadWrite: first difference at byte " + at
          + " of " + expected.length + " (" + actual.length + " written), expected ..." + excerpt(expected, at)
          + "... but was ..." + excerpt(actual, at) + "...");
    }
  }

  private static String excerpt(byte[] bytes, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(bytes.length, at + 40);
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * The peer must read the same content as Jackson data binding: both POJOs, written by the same
   * Jackson mapper, must give the same bytes.
   */
  private void requireSameContent(String variant, Pojos.Article expected, Pojos.Article actual) {
    requireSameBytes(variant + " (written back by Jackson, against pojoRead's result)",
        mapper.writeValueAsBytes(expected), mapper.writeValueAsBytes(actual));
    requireSame(variant, article, actual);
  }

  private static void requireSame(String variant, Article expected, Article actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(variant + " read another article");
    }
  }

  /**
   * Compares what a reader of each kind sees first, then the whole content: the POJOs written back
   * by data binding must read, through Masthead, as the very same article.
   */
  private void requireSame(String variant, Article expected, Pojos.Article actual) {
    boolean same =
        expected.headline().equals(actual.getHeadline())
            && expected.body().size() == actual.getBody().size()
            && paragraphs(expected) == actual.getBody().stream().filter(Pojos.Paragraph.class::isInstance).count()
            && expected.authors().stream().map(Author::name).toList()
                .equals(actual.getAuthors().stream().map(Pojos.Author::getName).toList())
            && Objects.equals(expected.publishedAt(), actual.getPublishedAt())
            && Objects.equals(expected.updatedAt(), actual.getUpdatedAt())
            && Objects.equals(expected.embargoedUntil(), actual.getEmbargoedUntil())
            && Objects.equals(expected.expiresAt(), actual.getExpiresAt());
    if (!same) {
      throw new IllegalStateException(variant + " read another article");
    }
    Documents.requireSameArticle(variant, mapper.writeValueAsBytes(actual));
  }

  private static long paragraphs(Article article) {
    return article.body().stream().filter(Paragraph.class::isInstance).count();
  }
}
