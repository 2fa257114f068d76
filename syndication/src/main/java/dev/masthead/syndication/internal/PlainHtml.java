package dev.masthead.syndication.internal;

/**
 * Plain text as HTML where a format wants HTML and no renderer gave any: each run of text between
 * blank lines is a paragraph, {@code &}, {@code <}, {@code >}, {@code "} and {@code '} are escaped,
 * so that text is never read as markup.
 */
public final class PlainHtml {
  private PlainHtml() {}

  /**
   * Returns the text as HTML paragraphs.
   *
   * @param text plain text
   * @return the HTML, empty for empty text
   */
  public static String paragraphs(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (String paragraph : text.split("\n\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      html.append("<p>");
      escape(paragraph, html);
      html.append("</p>");
    }
    return html.toString();
  }

  /**
   * Appends the text with the characters HTML reads as markup escaped.
   *
   * @param text plain text
   * @param html where to append
   */
  public static void escape(String text, StringBuilder html) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
