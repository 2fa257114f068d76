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

  /** The most code points of a pointer segment that {@link #printable(String)} shows. */
  private static final int MAX_SEGMENT = 32;

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

  /**
   * Returns {@code POINTER: CODE: message}, the form the command line prints, with the pointer
   * {@linkplain #printable(String) made safe to print}.
   */
  @Override
  public String toString() {
    return printable(pointer) + ": " + code + ": " + message;
  }

  /**
   * Returns a pointer as messages show it: the names in a pointer can come from the input, so each
   * segment is cut to a short prefix and characters that do not print (line breaks, controls, format
   * characters) are escaped, which keeps the message to one line of bounded length.
   *
   * @param pointer a JSON Pointer
   * @return the pointer, safe to print
   */
  public static String printable(String pointer) {
    StringBuilder text = new StringBuilder(Math.min(pointer.length(), 160));
    int segment = 0;
    for (int i = 0; i < pointer.length(); ) {
      int cp = pointer.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '/') {
        segment = 0;
        text.append('/');
      } else if (++segment > MAX_SEGMENT) {
        if (segment == MAX_SEGMENT + 1) {
          text.append('…');
        }
      } else if (Character.isISOControl(cp) || !Character.isDefined(cp) || isInvisible(Character.getType(cp))) {
        text.append(String.format("\\u%04X", cp));
      } else {
        text.appendCodePoint(cp);
      }
    }
    return text.toString();
  }

  private static boolean isInvisible(int type) {
    return type == Character.FORMAT || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE;
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
