/**
 * Masthead content on Apache Kafka: Serdes on the safe reader and writer, dead-letter routing of
 * records that are malformed or invalid, and a Kafka Streams live ticker.
 *
 * <p>Kafka publishes no module descriptors: {@code kafka.clients} and {@code kafka.streams} are the
 * automatic modules of its jars.
 */
// Kafka's jars are automatic modules: Kafka publishes no descriptors, and its types are this module's API.
@SuppressWarnings("requires-automatic")
module dev.masthead.kafka {
  requires transitive dev.masthead.serialization;
  requires transitive kafka.clients;
  requires transitive kafka.streams;

  exports dev.masthead.kafka;
}
