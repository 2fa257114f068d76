package dev.masthead.syndication.internal;

import dev.masthead.model.Block;
import dev.masthead.model.Heading;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import java.util.List;

/**
 * The body of an article as plain text: each block with text on its own, separated by blank lines;
 * list items one a line ({@code - } or {@code 1. }), quotes followed by their attribution after a
 * dash. Images and dividers give nothing.
 */
public final class BodyText {
  private BodyText() {}

  /**
   * Returns the body as plain text.
   *
   * @param body the blocks
   * @return the text, empty for a body without text
   */
  public static String of(List<Block> body) {
    StringBuilder text = new StringBuilder();
    for (Block block : body) {
      int mark = text.length();
      if (mark > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      if (block instanceof Paragraph paragraph) {
        text.append(paragraph.text());
      } else if (block instanceof Heading heading) {
        text.append(heading.text());
      } else if (block instanceof Quote quote) {
        text.append(quote.text());
        if (quote.attribution() != null) {
          text.append(" \u2014 ").append(quote.attribution());
        }
      } else if (block instanceof ListBlock list) {
        for (int i = 0; i < list.items().size(); i++) {
          if (i > 0) {
            text.append('\n');
          }
          text.append(list.ordered() ? (i + 1) + ". " : "- ").append(list.items().get(i));
        }
      }
      if (text.length() == start) {
        text.setLength(mark);
      }
    }
    return text.toString();
  }
}
