package dev.masthead.json;

import dev.masthead.validation.Violation;
import dev.masthead.wire.ProblemCodes;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input cannot be read as a Masthead document: it is not JSON, not UTF-8, too large,
 * or does not have the shape of the wire format (a number where a string belongs, an unknown block
 * type, a duplicate key). It describes the first problem found: a stable {@link #code() code},
 * where it is ({@link #line()}, {@link #column()}, {@link #pointer()}), and a short {@link
 * #detail() detail} that never repeats more than a short prefix of the input.
 *
 * <p>Content that is valid JSON of the right shape but breaks a rule (a blank headline, a
 * {@code javascript:} URL) is reported by {@link dev.masthead.validation.InvalidContentException}
 * instead, with every violation.
 */
public final class MalformedJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The input is not JSON: a syntax error, or JSON that the format forbids (NaN, comments). */
  public static final String SYNTAX = ProblemCodes.SYNTAX;
  /** The input is not well-formed UTF-8 (overlong, truncated or surrogate byte sequences). */
  public static final String INVALID_UTF8 = ProblemCodes.INVALID_UTF8;
  /** The input holds nothing but white space. */
  public static final String EMPTY_INPUT = ProblemCodes.EMPTY_INPUT;
  /** The top-level value is not an object. */
  public static final String NOT_AN_OBJECT = ProblemCodes.NOT_AN_OBJECT;
  /** Something follows the document. */
  public static final String TRAILING_CONTENT = ProblemCodes.TRAILING_CONTENT;
  /** An object has the same key twice. */
  public static final String DUPLICATE_KEY = ProblemCodes.DUPLICATE_KEY;
  /** A value has the wrong JSON type: nothing is coerced, so "412" is not a number. */
  public static final String WRONG_TYPE = ProblemCodes.WRONG_TYPE;
  /** A property the format requires is missing (a heading's level, a link's start or end). */
  public static final String MISSING_PROPERTY = ProblemCodes.MISSING_PROPERTY;
  /** An integer does not fit the property. */
  public static final String NUMBER_OUT_OF_RANGE = ProblemCodes.NUMBER_OUT_OF_RANGE;
  /** A timestamp is not an RFC 3339 date-time with an offset, or names an impossible time. */
  public static final String INVALID_TIMESTAMP = ProblemCodes.INVALID_TIMESTAMP;
  /** An enumerated value (status, kind, priority) is not one of the known names. */
  public static final String UNKNOWN_VALUE = ProblemCodes.UNKNOWN_VALUE;
  /** A block's type is missing or not one of the known block types. */
  public static final String UNKNOWN_BLOCK_TYPE = ProblemCodes.UNKNOWN_BLOCK_TYPE;
  /** The document is larger than the limit. */
  public static final String DOCUMENT_TOO_LARGE = ProblemCodes.DOCUMENT_TOO_LARGE;
  /** Objects and arrays are nested deeper than the limit. */
  public static final String TOO_DEEP = ProblemCodes.TOO_DEEP;
  /** A string is longer than the limit. */
  public static final String STRING_TOO_LONG = ProblemCodes.STRING_TOO_LONG;
  /** A number literal is longer than the limit. */
  public static final String NUMBER_TOO_LONG = ProblemCodes.NUMBER_TOO_LONG;
  /** A property name is longer than the limit. */
  public static final String NAME_TOO_LONG = ProblemCodes.NAME_TOO_LONG;
  /** The document has more tokens than the limit. */
  public static final String TOO_MANY_TOKENS = ProblemCodes.TOO_MANY_TOKENS;
  /** An array or object has more elements than its limit. */
  public static final String TOO_MANY_ELEMENTS = ProblemCodes.TOO_MANY_ELEMENTS;
  /**
   * The input could not be read at all (a missing file). The reader never uses it: it throws
   * {@link java.io.UncheckedIOException} for I/O failures. It is for tools that report such input
   * in the same form as malformed input, as the {@code masthead} command line does.
   */
  public static final String UNREADABLE = ProblemCodes.UNREADABLE;

  /** The code. */
  private final String code;
  /** The line. */
  private final int line;
  /** The column. */
  private final int column;
  /** The pointer. */
  private final String pointer;
  /** The detail. */
  private final String detail;

  /**
   * Creates an exception. The reader creates its own; the constructor is public for tools and
   * integrations that report problems of their input in the same form (file, line, column,
   * pointer, code), such as the {@code masthead} command line.
   *
   * @param code the stable code, one of the constants of this class
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON Pointer of the value being read, {@code ""} for the root
   * @param detail what is wrong, without the input
   * @param cause the underlying exception, or null
   */
  public MalformedJsonException(
      String code, int line, int column, String pointer, String detail, @Nullable Throwable cause) {
    super(code + " at line " + line + ", column " + column
        + (pointer.isEmpty() ? "" : " (" + Violation.printable(pointer) + ")") + ": " + detail, cause);
    this.code = code;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.detail = detail;
  }

  /**
   * Returns the stable code of the problem.
   *
   * @return one of the constants of this class
   */
  public String code() {
    return code;
  }

  /**
   * Returns the line of the problem, counting from 1.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem, counting from 1: in characters for text input, in bytes for
   * byte input.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the value being read when the problem was found. In a stream of
   * documents it starts with the document's index, as in {@code /12/headline}. It is returned whole;
   * the message shows at most a short prefix of each of its segments.
   *
   * @return the pointer, {@code ""} for the root
   */
  public String pointer() {
    return pointer;
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
