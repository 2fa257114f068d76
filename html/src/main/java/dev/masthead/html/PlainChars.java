package dev.masthead.html;

/**
 * Which characters Masthead plain text may hold (the rules of {@code dev.masthead.validation.PlainText},
 * whose implementation is not API). HTML may carry any of them; the reader removes the others and
 * reports it, and every block it builds is validated again, so a difference here could only drop a
 * block with a report, never let a bad one through.
 */
final class PlainChars {
  /** The longest run of combining marks allowed. */
  static final int MAX_COMBINING_RUN = 30;

  private PlainChars() {}

  /** Whether a code point other than LF, CR and TAB may stand in plain text. */
  static boolean allowed(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (cp == 0x200B || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E)) {
      return false;
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return false;
    }
    if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
      return false;
    }
    return !(cp >= 0xD800 && cp <= 0xDFFF);
  }

  /** Whether a code point is a combining mark. */
  static boolean combining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Whether a code point makes a text non-blank. */
  static boolean visible(int cp) {
    return !(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT);
  }
}
