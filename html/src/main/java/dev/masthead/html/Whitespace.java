package dev.masthead.html;

/**
 * The white-space rule HTML imposes on text (see the package documentation), applied to a plain
 * text to tell whether it survives a trip through HTML unchanged.
 */
final class Whitespace {
  private Whitespace() {}

  /** Whether {@code c} is ASCII white space as HTML defines it. */
  static boolean isHtmlSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /**
   * Whether {@code text} reads back from HTML exactly as it is: no carriage return, no tab or form
   * feed, no run of spaces, no space at either end or next to a line feed.
   */
  static boolean survives(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\t' || c == '\f') {
        return false;
      }
      if (c == ' ') {
        if (i == 0 || i == length - 1) {
          return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (before == ' ' || before == '\n' || after == ' ' || after == '\n') {
          return false;
        }
      }
    }
    return true;
  }
}
