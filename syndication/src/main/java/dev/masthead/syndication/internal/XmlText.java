package dev.masthead.syndication.internal;

/**
 * Text as XML 1.0 allows it: every character outside the {@code Char} production (controls other
 * than TAB, LF and CR; unpaired surrogates; U+FFFE and U+FFFF) becomes U+FFFD.
 */
public final class XmlText {
  /** The character that stands in for one XML 1.0 cannot hold. */
  public static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  /**
   * Returns the text with every character XML 1.0 cannot hold replaced by U+FFFD, or the same
   * string when it holds none.
   *
   * @param text any text
   * @return the text XML 1.0 can hold
   */
  public static String clean(String text) {
    int first = firstIllegal(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      out.append(isLegalBmp(c) ? c : REPLACEMENT);
      i++;
    }
    return out.toString();
  }

  /**
   * Returns the index of the first character XML 1.0 cannot hold, or -1.
   *
   * @param text any text
   * @return the index, or -1 when the text is legal
   */
  public static int firstIllegal(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0xD800) {
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i += 2;
      } else if (isLegalBmp(c)) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLegalBmp(char c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }
}
