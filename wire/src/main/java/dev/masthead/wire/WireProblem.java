package dev.masthead.wire;

/**
 * A problem of the input found while decoding: its {@linkplain ProblemCodes code}, the JSON Pointer
 * of the value being read, and the line and column where the offending token starts. A binding
 * turns it into its own exception.
 *
 * <p>{@code catch (WireProblem problem) { throw new MalformedJsonException(problem.code(), ...); }}
 */
public final class WireProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The code. */
  private final String code;
  /** The pointer. */
  private final String pointer;
  /** The detail. */
  private final String detail;
  /** The line. */
  private final int line;
  /** The column. */
  private final int column;

  /**
   * Creates a problem.
   *
   * @param code one of the {@link ProblemCodes}
   * @param pointer the JSON Pointer of the value being read, {@code ""} for the root
   * @param detail what is wrong, in lower case, without the input
   * @param line the line, counting from 1, or 0 when unknown
   * @param column the column, counting from 1, or 0 when unknown
   */
  public WireProblem(String code, String pointer, String detail, int line, int column) {
    // No stack trace: bindings wrap it, and hostile input must not make failures expensive.
    super(detail + (pointer.isEmpty() ? "" : " (at " + pointer + ")"), null, false, false);
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the code.
   *
   * @return one of the {@link ProblemCodes}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the JSON Pointer of the value being read.
   *
   * @return the pointer, {@code ""} for the root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong, without the input.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the line where the offending token starts.
   *
   * @return the line, counting from 1, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the offending token starts.
   *
   * @return the column, counting from 1, or 0 when unknown
   */
  public int column() {
    return column;
  }
}
