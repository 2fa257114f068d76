package dev.masthead.wire;

/**
 * The stable codes of input that cannot be read, declared once for every binding: {@code
 * dev.masthead.json.MalformedJsonException} and {@code dev.masthead.jackson2.MastheadMappingException}
 * report these values.
 *
 * <p>{@code if (problem.code().equals(ProblemCodes.DUPLICATE_KEY)) ...}
 */
public final class ProblemCodes {
  /** The input is not JSON: a syntax error, or JSON that the format forbids (NaN, comments). */
  public static final String SYNTAX = "syntax";
  /** The input is not well-formed UTF-8 (overlong, truncated or surrogate byte sequences). */
  public static final String INVALID_UTF8 = "invalid_utf8";
  /** The input holds nothing but white space. */
  public static final String EMPTY_INPUT = "empty_input";
  /** The top-level value is not an object. */
  public static final String NOT_AN_OBJECT = "not_an_object";
  /** Something follows the document. */
  public static final String TRAILING_CONTENT = "trailing_content";
  /** An object has the same key twice. */
  public static final String DUPLICATE_KEY = "duplicate_key";
  /** A value has the wrong JSON type: nothing is coerced, so "412" is not a number. */
  public static final String WRONG_TYPE = "wrong_type";
  /** A property the format requires is missing (a heading's level, a link's start or end). */
  public static final String MISSING_PROPERTY = "missing_property";
  /** An integer does not fit the property. */
  public static final String NUMBER_OUT_OF_RANGE = "number_out_of_range";
  /** A timestamp is not an RFC 3339 date-time with an offset, or names an impossible time. */
  public static final String INVALID_TIMESTAMP = "invalid_timestamp";
  /** An enumerated value (status, kind, priority) is not one of the known names. */
  public static final String UNKNOWN_VALUE = "unknown_value";
  /** A block's type is missing or not one of the known block types. */
  public static final String UNKNOWN_BLOCK_TYPE = "unknown_block_type";
  /** The document is larger than the limit. */
  public static final String DOCUMENT_TOO_LARGE = "document_too_large";
  /** Objects and arrays are nested deeper than the limit. */
  public static final String TOO_DEEP = "too_deep";
  /** A string is longer than the limit. */
  public static final String STRING_TOO_LONG = "string_too_long";
  /** A number literal is longer than the limit. */
  public static final String NUMBER_TOO_LONG = "number_too_long";
  /** A property name is longer than the limit. */
  public static final String NAME_TOO_LONG = "name_too_long";
  /** The document has more tokens than the limit. */
  public static final String TOO_MANY_TOKENS = "too_many_tokens";
  /** An array or object has more elements than its limit. */
  public static final String TOO_MANY_ELEMENTS = "too_many_elements";
  /** The input could not be read at all (a missing file); for tools, never raised by a reader. */
  public static final String UNREADABLE = "unreadable";

  private ProblemCodes() {}
}
