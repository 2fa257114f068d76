package dev.masthead.model;

import java.util.List;

/** The derived text of an article: word counts, bylines and plain text. */
final class Texts {
  private Texts() {}

  /**
   * Counts words: runs of letters and digits, joined through apostrophes, hyphens and periods
   * between them ("Iran-backed", "Assad’s", "U.S" are one word each) and through combining marks,
   * ZWNJ and ZWJ. Each ideograph counts as a word, as CJK word counts do.
   */
  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    boolean pendingJoiner = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isIdeographic(cp)) {
        words++;
        inWord = false;
        pendingJoiner = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
        pendingJoiner = false;
      } else if (inWord && !pendingJoiner && isJoiner(cp)) {
        pendingJoiner = true;
      } else if (inWord && isMark(cp) && !pendingJoiner) {
        // a combining mark continues the word it is written on
      } else {
        inWord = false;
        pendingJoiner = false;
      }
    }
    return words;
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '’' || cp == '-' || cp == '‐' || cp == '‑' || cp == '.'
        || cp == 0x200C || cp == 0x200D;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Returns "By A", "By A and B", "By A, B and C", or "" for no authors. */
  static String byline(List<Author> authors) {
    int n = authors.size();
    if (n == 0) {
      return "";
    }
    StringBuilder byline = new StringBuilder("By ");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        byline.append(i == n - 1 ? " and " : ", ");
      }
      byline.append(authors.get(i).name());
    }
    return byline.toString();
  }

  /** Appends the text a reader reads in a block, or nothing for a block without text. */
  static void appendText(Block block, StringBuilder out) {
    switch (block.type()) {
      case PARAGRAPH:
        out.append(((Paragraph) block).text());
        break;
      case HEADING:
        out.append(((Heading) block).text());
        break;
      case QUOTE:
        Quote quote = (Quote) block;
        out.append(quote.text());
        if (quote.attribution() != null) {
          out.append("\n— ").append(quote.attribution());
        }
        break;
      case LIST:
        ListBlock list = (ListBlock) block;
        for (int i = 0; i < list.items().size(); i++) {
          out.append(i == 0 ? "" : "\n").append(list.ordered() ? (i + 1) + ". " : "- ").append(list.items().get(i));
        }
        break;
      case IMAGE:
        Image image = ((ImageBlock) block).image();
        if (image != null && image.caption() != null) {
          out.append(image.caption());
        }
        break;
      case DIVIDER:
        break;
    }
  }
}
