package dev.masthead.kafka;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadJson;
import dev.masthead.validation.InvalidContentException;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka {@link Serde} of one Masthead type on the wire format, which is its own {@link Serializer}
 * and {@link Deserializer}: {@link ArticleSerde}, {@link TickerSerde} or {@link TickerItemSerde}.
 *
 * <p>{@code props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ArticleSerde.class)}
 *
 * <p>Deserializing reads with {@link MastheadJson}, safely: limits, strict types, validation at the
 * configured level. A record it cannot accept raises a {@link MastheadSerializationException} with
 * Masthead's code and pointer, never a partly built value; a null record (a tombstone) reads as
 * null. Serializing writes the compact wire format as UTF-8 and does not validate again: every value
 * from a builder, a factory or the reader is well-formed.
 *
 * <p>Created without arguments, as Kafka does from a class name, it reads with the safe defaults
 * until {@link #configure(Map, boolean)} applies the properties of {@link MastheadSerdeConfig}.
 * Created with a {@link MastheadJson}, it keeps that one and ignores the properties.
 *
 * <p>This class is thread-safe once configured; configure it before use.
 *
 * @param <T> the Masthead type
 */
public abstract sealed class MastheadSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T>
    permits ArticleSerde, TickerSerde, TickerItemSerde {
  private final Class<T> type;
  private final boolean configurable;
  private volatile MastheadJson json;
  private volatile boolean key;

  MastheadSerde(Class<T> type, @Nullable MastheadJson json) {
    this.type = type;
    this.configurable = json == null;
    this.json = json == null ? MastheadJson.standard() : json;
  }

  /**
   * Applies the Masthead properties of a client's configuration ({@link MastheadSerdeConfig}),
   * unless this Serde was created with its own {@link MastheadJson}.
   *
   * @param configs the client's configuration
   * @param isKey whether this Serde reads and writes keys
   * @throws org.apache.kafka.common.config.ConfigException if a Masthead property has a wrong value
   */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Objects.requireNonNull(configs, "configs");
    if (configurable) {
      json = JsonSettings.toJson(new MastheadSerdeConfig(configs));
    }
    key = isKey;
  }

  /**
   * Returns the reader and writer in use.
   *
   * @return the configured instance
   */
  public MastheadJson json() {
    return json;
  }

  /**
   * Writes a value as the compact wire format in UTF-8.
   *
   * @param topic the topic
   * @param data the value, or null
   * @return the bytes, or null for a null value
   */
  @Override
  public byte @Nullable [] serialize(@Nullable String topic, @Nullable T data) {
    return data == null ? null : json.writeBytes(data);
  }

  /**
   * Reads a value.
   *
   * @param topic the topic
   * @param data the bytes, or null
   * @return the value, validated at the configured level, or null for null bytes
   * @throws MastheadSerializationException if the record is malformed or invalid
   */
  @Override
  public @Nullable T deserialize(@Nullable String topic, byte @Nullable [] data) {
    if (data == null) {
      return null;
    }
    try {
      return json.reader(type).read(data);
    } catch (MalformedJsonException e) {
      throw MastheadSerializationException.malformed(topic, key, e);
    } catch (InvalidContentException e) {
      throw MastheadSerializationException.invalid(topic, key, e);
    }
  }

  /**
   * Returns this Serde, which is its own serializer.
   *
   * @return this
   */
  @Override
  public Serializer<T> serializer() {
    return this;
  }

  /**
   * Returns this Serde, which is its own deserializer.
   *
   * @return this
   */
  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  /** Holds nothing to release. */
  @Override
  public void close() {}
}
