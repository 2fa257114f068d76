package dev.masthead.kafka;

import static dev.masthead.kafka.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Kafka Streams application that republishes articles, with the handler and Kafka Streams' own
 * dead-letter topic configured: bad records must reach the dead-letter topic with their code and
 * pointer, and every valid record must go on, in order.
 */
class MastheadDeserializationExceptionHandlerTest {
  private static final String DEAD_LETTER = "articles.dead-letter";

  @TempDir
  Path stateDir;

  static List<Fixtures.Bad> badArticles() {
    return Fixtures.badArticles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArticles")
  void routes_a_bad_record_to_the_dead_letter_topic_and_goes_on(Fixtures.Bad bad) {
    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<String, byte[]> articles =
          driver.createInputTopic("articles", new StringSerializer(), new ByteArraySerializer());
      ArticleSerde serde = new ArticleSerde();

      articles.pipeInput("a1", serde.serialize("articles", Fixtures.article(1)));
      articles.pipeInput(new TestRecord<>("poison", bad.value(),
          new RecordHeaders().add("trace-id", utf8("abc")), 1_000L));
      articles.pipeInput("a2", serde.serialize("articles", Fixtures.article(2)));

      assertThat(published(driver)).containsExactly(Fixtures.article(1), Fixtures.article(2));
      List<TestRecord<byte[], byte[]>> dead = deadLetters(driver);
      assertThat(dead).hasSize(1);
      TestRecord<byte[], byte[]> letter = dead.get(0);
      assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
      assertThat(letter.value()).isEqualTo(bad.value());
      assertThat(letter.timestamp()).isEqualTo(1_000L);
      assertThat(header(letter, "trace-id")).isEqualTo("abc");
      assertThat(header(letter, MastheadSerializationException.CODE_HEADER)).isEqualTo(bad.code());
      assertThat(header(letter, MastheadSerializationException.POINTER_HEADER)).isEqualTo(bad.pointer());
      assertThat(header(letter, MastheadDeserializationExceptionHandler.EXCEPTION_HEADER))
          .isEqualTo(MastheadSerializationException.class.getName());
      assertThat(header(letter, MastheadDeserializationExceptionHandler.TOPIC_HEADER)).isEqualTo("articles");
      assertThat(header(letter, MastheadDeserializationExceptionHandler.OFFSET_HEADER)).isEqualTo("1");
      assertThat(header(letter, MastheadDeserializationExceptionHandler.MESSAGE_HEADER))
          .startsWith("record value of topic articles: ");
    }
  }

  @Test
  void keeps_every_valid_record_in_order_among_many_bad_ones() {
    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<String, byte[]> articles =
          driver.createInputTopic("articles", new StringSerializer(), new ByteArraySerializer());
      ArticleSerde serde = new ArticleSerde();
      List<Article> sent = new ArrayList<>();
      int n = 0;
      for (Fixtures.Bad bad : Fixtures.badArticles()) {
        Article article = Fixtures.article(++n);
        sent.add(article);
        articles.pipeInput(article.id(), serde.serialize("articles", article));
        articles.pipeInput("poison", bad.value());
      }

      assertThat(published(driver)).containsExactlyElementsOf(sent);
      assertThat(deadLetters(driver)).extracting(letter -> header(letter, MastheadSerializationException.CODE_HEADER))
          .containsExactlyElementsOf(Fixtures.badArticles().stream().map(Fixtures.Bad::code).toList());
    }
  }

  @Test
  void routes_a_key_that_cannot_be_read_without_masthead_headers() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("articles", Consumed.with(Serdes.Integer(), new ArticleSerde()))
        .to("published", Produced.with(Serdes.Integer(), new ArticleSerde()));
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties())) {
      TestInputTopic<String, byte[]> articles =
          driver.createInputTopic("articles", new StringSerializer(), new ByteArraySerializer());
      articles.pipeInput("not four bytes", new ArticleSerde().serialize("articles", Fixtures.article(1)));

      List<TestRecord<byte[], byte[]>> dead = deadLetters(driver);
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).headers().lastHeader(MastheadSerializationException.CODE_HEADER)).isNull();
      assertThat(header(dead.get(0), MastheadDeserializationExceptionHandler.EXCEPTION_HEADER))
          .isEqualTo("org.apache.kafka.common.errors.SerializationException");
    }
  }

  @Test
  void requires_a_dead_letter_topic() {
    MastheadDeserializationExceptionHandler handler = new MastheadDeserializationExceptionHandler();

    assertThatThrownBy(() -> handler.configure(Map.of("application.id", "app")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("errors.dead.letter.queue.topic.name must name the dead-letter topic of "
            + "MastheadDeserializationExceptionHandler");
  }

  private TopologyTestDriver driver() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("articles", Consumed.with(Serdes.String(), new ArticleSerde()))
        .to("published", Produced.with(Serdes.String(), new ArticleSerde()));
    return new TopologyTestDriver(builder.build(), properties());
  }

  private Properties properties() {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "republisher");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        MastheadDeserializationExceptionHandler.class);
    properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DEAD_LETTER);
    return properties;
  }

  private static List<Article> published(TopologyTestDriver driver) {
    TestOutputTopic<String, Article> published =
        driver.createOutputTopic("published", new StringDeserializer(), new ArticleSerde());
    return published.readValuesToList();
  }

  private static List<TestRecord<byte[], byte[]>> deadLetters(TopologyTestDriver driver) {
    return driver.createOutputTopic(DEAD_LETTER, new ByteArrayDeserializer(), new ByteArrayDeserializer())
        .readRecordsToList();
  }

  static String header(TestRecord<byte[], byte[]> record, String key) {
    Header header = record.headers().lastHeader(key);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
