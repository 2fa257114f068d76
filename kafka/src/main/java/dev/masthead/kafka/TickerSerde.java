package dev.masthead.kafka;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Ticker;
import java.util.Objects;

/**
 * The Kafka Serde, serializer and deserializer of tickers on the Masthead wire format.
 *
 * <p>{@code builder.table("tickers", Consumed.with(Serdes.String(), new TickerSerde()))}
 *
 * <p>See {@link MastheadSerde} for what it checks and how it is configured. It is thread-safe once
 * configured.
 */
public final class TickerSerde extends MastheadSerde<Ticker> {
  /** Creates a Serde with the safe defaults, which {@link #configure} replaces. */
  public TickerSerde() {
    super(Ticker.class, null);
  }

  /**
   * Creates a Serde that reads and writes with {@code json}, whatever the configuration says.
   *
   * @param json the reader and writer
   */
  public TickerSerde(MastheadJson json) {
    super(Ticker.class, Objects.requireNonNull(json, "json"));
  }
}
