package dev.masthead.kafka;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * A live ticker kept by Kafka Streams: ticker items arrive on a topic keyed by ticker id, one
 * {@link Ticker} per id lives in a state store, and every change publishes the ticker readers see
 * to an output topic, keyed by the same id.
 *
 * <p>{@code new KafkaStreams(TickerTopology.builder("ticker-items", "tickers").build(), props)}
 *
 * <p>The rules are Masthead's: an item joins with {@link Ticker#plus(TickerItem, int)} (the same
 * id replaces, the capacity drops the least important), items are in display order (priority, then
 * newest first), and the published ticker is {@link Ticker#activeAt(Instant)}: items not yet
 * published wait in the store, expired ones are removed from it. Time is either stream time (the
 * record timestamps; nothing expires while no records arrive) or wall-clock time, checked by a
 * punctuation at a fixed interval; the published ticker's {@code updatedAt} is that time.
 *
 * <p>A record with a null value is skipped. A key that is not a valid ticker id fails processing
 * with an {@link dev.masthead.validation.InvalidContentException}, for Kafka Streams' processing
 * exception handler. Items that cannot be read go to the deserialization exception handler, such
 * as {@link MastheadDeserializationExceptionHandler}.
 *
 * <p>This class only builds topologies; it holds no state.
 */
public final class TickerTopology {
  private TickerTopology() {}

  /**
   * Returns a builder of the topology.
   *
   * @param itemsTopic the topic of ticker items, keyed by ticker id
   * @param tickersTopic the topic the current tickers are published to, keyed by ticker id; best
   *     compacted
   * @return a builder with the defaults: label "News Ticker", capacity {@value Ticker#MAX_ITEMS},
   *     wall-clock expiry every 10 seconds, store {@code masthead-tickers}, the standard reader
   */
  public static Builder builder(String itemsTopic, String tickersTopic) {
    return new Builder(itemsTopic, tickersTopic);
  }

  /**
   * The settings of a ticker topology. A builder is mutable and not thread-safe; {@link #build()}
   * may be called more than once.
   */
  public static final class Builder {
    private final String itemsTopic;
    private final String tickersTopic;
    private String label = "News Ticker";
    private int capacity = Ticker.MAX_ITEMS;
    private PunctuationType time = PunctuationType.WALL_CLOCK_TIME;
    private Duration interval = Duration.ofSeconds(10);
    private String storeName = "masthead-tickers";
    private MastheadJson json = MastheadJson.standard();

    private Builder(String itemsTopic, String tickersTopic) {
      this.itemsTopic = topic(itemsTopic, "itemsTopic");
      this.tickersTopic = topic(tickersTopic, "tickersTopic");
    }

    private static String topic(String name, String what) {
      if (Objects.requireNonNull(name, what).isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return name;
    }

    /**
     * Sets the label of every new ticker; "News Ticker" by default.
     *
     * @param label the label, 1 to 100 code points, single line
     * @return this builder
     * @throws dev.masthead.validation.InvalidContentException if the label is not well-formed
     */
    public Builder label(String label) {
      Ticker.of("ticker", label);
      this.label = label;
      return this;
    }

    /**
     * Sets the most items a ticker keeps; {@value Ticker#MAX_ITEMS} by default.
     *
     * @param capacity 1 to {@value Ticker#MAX_ITEMS}
     * @return this builder
     * @throws IllegalArgumentException if {@code capacity} is out of range
     */
    public Builder capacity(int capacity) {
      if (capacity < 1 || capacity > Ticker.MAX_ITEMS) {
        throw new IllegalArgumentException("capacity must be between 1 and " + Ticker.MAX_ITEMS);
      }
      this.capacity = capacity;
      return this;
    }

    /**
     * Sets which time the ticker follows and how often expiry is checked: {@link
     * PunctuationType#STREAM_TIME} (the record timestamps) or {@link
     * PunctuationType#WALL_CLOCK_TIME} (the default, every 10 seconds).
     *
     * @param time the kind of time
     * @param interval how often items are checked for expiry, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is not positive
     */
    public Builder expiry(PunctuationType time, Duration interval) {
      Objects.requireNonNull(time, "time");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("interval must be positive");
      }
      this.time = time;
      this.interval = interval;
      return this;
    }

    /**
     * Sets the name of the state store, which also names its changelog topic; {@code
     * masthead-tickers} by default.
     *
     * @param storeName the name
     * @return this builder
     */
    public Builder storeName(String storeName) {
      this.storeName = topic(storeName, "storeName");
      return this;
    }

    /**
     * Sets the reader and writer of items, tickers and the store; {@link MastheadJson#standard()}
     * by default.
     *
     * @param json the reader and writer
     * @return this builder
     */
    public Builder json(MastheadJson json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * Adds the ticker to an application's own topology.
     *
     * @param streams the application's builder
     * @return {@code streams}
     */
    public StreamsBuilder addTo(StreamsBuilder streams) {
      TickerSerde tickers = new TickerSerde(json);
      streams.addStateStore(
          Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(), tickers));
      String store = storeName;
      String tickerLabel = label;
      int max = capacity;
      PunctuationType kind = time;
      Duration every = interval;
      streams.stream(itemsTopic, Consumed.with(Serdes.String(), new TickerItemSerde(json)))
          .process(() -> new TickerProcessor(store, tickerLabel, max, kind, every), store)
          .to(tickersTopic, Produced.with(Serdes.String(), tickers));
      return streams;
    }

    /**
     * Returns the topology.
     *
     * @return a new topology
     */
    public Topology build() {
      return addTo(new StreamsBuilder()).build();
    }
  }

  /** Keeps one ticker per key in the store and forwards what readers see after each change. */
  private static final class TickerProcessor implements Processor<String, TickerItem, String, Ticker> {
    private final String storeName;
    private final String label;
    private final int capacity;
    private final PunctuationType time;
    private final Duration interval;
    private @Nullable ProcessorContext<String, Ticker> context;
    private @Nullable KeyValueStore<String, Ticker> store;
    /** The time of the last expiry check; null until the first, which publishes every ticker. */
    private @Nullable Instant lastCheck;

    TickerProcessor(String storeName, String label, int capacity, PunctuationType time, Duration interval) {
      this.storeName = storeName;
      this.label = label;
      this.capacity = capacity;
      this.time = time;
      this.interval = interval;
    }

    @Override
    public void init(ProcessorContext<String, Ticker> context) {
      this.context = context;
      this.store = context.getStateStore(storeName);
      context.schedule(interval, time, this::expire);
    }

    @Override
    public void process(Record<String, TickerItem> record) {
      TickerItem item = record.value();
      if (item == null) {
        return;
      }
      KeyValueStore<String, Ticker> tickers = Objects.requireNonNull(store);
      Instant now = Instant.ofEpochMilli(time == PunctuationType.STREAM_TIME
          ? Math.max(record.timestamp(), context().currentStreamTimeMs())
          : context().currentSystemTimeMs());
      Ticker stored = tickers.get(record.key());
      Ticker current = stored == null ? Ticker.of(record.key(), label) : stored;
      Ticker next = withoutExpired(current.plus(item, capacity), now).withUpdatedAt(now);
      tickers.put(record.key(), next);
      context().forward(record.withValue(next.activeAt(now)));
    }

    private void expire(long timestamp) {
      KeyValueStore<String, Ticker> tickers = Objects.requireNonNull(store);
      Instant now = Instant.ofEpochMilli(timestamp);
      Instant last = lastCheck;
      lastCheck = now;
      List<KeyValue<String, Ticker>> changed = new ArrayList<>();
      try (KeyValueIterator<String, Ticker> all = tickers.all()) {
        while (all.hasNext()) {
          KeyValue<String, Ticker> entry = all.next();
          Ticker pruned = withoutExpired(entry.value, now);
          if (pruned != entry.value || last == null || appeared(pruned, last, now)) {
            changed.add(KeyValue.pair(entry.key, pruned.withUpdatedAt(now)));
          }
        }
      }
      for (KeyValue<String, Ticker> entry : changed) {
        tickers.put(entry.key, entry.value);
        context().forward(new Record<>(entry.key, entry.value.activeAt(now), timestamp));
      }
    }

    private ProcessorContext<String, Ticker> context() {
      return Objects.requireNonNull(context);
    }

    /** Removes the items that have expired by {@code now}; future items stay until their time. */
    private static Ticker withoutExpired(Ticker ticker, Instant now) {
      Ticker kept = ticker;
      for (TickerItem item : ticker.items()) {
        if (item.expiresAt() != null && !now.isBefore(item.expiresAt())) {
          kept = kept.minus(item.id());
        }
      }
      return kept;
    }

    /** Whether an item was published after {@code last} and by {@code now}, so readers now see it. */
    private static boolean appeared(Ticker ticker, Instant last, Instant now) {
      for (TickerItem item : ticker.items()) {
        if (item.publishedAt().isAfter(last) && !item.publishedAt().isAfter(now)) {
          return true;
        }
      }
      return false;
    }
  }
}
