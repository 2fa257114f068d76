package dev.masthead.validation;

import dev.masthead.validation.internal.TextFacts;
import dev.masthead.validation.internal.TextRules;

/**
 * What a reader has already established about every text of a value before it asks for
 * validation, so that the standard validator need not establish it again: the seam through which a
 * reader that checks a document's bytes (as the JSON reader checks UTF-8) hands over what it found.
 *
 * <p>{@code validator.validate(article, ValidationLevel.WELL_FORMED, CheckedText.CHARACTERS)}
 *
 * <p>A reader finds the facts with {@link #isAllowed(int)} and {@link #isCombiningMark(int)} over
 * every code point of the texts it decoded. It vouches for them: validation skips what they say
 * holds, so facts that do not hold of every text of the value make the answer wrong. {@link
 * #NOTHING} is always safe. Only {@link MastheadValidator#standard()} uses the facts; a validator
 * over an application's own Jakarta validator checks everything.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckedText {
  /** Nothing is known: validation checks everything. */
  public static final CheckedText NOTHING = new CheckedText(TextFacts.NONE);

  /**
   * Every text holds only code points for which {@link #isAllowed(int)} is true, in runs of at most
   * {@link #MAX_COMBINING_RUN} code points for which {@link #isCombiningMark(int)} is true: the
   * plain-text rules have only length and blankness left to check.
   */
  public static final CheckedText CHARACTERS = new CheckedText(TextFacts.CHARACTERS_CHECKED);

  /**
   * As {@link #CHARACTERS}, and no text holds a code point outside the Basic Multilingual Plane, so
   * that a text's length in code points is its {@link String#length()}.
   */
  public static final CheckedText CHARACTERS_IN_BMP =
      new CheckedText(TextFacts.CHARACTERS_CHECKED | TextFacts.BMP_ONLY);

  /** The longest run of combining marks that single-line plain text allows. */
  public static final int MAX_COMBINING_RUN = TextRules.MAX_COMBINING_RUN;

  private final int bits;

  private CheckedText(int bits) {
    this.bits = bits;
  }

  /**
   * Returns whether single-line plain text allows {@code codePoint}: no control character, line or
   * paragraph separator, bidi override, invisible character, noncharacter or private-use character.
   * Surrogate code points are not judged here: a reader that decodes well-formed UTF-8 never yields
   * one, and a lone surrogate in a text is reported as {@code unpaired_surrogate} by validation.
   *
   * @param codePoint a Unicode code point
   * @return whether the code point may appear in any text of Masthead content
   */
  public static boolean isAllowed(int codePoint) {
    return TextRules.isAllowed(codePoint, false);
  }

  /**
   * Returns whether {@code codePoint} is a combining mark, of which plain text allows runs of at
   * most {@link #MAX_COMBINING_RUN}.
   *
   * @param codePoint a Unicode code point
   * @return whether the code point is a combining mark
   */
  public static boolean isCombiningMark(int codePoint) {
    return TextRules.isCombining(codePoint);
  }

  /**
   * Returns the number of code points in {@code text}: its {@link String#length()} when these
   * facts say no text lies outside the Basic Multilingual Plane, otherwise counted.
   *
   * @param text a text of the value these facts are about
   * @return the number of code points
   */
  public int codePointCount(String text) {
    return TextFacts.codePointCount(text, bits);
  }

  /** The {@link TextFacts} bits, for the fast validator. */
  int bits() {
    return bits;
  }

  @Override
  public String toString() {
    return this == NOTHING ? "NOTHING" : this == CHARACTERS ? "CHARACTERS" : "CHARACTERS_IN_BMP";
  }
}
