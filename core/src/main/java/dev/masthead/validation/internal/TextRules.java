package dev.masthead.validation.internal;

import dev.masthead.validation.Codes;
import org.jspecify.annotations.Nullable;

/**
 * The plain-text rules, checked in one pass over the text without regular expressions.
 *
 * <p>Allowed: any assigned or unassigned code point except control characters (LF, CR and TAB
 * are allowed in multi-line text), the line separators U+2028, U+2029 and U+0085, the bidi
 * embeddings and overrides U+202A to U+202E, U+200B and U+FEFF, noncharacters, private-use
 * characters, lone surrogates, and runs of more than {@value #MAX_COMBINING_RUN} combining marks.
 * Bidi marks and isolates, ZWNJ and ZWJ stay allowed: Persian and emoji need them.
 */
public final class TextRules {
  /** The longest run of combining marks allowed, as in Unicode's stream-safe text format. */
  public static final int MAX_COMBINING_RUN = 30;

  private TextRules() {}

  /**
   * The first problem found in a text, with where it is.
   *
   * @param code the violation code
   * @param codePoint the offending code point, or -1 when the problem is not one character
   * @param index the offending code point's index in code points, or -1
   */
  public record Problem(String code, int codePoint, int index) {
    /** Returns the code point as {@code U+XXXX}. */
    public String codePointLabel() {
      return String.format("U+%04X", codePoint);
    }
  }

  /**
   * Checks a text and returns its first problem, or null when it is valid.
   *
   * @param text the text
   * @param maxCodePoints the largest length allowed, in code points
   * @param multiline whether LF, CR and TAB are allowed
   */
  public static @Nullable Problem check(String text, int maxCodePoints, boolean multiline) {
    int length = text.length();
    int codePoints = 0;
    int combiningRun = 0;
    boolean blank = true;
    for (int i = 0; i < length; ) {
      // Printable ASCII, most of any Latin-script text, is allowed and counts one code point each:
      // step over a run of it in a loop small enough for the compiler to make fast.
      int run = asciiRunEnd(text, i, length);
      if (run > i) {
        if (blank && !isSpaces(text, i, run)) {
          blank = false;
        }
        codePoints += run - i;
        combiningRun = 0;
        i = run;
        if (i == length) {
          break;
        }
      }
      char c = text.charAt(i);
      int cp;
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          cp = Character.toCodePoint(c, text.charAt(i + 1));
          i += 2;
        } else {
          return new Problem(Codes.UNPAIRED_SURROGATE, c, codePoints);
        }
      } else {
        cp = c;
        i++;
      }
      String code = forbidden(cp, multiline);
      if (code != null) {
        return new Problem(code, cp, codePoints);
      }
      if (isCombining(cp)) {
        if (++combiningRun > MAX_COMBINING_RUN) {
          return new Problem(Codes.COMBINING_MARKS, cp, codePoints);
        }
      } else {
        combiningRun = 0;
      }
      if (blank && !isBlankCodePoint(cp)) {
        blank = false;
      }
      codePoints++;
    }
    if (blank) {
      return new Problem(Codes.BLANK, -1, -1);
    }
    if (codePoints > maxCodePoints) {
      return new Problem(Codes.TOO_LONG, -1, -1);
    }
    return null;
  }

  /**
   * Whether a text whose characters are known to be allowed (see {@link #isAllowed(int, boolean)}
   * and {@link #isCombining(int)}) is also valid: not blank and at most {@code maxCodePoints} long.
   * The answer is that of {@code check(text, maxCodePoints, false) == null} for such a text, at the
   * cost of looking at its first non-blank character and, only when it has more UTF-16 units than
   * {@code maxCodePoints}, counting its code points.
   *
   * @param text a text that holds only allowed characters
   * @param maxCodePoints the largest length allowed, in code points
   * @param facts what else is known of the text ({@link TextFacts})
   */
  static boolean fits(String text, int maxCodePoints, int facts) {
    int length = text.length();
    if (length > maxCodePoints && TextFacts.codePointCount(text, facts) > maxCodePoints) {
      return false;
    }
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      if (!isBlankCodePoint(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Whether a text is valid, checking only what {@code facts} leave open: {@code check(text,
   * maxCodePoints, multiline) == null}, without the pass over the characters when the facts say
   * they are checked.
   *
   * @param text the text
   * @param maxCodePoints the largest length allowed, in code points
   * @param multiline whether LF, CR and TAB are allowed
   * @param facts what is known of the text ({@link TextFacts})
   */
  static boolean isValid(String text, int maxCodePoints, boolean multiline, int facts) {
    return TextFacts.charactersChecked(facts)
        ? fits(text, maxCodePoints, facts)
        : check(text, maxCodePoints, multiline) == null;
  }

  /**
   * Whether plain text may hold a code point, combining-mark runs aside. Lone surrogates are not
   * code points of well-formed text and are not judged here.
   *
   * @param cp the code point
   * @param multiline whether LF, CR and TAB are allowed
   */
  public static boolean isAllowed(int cp, boolean multiline) {
    return forbidden(cp, multiline) == null;
  }

  /** Returns the end of the run of printable ASCII characters that starts at {@code from}. */
  private static int asciiRunEnd(String text, int from, int length) {
    int i = from;
    while (i < length && (char) (text.charAt(i) - 0x20) < 0x5F) {
      i++;
    }
    return i;
  }

  private static boolean isSpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Returns the code of a code point that plain text must not hold, or null when it may. */
  static @Nullable String forbidden(int cp, boolean multiline) {
    if (cp < 0x20) {
      if (cp == '\n' || cp == '\r') {
        return multiline ? null : Codes.LINE_BREAK;
      }
      return cp == '\t' && multiline ? null : Codes.CONTROL_CHARACTER;
    }
    if (cp < 0x7F) {
      return null;
    }
    if (cp <= 0x9F) {
      return cp == 0x85 ? Codes.LINE_BREAK : Codes.CONTROL_CHARACTER;
    }
    if (cp < 0x200B) {
      return null;
    }
    if (cp == 0x200B || cp == 0xFEFF) {
      return Codes.INVISIBLE_CHARACTER;
    }
    if (cp == 0x2028 || cp == 0x2029) {
      return Codes.LINE_BREAK;
    }
    if (cp >= 0x202A && cp <= 0x202E) {
      return Codes.BIDI_OVERRIDE;
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return Codes.NONCHARACTER;
    }
    if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
      return Codes.PRIVATE_USE;
    }
    return null;
  }

  /** Whether a code point leaves text blank: white space, space separators and format characters. */
  static boolean isBlankCodePoint(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
    }
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  /**
   * Whether a code point is a combining mark (general category Mn, Me or Mc), of which plain text
   * allows runs of at most {@value #MAX_COMBINING_RUN}.
   *
   * @param cp the code point
   */
  public static boolean isCombining(int cp) {
    if (cp < 0x300) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Returns the number of code points in a text. */
  public static int codePointCount(String text) {
    return text.codePointCount(0, text.length());
  }
}
