package dev.masthead.kafka;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A record that Masthead's deserializer cannot accept: malformed (not JSON, too large, the wrong
 * shape; the cause is a {@link MalformedJsonException}) or invalid (JSON of the right shape that
 * breaks the rules; the cause is an {@link InvalidContentException}). It carries Masthead's error so
 * that a consumer or Kafka Streams can route the record to a dead-letter topic with it.
 *
 * <p>{@code e.addHeadersTo(deadLetter.headers())} writes {@link #code()}, {@link #pointer()} and,
 * where known, {@link #line()} and {@link #column()} as the record headers named by the constants
 * of this class.
 *
 * <p>A Kafka consumer throws it wrapped in a {@link
 * org.apache.kafka.common.errors.RecordDeserializationException}, which tells the partition and
 * offset to seek past; Kafka Streams hands it to its {@code DeserializationExceptionHandler}, such
 * as {@link MastheadDeserializationExceptionHandler}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MastheadSerializationException extends SerializationException {
  private static final long serialVersionUID = 1L;

  /** The header holding {@link #code()}, such as {@code syntax} or {@code url_scheme}. */
  public static final String CODE_HEADER = "masthead.error.code";
  /** The header holding {@link #pointer()}, a JSON Pointer such as {@code /authors/0/url}. */
  public static final String POINTER_HEADER = "masthead.error.pointer";
  /** The header holding {@link #line()}, when known. */
  public static final String LINE_HEADER = "masthead.error.line";
  /** The header holding {@link #column()}, when known. */
  public static final String COLUMN_HEADER = "masthead.error.column";
  /** The header holding every violation of invalid content, one {@code POINTER: CODE: message} a line. */
  public static final String VIOLATIONS_HEADER = "masthead.error.violations";

  /** The code. */
  private final String code;
  /** The pointer. */
  private final String pointer;
  /** The line. */
  private final int line;
  /** The column. */
  private final int column;
  /** Whether the record's key failed. */
  private final boolean key;
  /** The violations; a list of records, so serializable when the exception is. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  private MastheadSerializationException(
      String message, RuntimeException cause, String code, String pointer, int line, int column, boolean key,
      List<Violation> violations) {
    super(message, cause);
    this.code = code;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.key = key;
    this.violations = List.copyOf(violations);
  }

  static MastheadSerializationException malformed(@Nullable String topic, boolean key, MalformedJsonException cause) {
    return new MastheadSerializationException(message(topic, key, cause), cause, cause.code(), cause.pointer(),
        cause.line(), cause.column(), key, List.of());
  }

  static MastheadSerializationException invalid(@Nullable String topic, boolean key, InvalidContentException cause) {
    Violation first = cause.violations().get(0);
    return new MastheadSerializationException(message(topic, key, cause), cause, first.code(), first.pointer(),
        0, 0, key, cause.violations());
  }

  private static String message(@Nullable String topic, boolean key, RuntimeException cause) {
    return "record " + (key ? "key" : "value") + " of topic " + topic + ": " + cause.getMessage();
  }

  /**
   * Returns Masthead's stable code of the problem: one of the constants of {@link
   * MalformedJsonException} for malformed input, the code of the first violation (in pointer order)
   * for invalid content.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the JSON Pointer of the problem, in wire names: of the value being read for malformed
   * input, of the first violation for invalid content.
   *
   * @return the pointer, {@code ""} for the whole record
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of a malformed record's problem, counting from 1.
   *
   * @return the line, or 0 when unknown, as for invalid content
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of a malformed record's problem, in bytes, counting from 1.
   *
   * @return the column, or 0 when unknown, as for invalid content
   */
  public int column() {
    return column;
  }

  /**
   * Returns whether the record's key, rather than its value, could not be read.
   *
   * @return true for the key
   */
  public boolean isKey() {
    return key;
  }

  /**
   * Returns every violation of invalid content, sorted by pointer.
   *
   * @return the violations, empty for malformed input
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Adds Masthead's error to record headers: {@link #CODE_HEADER} and {@link #POINTER_HEADER}
   * always, {@link #LINE_HEADER} and {@link #COLUMN_HEADER} when known, {@link #VIOLATIONS_HEADER}
   * for invalid content. Values are UTF-8 text.
   *
   * @param headers the headers of a dead-letter record, not read-only
   * @return {@code headers}
   */
  public Headers addHeadersTo(Headers headers) {
    Objects.requireNonNull(headers, "headers");
    headers.add(CODE_HEADER, utf8(code));
    headers.add(POINTER_HEADER, utf8(pointer));
    if (line > 0) {
      headers.add(LINE_HEADER, utf8(Integer.toString(line)));
    }
    if (column > 0) {
      headers.add(COLUMN_HEADER, utf8(Integer.toString(column)));
    }
    if (!violations.isEmpty()) {
      headers.add(VIOLATIONS_HEADER,
          utf8(violations.stream().map(Violation::toString).collect(Collectors.joining("\n"))));
    }
    return headers;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
