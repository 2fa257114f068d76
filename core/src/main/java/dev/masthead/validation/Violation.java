package dev.masthead.validation;

import java.util.Objects;

/**
 * One broken rule: where it is, which rule, and a short message.
 *
 * <p>{@code Violation.of("/authors/0/url", "url_scheme", "must use http or https")}
 *
 * <p>The pointer is an RFC 6901 JSON Pointer in wire names, so it addresses the offending value in
 * the JSON document as well as in the object ({@code ""} is the whole value). The code is one of
 * {@link Codes} and stable across releases. The message never repeats more than a short prefix of
 * the offending value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pointer the JSON Pointer of the offending value
 * @param code the stable code of the rule
 * @param message the message, in English
 */
public record Violation(String pointer, String code, String message) {
  /**
   * Checks that no part is null.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param code the stable code of the rule
   * @param message the message, in English
   */
  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a violation.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param code the stable code of the rule
   * @param message the message
   * @return the violation
   */
  public static Violation of(String pointer, String code, String message) {
    return new Violation(pointer, code, message);
  }

  /** Returns {@code POINTER: CODE: message}, the form the command line prints. */
  @Override
  public String toString() {
    return pointer + ": " + code + ": " + message;
  }
}
