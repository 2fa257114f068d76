package dev.masthead.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.masthead.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a Jackson 2 mapper with {@link MastheadJackson2Module} when a Masthead value cannot be
 * read: it does not have the shape of the wire format (a number where a string belongs, an unknown
 * block type, a duplicate key, a missing required property) or breaks a limit. It is a {@link
 * JsonMappingException}, so frameworks answer it as any unreadable body, and it carries the first
 * problem found: a stable {@link #code() code} (the values of {@code MalformedJsonException} in
 * {@code masthead-serialization}), where it is ({@link #pointer()}, {@link #line()}, {@link
 * #column()}), and a short {@link #detail() detail} that never repeats more than a short prefix of
 * the input.
 *
 * <p>{@code catch (MastheadMappingException e) { problem(e.code(), e.pointer(), e.detail()); }}
 *
 * <p>Content of the right shape that breaks a rule (a blank headline) is not reported here: the
 * module does not validate; an application validates with its own Bean Validation.
 */
public final class MastheadMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The code. */
  private final String code;
  /** The pointer. */
  private final String pointer;
  /** The line. */
  private final int line;
  /** The column. */
  private final int column;
  /** The detail. */
  private final String detail;

  /**
   * Creates an exception. The module creates its own; the constructor is public for integrations
   * that report problems of their input in the same form.
   *
   * @param parser the parser that read the input, or null
   * @param code the stable code
   * @param line the 1-based line where the offending token starts, or 0 when unknown
   * @param column the 1-based column where it starts, or 0 when unknown
   * @param pointer the JSON Pointer of the value being read, from the root of the document the
   *     mapper reads, {@code ""} for the root
   * @param detail what is wrong, without the input
   */
  public MastheadMappingException(
      @Nullable JsonParser parser, String code, int line, int column, String pointer, String detail) {
    super(parser, code + " at line " + line + ", column " + column
        + (pointer.isEmpty() ? "" : " (" + Violation.printable(pointer) + ")") + ": " + detail);
    this.code = code;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.detail = detail;
  }

  /**
   * Returns the stable code of the problem, such as {@code duplicate_key} or {@code wrong_type}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the JSON Pointer of the value being read when the problem was found, from the root of
   * the document the mapper reads: {@code /article/authors/0/name} for an article inside an
   * application's own object.
   *
   * @return the pointer, {@code ""} for the root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line where the offending token starts, counting from 1.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the offending token starts, counting from 1: in characters for text
   * input, in bytes for byte input.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, in a short sentence without the input.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }
}
