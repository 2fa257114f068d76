package dev.masthead.validation.internal;

/**
 * What a reader has already found out about every text of a value, as bits, so that validation
 * need not find it out again. A reader that checks a document's encoding byte by byte learns these
 * for the whole document at little cost (see the serialization module's UTF-8 check); {@link
 * #NONE} makes validation check everything.
 */
public final class TextFacts {
  /** Nothing is known. */
  public static final int NONE = 0;

  /**
   * Every text holds only characters that single-line plain text allows ({@link
   * TextRules#isAllowed(int, boolean)}), in runs of at most {@value TextRules#MAX_COMBINING_RUN}
   * combining marks: the plain-text rules have only length and blankness left to check.
   */
  public static final int CHARACTERS_CHECKED = 1;

  /**
   * No text holds a character outside the Basic Multilingual Plane, so every text's length in code
   * points is its {@link String#length()}. Only meaningful with {@link #CHARACTERS_CHECKED}, which
   * also rules out lone surrogates.
   */
  public static final int BMP_ONLY = 2;

  private TextFacts() {}

  static boolean charactersChecked(int facts) {
    return (facts & CHARACTERS_CHECKED) != 0;
  }

  /** Returns the number of code points in {@code text}, counted only when {@code facts} cannot tell. */
  public static int codePointCount(String text, int facts) {
    return (facts & (CHARACTERS_CHECKED | BMP_ONLY)) == (CHARACTERS_CHECKED | BMP_ONLY)
        ? text.length()
        : text.codePointCount(0, text.length());
  }
}
