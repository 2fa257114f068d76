package dev.masthead.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * A problem of the input's shape found while decoding, with its code and the JSON Pointer of the
 * value being read. It is a Jackson exception, so an application's mapper reports it as it reports
 * its own.
 */
public final class InputProblem extends StreamReadException {
  private static final long serialVersionUID = 1L;

  /** The code. */
  private final String code;
  /** The pointer. */
  private final String pointer;
  /** The detail. */
  private final String detail;

  InputProblem(JsonParser parser, String code, String pointer, String detail) {
    // Located at the start of the offending token, as the parser locates its own syntax errors.
    super(parser, detail + (pointer.isEmpty() ? "" : " (at " + pointer + ")"), parser.currentTokenLocation());
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
  }

  /**
   * A problem found in a copy of part of the input, such as a block read again after it was held
   * back, located where that part starts in the input.
   */
  InputProblem(JsonParser parser, String code, String pointer, String detail, TokenStreamLocation location) {
    super(parser, detail + (pointer.isEmpty() ? "" : " (at " + pointer + ")"), location);
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
  }

  /** Returns the code, one of the constants of {@code MalformedJsonException}. */
  public String code() {
    return code;
  }

  /** Returns the JSON Pointer of the value being read. */
  public String pointer() {
    return pointer;
  }

  /** Returns what is wrong, without the input. */
  public String detail() {
    return detail;
  }
}
