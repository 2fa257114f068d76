package dev.masthead.html;

import java.util.Locale;
import java.util.Set;

/** The writing direction of a language tag and of a text. */
final class Directions {
  /** Languages written right to left when no script subtag says otherwise. */
  private static final Set<String> RTL_LANGUAGES =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "khw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");
  /** Scripts written right to left. */
  private static final Set<String> RTL_SCRIPTS =
      Set.of("arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr");

  private Directions() {}

  /** Whether a BCP 47 tag names a right-to-left language or script. */
  static boolean isRightToLeft(String languageTag) {
    String[] parts = languageTag.toLowerCase(Locale.ROOT).split("-");
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() == 4 && Character.isLetter(parts[i].charAt(0))) {
        return RTL_SCRIPTS.contains(parts[i]);
      }
      if (parts[i].length() == 1) {
        break;
      }
    }
    return RTL_LANGUAGES.contains(parts[0]);
  }

  /**
   * Returns the direction of the first strong character of {@code text}: 1 for right to left, -1 for
   * left to right, 0 when it has none.
   */
  static int firstStrong(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          return -1;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          return 1;
        default:
          i += Character.charCount(cp);
      }
    }
    return 0;
  }
}
