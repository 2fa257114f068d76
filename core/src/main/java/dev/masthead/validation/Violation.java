package dev.masthead.validation;

import java.io.Serializable;
import java.util.Comparator;
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
 * <p>This class is immutable, thread-safe and serializable, so that an {@link
 * InvalidContentException} carrying it is too. As for every record, its serialized form is its
 * components; it is left out of the serialized-form page, where JDK 17's javadoc cannot document
 * record components.
 *
 * @param pointer the JSON Pointer of the offending value
 * @param code the stable code of the rule
 * @param message the message, in English
 * @serial exclude
 */
public record Violation(String pointer, String code, String message) implements Serializable {
  /**
   * The order in which violations are reported: by pointer, numeric segments in numeric order
   * ({@code /body/2} before {@code /body/10}), then by code.
   */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::pointer, Violation::comparePointers).thenComparing(Violation::code);

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

  private static int comparePointers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i + 1);
      int endB = segmentEnd(b, j + 1);
      String segmentA = a.substring(i + 1, endA);
      String segmentB = b.substring(j + 1, endB);
      int order = isNumber(segmentA) && isNumber(segmentB)
          ? Long.compare(Long.parseLong(segmentA), Long.parseLong(segmentB))
          : segmentA.compareTo(segmentB);
      if (order != 0) {
        return order;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  private static boolean isNumber(String segment) {
    if (segment.isEmpty() || segment.length() > 18) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

}
