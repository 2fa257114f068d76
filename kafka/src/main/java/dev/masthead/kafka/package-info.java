/**
 * Masthead content on Apache Kafka.
 *
 * <ul>
 *   <li>{@link dev.masthead.kafka.ArticleSerde}, {@link dev.masthead.kafka.TickerSerde} and {@link
 *       dev.masthead.kafka.TickerItemSerde}: Serdes, serializers and deserializers in one, on the
 *       safe reader and writer of {@link dev.masthead.json.MastheadJson}, configured with the
 *       properties of {@link dev.masthead.kafka.MastheadSerdeConfig}.
 *   <li>{@link dev.masthead.kafka.MastheadSerializationException}: a record that is malformed or
 *       invalid, with Masthead's code and JSON Pointer, and the dead-letter headers that carry them.
 *   <li>{@link dev.masthead.kafka.MastheadDeserializationExceptionHandler}: Kafka Streams' handler
 *       that routes such records to the dead-letter topic and goes on.
 *   <li>{@link dev.masthead.kafka.TickerTopology}: a live ticker kept by Kafka Streams, one {@link
 *       dev.masthead.model.Ticker} per ticker id.
 * </ul>
 */
@NullMarked
package dev.masthead.kafka;

import org.jspecify.annotations.NullMarked;
