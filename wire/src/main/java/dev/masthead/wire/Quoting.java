package dev.masthead.wire;

/** Quotes a short, printable prefix of input for a message, never the whole of it. */
final class Quoting {
  /** The most input characters a message repeats. */
  static final int MAX_PREFIX = 32;

  private Quoting() {}

  /** Returns {@code "text"}, cut to {@value #MAX_PREFIX} code points, with non-printing characters escaped. */
  static String prefix(String text) {
    StringBuilder quoted = new StringBuilder(MAX_PREFIX + 8).append('"');
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (++count > MAX_PREFIX) {
        quoted.append('…');
        break;
      }
      if (cp < 0x20 || cp == '"' || cp == '\\' || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT
          || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.CONTROL
          || cp == 0x2028 || cp == 0x2029) {
        quoted.append(String.format("\\u%04X", cp));
      } else {
        quoted.appendCodePoint(cp);
      }
    }
    return quoted.append('"').toString();
  }
}
