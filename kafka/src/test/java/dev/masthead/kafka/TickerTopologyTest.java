package dev.masthead.kafka;

import static dev.masthead.kafka.Fixtures.NOON;
import static dev.masthead.kafka.Fixtures.item;
import static dev.masthead.kafka.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.validation.InvalidContentException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickerTopologyTest {
  private static final Duration HOUR = Duration.ofHours(1);

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, TickerItem> items;
  private TestOutputTopic<String, Ticker> tickers;

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  private void start(TickerTopology.Builder builder, Instant wallClock) {
    Topology topology = builder.build();
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "live-ticker");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        MastheadDeserializationExceptionHandler.class);
    properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "ticker-items.dead-letter");
    driver = new TopologyTestDriver(topology, properties, wallClock);
    items = driver.createInputTopic("ticker-items", new StringSerializer(), new TickerItemSerde());
    tickers = driver.createOutputTopic("tickers", new StringDeserializer(), new TickerSerde());
  }

  private void startOnStreamTime(TickerTopology.Builder builder) {
    start(builder.expiry(PunctuationType.STREAM_TIME, Duration.ofMinutes(1)), NOON);
  }

  private static TickerTopology.Builder topology() {
    return TickerTopology.builder("ticker-items", "tickers");
  }

  private void send(String ticker, TickerItem item) {
    items.pipeInput(ticker, item, item.publishedAt());
  }

  private Ticker last(String ticker) {
    return tickers.readKeyValuesToMap().get(ticker);
  }

  @Test
  void publishes_the_ticker_after_each_item_in_priority_then_recency_order() {
    startOnStreamTime(topology());

    send("home", item("t1", TickerPriority.NORMAL, NOON, HOUR));
    send("home", item("t2", TickerPriority.BREAKING, NOON.plusSeconds(60), HOUR));
    send("home", item("t3", TickerPriority.NORMAL, NOON.plusSeconds(120), HOUR));

    List<KeyValue<String, Ticker>> published = tickers.readKeyValuesToList();
    assertThat(published).extracting(entry -> entry.key).containsOnly("home");
    assertThat(published).extracting(entry -> entry.value.items().size()).containsSubsequence(1, 2, 3);
    Ticker ticker = published.get(published.size() - 1).value;
    assertThat(ticker.items()).extracting(TickerItem::id).containsExactly("t2", "t3", "t1");
    assertThat(ticker.id()).isEqualTo("home");
    assertThat(ticker.label()).isEqualTo("News Ticker");
    assertThat(ticker.updatedAt()).isEqualTo(NOON.plusSeconds(120));
  }

  @Test
  void replaces_an_item_with_the_same_id() {
    startOnStreamTime(topology());

    send("home", item("t1", TickerPriority.NORMAL, NOON, HOUR));
    send("home", item("t1", TickerPriority.NORMAL, NOON, HOUR).toBuilder().headline("Budget passes").build());

    assertThat(last("home").items()).extracting(TickerItem::headline).containsExactly("Budget passes");
  }

  @Test
  void keeps_the_capacity_by_dropping_the_least_important() {
    startOnStreamTime(topology().capacity(2));

    send("home", item("old", TickerPriority.NORMAL, NOON, HOUR));
    send("home", item("new", TickerPriority.NORMAL, NOON.plusSeconds(10), HOUR));
    send("home", item("flash", TickerPriority.BREAKING, NOON.plusSeconds(5), HOUR));

    assertThat(last("home").items()).extracting(TickerItem::id).containsExactly("flash", "new");
    KeyValueStore<String, Ticker> store = driver.getKeyValueStore("masthead-tickers");
    assertThat(store.get("home").items()).extracting(TickerItem::id).containsExactly("flash", "new");
  }

  @Test
  void keeps_one_ticker_per_key() {
    startOnStreamTime(topology().label("Live"));

    send("home", item("h1", TickerPriority.NORMAL, NOON, HOUR));
    send("sport", item("s1", TickerPriority.URGENT, NOON.plusSeconds(1), HOUR));

    Map<String, Ticker> published = tickers.readKeyValuesToMap();
    assertThat(published.get("home").items()).extracting(TickerItem::id).containsExactly("h1");
    assertThat(published.get("sport").items()).extracting(TickerItem::id).containsExactly("s1");
    assertThat(published.get("sport").label()).isEqualTo("Live");
  }

  @Test
  void expires_items_as_stream_time_passes() {
    startOnStreamTime(topology());

    send("home", item("short", TickerPriority.BREAKING, NOON, Duration.ofMinutes(5)));
    send("home", item("long", TickerPriority.NORMAL, NOON, HOUR));
    assertThat(last("home").items()).extracting(TickerItem::id).containsExactly("short", "long");

    send("sport", item("s1", TickerPriority.NORMAL, NOON.plus(Duration.ofMinutes(10)), HOUR));

    Ticker home = last("home");
    assertThat(home.items()).extracting(TickerItem::id).containsExactly("long");
    assertThat(home.updatedAt()).isAfterOrEqualTo(NOON.plus(Duration.ofMinutes(5)));
    KeyValueStore<String, Ticker> store = driver.getKeyValueStore("masthead-tickers");
    assertThat(store.get("home").items()).extracting(TickerItem::id).containsExactly("long");
  }

  @Test
  void expires_items_by_the_wall_clock_with_no_new_records() {
    start(topology().expiry(PunctuationType.WALL_CLOCK_TIME, Duration.ofSeconds(10)), NOON);

    send("home", item("short", TickerPriority.BREAKING, NOON, Duration.ofMinutes(5)));
    send("home", item("long", TickerPriority.NORMAL, NOON, HOUR));
    assertThat(last("home").items()).hasSize(2);

    driver.advanceWallClockTime(Duration.ofMinutes(6));

    Ticker home = last("home");
    assertThat(home.items()).extracting(TickerItem::id).containsExactly("long");
    assertThat(home.updatedAt()).isAfterOrEqualTo(NOON.plus(Duration.ofMinutes(5)));
  }

  @Test
  void holds_an_item_published_in_the_future_until_its_time() {
    start(topology().expiry(PunctuationType.WALL_CLOCK_TIME, Duration.ofSeconds(10)), NOON);

    items.pipeInput("home", item("later", TickerPriority.URGENT, NOON.plus(Duration.ofMinutes(5)), HOUR), NOON);
    assertThat(last("home").items()).isEmpty();
    KeyValueStore<String, Ticker> store = driver.getKeyValueStore("masthead-tickers");
    assertThat(store.get("home").items()).extracting(TickerItem::id).containsExactly("later");

    driver.advanceWallClockTime(Duration.ofMinutes(6));

    assertThat(last("home").items()).extracting(TickerItem::id).containsExactly("later");
  }

  @Test
  void routes_bad_items_to_the_dead_letter_topic_and_keeps_the_good_ones_in_order() {
    startOnStreamTime(topology());
    TestInputTopic<String, byte[]> raw =
        driver.createInputTopic("ticker-items", new StringSerializer(), new ByteArraySerializer());
    TickerItemSerde serde = new TickerItemSerde();

    raw.pipeInput("home", serde.serialize("ticker-items", item("t1", TickerPriority.NORMAL, NOON, HOUR)),
        NOON);
    raw.pipeInput("home", utf8("{\"id\":\"t2\",\"headline\":\"\",\"publishedAt\":\"2024-05-01T12:00:00Z\"}"),
        NOON);
    raw.pipeInput("home", utf8("{\"id\":"), NOON);
    raw.pipeInput("home",
        serde.serialize("ticker-items", item("t3", TickerPriority.NORMAL, NOON.plusSeconds(1), HOUR)),
        NOON.plusSeconds(1));

    List<List<String>> published = tickers.readValuesToList().stream()
        .map(ticker -> ticker.items().stream().map(TickerItem::id).toList()).toList();
    assertThat(published).first().isEqualTo(List.of("t1"));
    assertThat(published).last().isEqualTo(List.of("t3", "t1"));
    assertThat(published).allMatch(ids -> !ids.contains("t2"));
    assertThat(driver.createOutputTopic("ticker-items.dead-letter", new StringDeserializer(), new StringDeserializer())
            .readRecordsToList())
        .extracting(record -> new String(
            record.headers().lastHeader(MastheadSerializationException.CODE_HEADER).value(),
            java.nio.charset.StandardCharsets.UTF_8))
        .containsExactly("blank", "syntax");
  }

  @Test
  void skips_a_record_without_a_value() {
    startOnStreamTime(topology());

    items.pipeInput("home", (TickerItem) null, NOON);

    assertThat(tickers.isEmpty()).isTrue();
  }

  @Test
  void fails_processing_of_a_key_that_is_not_a_ticker_id() {
    startOnStreamTime(topology());

    assertThatThrownBy(() -> send("../home", item("t1", TickerPriority.NORMAL, NOON, HOUR)))
        .isInstanceOf(StreamsException.class)
        .hasRootCauseInstanceOf(InvalidContentException.class);
  }

  @Test
  void checks_its_settings() {
    assertThatThrownBy(() -> topology().capacity(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("capacity must be between 1 and 200");
    assertThatThrownBy(() -> topology().expiry(PunctuationType.STREAM_TIME, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must be positive");
    assertThatThrownBy(() -> topology().label(" "))
        .isInstanceOf(InvalidContentException.class).hasMessageContaining("/label");
    assertThatThrownBy(() -> TickerTopology.builder(" ", "tickers"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("itemsTopic must not be blank");
  }
}
