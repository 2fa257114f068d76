package dev.masthead.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles through a real Kafka broker: a KRaft broker and controller in one child JVM, started
 * from Kafka's own jars on loopback ports, on storage formatted in a temporary folder. Valid
 * articles are produced with {@link ArticleSerde} as the producer's serializer, the bad records of
 * {@link Fixtures#badArticles()} by another producer between them; a plain consumer with {@link
 * ArticleSerde} as its deserializer reads them back, sending each record it cannot read to the
 * dead-letter topic with Masthead's headers and seeking past it, as docs/kafka.md shows.
 *
 * <p>It prints the round-trip throughput (records per second, one partition) for
 * docs/performance.md; nothing here asserts on speed.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class BrokerIT {
  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final int ARTICLES = 5_000;
  private static final int MAX_RECORD = 16 * 1024 * 1024;

  @TempDir
  static Path dir;

  private static Process broker;
  private static String bootstrap;

  @BeforeAll
  static void startBroker() throws Exception {
    int port = freePort();
    int controllerPort = freePort();
    bootstrap = "127.0.0.1:" + port;
    Path config = dir.resolve("server.properties");
    Files.writeString(config, String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dir.resolve("data"),
        "num.partitions=1",
        "auto.create.topics.enable=false",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        // Large enough for the 10 MB record of the bad-input table: the reader must reject it, not the broker.
        "message.max.bytes=" + MAX_RECORD,
        "replica.fetch.max.bytes=" + MAX_RECORD,
        ""));
    Process format = java(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
        "-c", config.toString()), dir.resolve("format.log"));
    if (!format.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS) || format.exitValue() != 0) {
      format.destroyForcibly();
      throw new IllegalStateException("formatting the storage failed:\n" + Files.readString(dir.resolve("format.log")));
    }
    broker = java(List.of("kafka.Kafka", config.toString()), dir.resolve("broker.log"));
    awaitBroker();
  }

  /** Starts a JVM on the test class path, which holds Kafka's server jars in the integration profile. */
  private static Process java(List<String> mainAndArguments, Path log) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
        "-cp", classPath));
    command.addAll(mainAndArguments);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void awaitBroker() throws Exception {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000))) {
      while (true) {
        if (!broker.isAlive()) {
          throw new IllegalStateException("the broker stopped:\n" + Files.readString(dir.resolve("broker.log")));
        }
        try {
          admin.createTopics(List.of(new NewTopic("articles", 1, (short) 1),
              new NewTopic("articles.dead-letter", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
          return;
        } catch (Exception notYet) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the broker did not start in " + STARTUP + ":\n"
                + Files.readString(dir.resolve("broker.log")), notYet);
          }
          Thread.sleep(500);
        }
      }
    }
  }

  @AfterAll
  static void stopBroker() throws InterruptedException {
    if (broker != null) {
      broker.destroy();
      if (!broker.waitFor(30, TimeUnit.SECONDS)) {
        broker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void delivers_every_valid_article_equal_and_in_order_and_routes_every_bad_record() throws Exception {
    List<Fixtures.Bad> bad = Fixtures.badArticles();
    int every = ARTICLES / (bad.size() + 1);
    List<Article> sent = new ArrayList<>(ARTICLES);
    for (int n = 0; n < ARTICLES; n++) {
      sent.add(Fixtures.article(n));
    }

    long start = System.nanoTime();
    CompletableFuture<Long> producing = CompletableFuture.supplyAsync(() -> {
      produce(sent, bad, every);
      return System.nanoTime() - start;
    });
    List<Article> received = new ArrayList<>(ARTICLES);
    try (Consumer<String, Article> consumer = new KafkaConsumer<>(consumerProperties());
        Producer<byte[], byte[]> deadLetters = new KafkaProducer<>(
            producerProperties(ByteArraySerializer.class, ByteArraySerializer.class))) {
      consumer.subscribe(List.of("articles"));
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (received.size() < ARTICLES && System.nanoTime() < deadline) {
        try {
          for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(200))) {
            received.add(record.value());
          }
        } catch (RecordDeserializationException e) {
          deadLetter(e, deadLetters);
          consumer.seek(e.topicPartition(), e.offset() + 1);
        }
      }
      deadLetters.flush();
    }
    long elapsed = System.nanoTime() - start;
    long produced = producing.get(10, TimeUnit.SECONDS);

    assertThat(received).hasSize(ARTICLES);
    assertThat(received).isEqualTo(sent);
    List<ConsumerRecord<byte[], byte[]>> letters = readDeadLetters(bad.size());
    assertThat(letters).hasSize(bad.size());
    for (int i = 0; i < bad.size(); i++) {
      ConsumerRecord<byte[], byte[]> letter = letters.get(i);
      assertThat(letter.value()).as(bad.get(i).name()).isEqualTo(bad.get(i).value());
      assertThat(header(letter.headers(), MastheadSerializationException.CODE_HEADER)).isEqualTo(bad.get(i).code());
      assertThat(header(letter.headers(), MastheadSerializationException.POINTER_HEADER))
          .isEqualTo(bad.get(i).pointer());
      assertThat(header(letter.headers(), "source")).isEqualTo("another-service");
    }
    System.out.printf("BrokerIT: %d articles (%d bytes each) through one partition: all produced (acks=all) in %.2f s,"
            + " all consumed and checked in %.2f s: %.0f records/s round trip%n",
        ARTICLES, new ArticleSerde().serialize("articles", sent.get(0)).length, produced / 1e9, elapsed / 1e9,
        ARTICLES / (elapsed / 1e9));
    System.out.println("BrokerIT: load average " + loadAverage() + " (1, 5, 15 minutes) on "
        + Runtime.getRuntime().availableProcessors() + " processors");
  }

  /** Valid articles through the Serde, each bad record by a raw producer after an equal share of them. */
  private static void produce(List<Article> articles, List<Fixtures.Bad> bad, int every) {
    try (Producer<String, Article> producer = new KafkaProducer<>(producerProperties(StringSerializer.class, ArticleSerde.class));
        Producer<String, byte[]> raw = new KafkaProducer<>(producerProperties(StringSerializer.class, ByteArraySerializer.class))) {
      for (int n = 0; n < articles.size(); n++) {
        producer.send(new ProducerRecord<>("articles", articles.get(n).id(), articles.get(n)));
        int b = n / every;
        if ((n + 1) % every == 0 && b < bad.size()) {
          // Flushed on both sides, so that the partition holds them in this order.
          producer.flush();
          Headers headers = new RecordHeaders().add("source", "another-service".getBytes(StandardCharsets.UTF_8));
          raw.send(new ProducerRecord<>("articles", null, "bad-" + b, bad.get(b).value(), headers));
          raw.flush();
        }
      }
      producer.flush();
    }
  }

  /** The plain-consumer pattern of docs/kafka.md: the record as it was, with Masthead's error. */
  private static void deadLetter(RecordDeserializationException e, Producer<byte[], byte[]> deadLetters) {
    Headers headers = new RecordHeaders();
    for (Header header : e.headers()) {
      headers.add(header);
    }
    if (e.getCause() instanceof MastheadSerializationException masthead) {
      masthead.addHeadersTo(headers);
    }
    deadLetters.send(new ProducerRecord<>("articles.dead-letter", null, e.timestamp(),
        bytes(e.keyBuffer()), bytes(e.valueBuffer()), headers));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  private static List<ConsumerRecord<byte[], byte[]>> readDeadLetters(int expected) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader");
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
    try (Consumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of("articles.dead-letter"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (letters.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
      }
    }
    return letters;
  }

  private static Properties producerProperties(Class<?> keySerializer, Class<?> valueSerializer) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, keySerializer);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD);
    return properties;
  }

  private static Properties consumerProperties() {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "search-indexer");
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ArticleSerde.class);
    properties.put(MastheadSerdeConfig.VALIDATION, "well-formed");
    return properties;
  }

  /** Other work on the machine skews the figure; the load average tells a reader how much. */
  private static String loadAverage() {
    try {
      return String.join(", ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String header(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
