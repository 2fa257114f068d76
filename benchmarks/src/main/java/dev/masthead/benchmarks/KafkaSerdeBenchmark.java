package dev.masthead.benchmarks;

import dev.masthead.kafka.ArticleSerde;
import dev.masthead.model.Article;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
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
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Kafka record's value, serialized and deserialized: Masthead's {@link ArticleSerde} against the
 * serializer and deserializer a Kafka user writes instead, a Jackson {@link ObjectMapper} on {@link
 * Pojos} behind Kafka's {@link Serializer} and {@link Deserializer} interfaces. The Serde reads with
 * the safe defaults, validation included; the Jackson pair validates nothing.
 *
 * <p>Both sides work on the same {@link Documents#article()}; {@link #setUp()} checks it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class KafkaSerdeBenchmark {
  private static final String TOPIC = "articles";

  private final ArticleSerde serde = new ArticleSerde();
  private final JacksonSerializer<Pojos.Article> jacksonSerializer = new JacksonSerializer<>();
  private final JacksonDeserializer<Pojos.Article> jacksonDeserializer =
      new JacksonDeserializer<>(Pojos.Article.class);

  private Article article;
  private Pojos.Article pojo;
  private byte[] record;

  /** The Kafka serializer a user writes around Jackson. */
  static final class JacksonSerializer<T> implements Serializer<T> {
    private final ObjectMapper mapper = new JsonMapper();

    @Override
    public byte[] serialize(String topic, T data) {
      return data == null ? null : mapper.writeValueAsBytes(data);
    }
  }

  /** The Kafka deserializer a user writes around Jackson. */
  static final class JacksonDeserializer<T> implements Deserializer<T> {
    private final ObjectMapper mapper = new JsonMapper();
    private final Class<T> type;

    JacksonDeserializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
      return data == null ? null : mapper.readValue(data, type);
    }
  }

  /** Builds the content and checks that both sides read and write all of it. */
  @Setup
  public void setUp() {
    article = Documents.article();
    record = Documents.articleJson();
    pojo = jacksonDeserializer.deserialize(TOPIC, record);
    if (!article.equals(mastheadDeserialize())) {
      throw new IllegalStateException("the Serde read another article");
    }
    Documents.requireSameArticle("mastheadSerialize", mastheadSerialize());
    Documents.requireSameArticle("jacksonSerialize", jacksonSerialize());
    Documents.requireSameArticle("jacksonDeserialize", jacksonSerializer.serialize(TOPIC, jacksonDeserialize()));
  }

  @Benchmark
  public byte[] mastheadSerialize() {
    return serde.serialize(TOPIC, article);
  }

  @Benchmark
  public Article mastheadDeserialize() {
    return serde.deserialize(TOPIC, record);
  }

  @Benchmark
  public byte[] jacksonSerialize() {
    return jacksonSerializer.serialize(TOPIC, pojo);
  }

  @Benchmark
  public Pojos.Article jacksonDeserialize() {
    return jacksonDeserializer.deserialize(TOPIC, record);
  }
}
