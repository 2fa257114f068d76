package dev.masthead.kafka;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.TickerItem;
import java.util.Objects;

/**
 * The Kafka Serde, serializer and deserializer of ticker items on the Masthead wire format.
 *
 * <p>{@code builder.stream("ticker-items", Consumed.with(Serdes.String(), new TickerItemSerde()))}
 *
 * <p>See {@link MastheadSerde} for what it checks and how it is configured. It is thread-safe once
 * configured.
 */
public final class TickerItemSerde extends MastheadSerde<TickerItem> {
  /** Creates a Serde with the safe defaults, which {@link #configure} replaces. */
  public TickerItemSerde() {
    super(TickerItem.class, null);
  }

  /**
   * Creates a Serde that reads and writes with {@code json}, whatever the configuration says.
   *
   * @param json the reader and writer
   */
  public TickerItemSerde(MastheadJson json) {
    super(TickerItem.class, Objects.requireNonNull(json, "json"));
  }
}
