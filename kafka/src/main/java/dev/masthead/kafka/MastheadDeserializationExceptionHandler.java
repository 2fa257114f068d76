package dev.masthead.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.jspecify.annotations.Nullable;

/**
 * Kafka Streams' handler of records that cannot be read: it sends each, unchanged, to the
 * dead-letter topic named by {@code errors.dead.letter.queue.topic.name} (Kafka Streams' own
 * dead-letter support) and goes on with the next record, so that a poison record never stops the
 * application and nothing after it is lost.
 *
 * <pre>{@code
 * props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, MastheadDeserializationExceptionHandler.class);
 * props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dead-letter");
 * }</pre>
 *
 * <p>The dead-letter record keeps the original key, value, timestamp and headers, and adds the
 * headers Kafka Streams' own handlers write ({@code __streams.errors.exception}, {@code
 * .message}, {@code .topic}, {@code .partition}, {@code .offset}) and, when the failure is a {@link
 * MastheadSerializationException}, Masthead's code, pointer, line and column ({@link
 * MastheadSerializationException#addHeadersTo(Headers)}).
 *
 * <p>This class is thread-safe once configured.
 */
public final class MastheadDeserializationExceptionHandler implements DeserializationExceptionHandler {
  /** The header naming the exception's class, as Kafka Streams writes it. */
  public static final String EXCEPTION_HEADER = "__streams.errors.exception";
  /** The header holding the exception's message, as Kafka Streams writes it. */
  public static final String MESSAGE_HEADER = "__streams.errors.message";
  /** The header naming the record's topic, as Kafka Streams writes it. */
  public static final String TOPIC_HEADER = "__streams.errors.topic";
  /** The header holding the record's partition, as Kafka Streams writes it. */
  public static final String PARTITION_HEADER = "__streams.errors.partition";
  /** The header holding the record's offset, as Kafka Streams writes it. */
  public static final String OFFSET_HEADER = "__streams.errors.offset";

  private volatile @Nullable String deadLetterTopic;

  /** Creates a handler, which Kafka Streams configures. */
  public MastheadDeserializationExceptionHandler() {}

  /**
   * Reads the dead-letter topic from the application's configuration.
   *
   * @param configs the Kafka Streams configuration
   * @throws ConfigException if {@code errors.dead.letter.queue.topic.name} is not set
   */
  @Override
  public void configure(Map<String, ?> configs) {
    Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (topic == null || topic.toString().isBlank()) {
      throw new ConfigException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
          + " must name the dead-letter topic of " + getClass().getSimpleName());
    }
    deadLetterTopic = topic.toString();
  }

  /**
   * Sends the record to the dead-letter topic and lets processing go on.
   *
   * @param context where the record was read
   * @param record the record as read, its key and value unread bytes
   * @param exception why it could not be read
   * @return a response that resumes processing with one dead-letter record
   * @throws IllegalStateException if the handler has not been configured
   */
  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    String topic = deadLetterTopic;
    if (topic == null) {
      throw new IllegalStateException("handler must be configured before use");
    }
    Headers headers = new RecordHeaders();
    for (Header header : context.headers()) {
      headers.add(header);
    }
    headers.add(EXCEPTION_HEADER, utf8(exception.getClass().getName()));
    headers.add(MESSAGE_HEADER, utf8(String.valueOf(exception.getMessage())));
    headers.add(TOPIC_HEADER, utf8(context.topic()));
    headers.add(PARTITION_HEADER, utf8(Integer.toString(context.partition())));
    headers.add(OFFSET_HEADER, utf8(Long.toString(context.offset())));
    MastheadSerializationException masthead = find(exception);
    if (masthead != null) {
      masthead.addHeadersTo(headers);
    }
    return Response.resume(List.of(
        new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(), headers)));
  }

  private static @Nullable MastheadSerializationException find(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof MastheadSerializationException) {
        return (MastheadSerializationException) cause;
      }
    }
    return null;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
