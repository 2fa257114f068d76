package dev.masthead.ninjs;

import dev.masthead.validation.Violation;

/**
 * Thrown when a well-formed ninjs item cannot become an article: its type is not text or
 * composite, it is a ninjs 2.x document, or it has no headline.
 *
 * <p>{@code ninjs type event is not supported: only text and composite items import as articles (at /type)}
 *
 * <p>Input that is not JSON, breaks a limit or has a duplicate key is reported by {@link
 * dev.masthead.json.MalformedJsonException} instead.
 */
public final class NinjsImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The item's type is one that has no article form (event, planning, audio, video, picture, …). */
  public static final String UNSUPPORTED_TYPE = "unsupported_type";
  /** The document is ninjs 2.x (or older), whose lower-case property names 3.x renamed. */
  public static final String UNSUPPORTED_VERSION = "unsupported_version";
  /** The item has neither a headline nor a title to make one from. */
  public static final String NO_HEADLINE = "no_headline";
  /** The item has a value the article requires that cannot be made valid. */
  public static final String INVALID_CONTENT = "invalid_content";

  /** The code. */
  private final String code;
  /** The pointer. */
  private final String pointer;
  /** The detail. */
  private final String detail;
  /** The type. */
  private final String type;

  /**
   * Creates an exception.
   *
   * @param code the stable code, one of the constants of this class
   * @param pointer the JSON Pointer into the ninjs input, {@code ""} for the root
   * @param type the item's ninjs type as written, {@code ""} when absent
   * @param detail what is wrong, in lower case, without more than a short prefix of the input
   */
  public NinjsImportException(String code, String pointer, String type, String detail) {
    super(detail + (pointer.isEmpty() ? "" : " (at " + Violation.printable(pointer) + ")"));
    this.code = code;
    this.pointer = pointer;
    this.type = type;
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
   * Returns the JSON Pointer into the ninjs input of the value that decided it.
   *
   * @return the pointer, {@code ""} for the root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the item's ninjs type as written.
   *
   * @return the type, {@code ""} when the item has none
   */
  public String type() {
    return type;
  }

  /**
   * Returns what is wrong.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }
}
