package dev.masthead.ninjs;

import org.jspecify.annotations.Nullable;

/**
 * Makes untrusted text fit Masthead's plain-text rules: characters plain text must not hold
 * (controls, bidi overrides, zero-width spaces, noncharacters, private use, unpaired surrogates)
 * are removed, white space is collapsed, and text longer than a limit is cut at a word boundary.
 * The caller reports any change.
 */
final class Texts {
  /** Combining marks allowed in a row, as the model allows. */
  private static final int MAX_COMBINING_RUN = 30;

  private Texts() {}

  /**
   * Returns the text as single-line plain text of at most {@code max} code points, or null when
   * nothing but white space and forbidden characters remains.
   */
  static @Nullable String singleLine(String text, int max) {
    return clean(text, max, false);
  }

  private static @Nullable String clean(String text, int max, boolean multiline) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    int combining = 0;
    int length = text.length();
    for (int i = 0; i < length; ) {
      char c = text.charAt(i);
      int cp;
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(i + 1));
        i += 2;
      } else {
        cp = c;
        i++;
        if (Character.isSurrogate(c)) {
          continue;
        }
      }
      if (isBreak(cp)) {
        if (multiline) {
          out.append(cp == '\r' ? '\r' : '\n');
        } else {
          pendingSpace = true;
        }
        combining = 0;
        continue;
      }
      if (cp == '\t' && !multiline) {
        pendingSpace = true;
        continue;
      }
      if (cp != '\t' && isForbidden(cp)) {
        continue;
      }
      if (isCombining(cp)) {
        if (++combining > MAX_COMBINING_RUN) {
          continue;
        }
      } else {
        combining = 0;
      }
      if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      pendingSpace = false;
      out.appendCodePoint(cp);
    }
    String result = out.toString();
    if (isBlank(result)) {
      return null;
    }
    return cut(result, max);
  }

  private static boolean isBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  /** Returns at most {@code max} code points of the text, cut after the last whole word that fits. */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    int space = text.lastIndexOf(' ', end);
    String head = (space > end / 2 ? text.substring(0, space) : text.substring(0, end)).strip();
    return head + "…";
  }

  /** Whether plain text must not hold the code point; the model's rule. */
  private static boolean isForbidden(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x200B
        || cp == 0xFEFF
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE
        || (cp >= 0xE000 && cp <= 0xF8FF)
        || cp >= 0xF0000;
  }

  private static boolean isCombining(int cp) {
    if (cp < 0x300) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(cp -> Character.isWhitespace(cp)
        || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT);
  }

  /** Returns a short quotable prefix of a value for a report: at most 40 code points. */
  static String prefix(String value) {
    String single = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E]", " ");
    if (single.codePointCount(0, single.length()) <= 40) {
      return "\"" + single + "\"";
    }
    return "\"" + single.substring(0, single.offsetByCodePoints(0, 40)) + "…\"";
  }
}
