package dev.masthead.html;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Renders a text with marked ranges (links, emphasis, strong) as nested inline elements, and line
 * breaks as {@code <br>}.
 */
final class Inline {
  /** What a range of text is marked as, outermost first. */
  enum Kind {
    LINK,
    STRONG,
    EMPHASIS
  }

  /**
   * A marked range, in code points, end exclusive.
   *
   * @param kind the kind
   * @param start the first code point
   * @param end the code point after the last
   * @param href the target of a link, else null
   */
  record Mark(Kind kind, int start, int end, @org.jspecify.annotations.Nullable String href) {}

  private Inline() {}

  /**
   * Appends {@code text} to {@code parent}. Ranges of one kind that do not overlap each give their
   * own element; where ranges of different kinds cross, the inner one is split in two. Ranges that
   * reach outside the text are cut at its end.
   */
  static void render(Element parent, String text, List<Mark> marks) {
    int[] codePoints = text.codePoints().toArray();
    int length = codePoints.length;
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(length);
    for (Mark mark : marks) {
      cuts.add(Math.max(0, Math.min(length, mark.start())));
      cuts.add(Math.max(0, Math.min(length, mark.end())));
    }
    Kind[] kinds = Kind.values();
    Mark[] open = new Mark[kinds.length];
    Element[] elements = new Element[kinds.length];
    List<Integer> bounds = new ArrayList<>(cuts);
    boolean afterCarriageReturn = false;
    for (int b = 0; b + 1 < bounds.size(); b++) {
      int from = bounds.get(b);
      int to = bounds.get(b + 1);
      if (from == to) {
        continue;
      }
      // Which mark of each kind covers this segment; a change closes it and everything inside it.
      for (int k = 0; k < kinds.length; k++) {
        Mark covering = covering(marks, kinds[k], from, to);
        if (covering != open[k]) {
          for (int inner = k; inner < kinds.length; inner++) {
            open[inner] = null;
            elements[inner] = null;
          }
          if (covering != null) {
            Element container = parent;
            for (int outer = k - 1; outer >= 0; outer--) {
              if (elements[outer] != null) {
                container = elements[outer];
                break;
              }
            }
            Element element = container.appendElement(tag(kinds[k]));
            if (kinds[k] == Kind.LINK) {
              element.attr("href", covering.href()).attr("rel", "noopener");
            }
            open[k] = covering;
            elements[k] = element;
          }
        }
      }
      Element container = parent;
      for (int k = kinds.length - 1; k >= 0; k--) {
        if (elements[k] != null) {
          container = elements[k];
          break;
        }
      }
      StringBuilder run = new StringBuilder();
      for (int i = from; i < to; i++) {
        int cp = codePoints[i];
        if (cp == '\n' && afterCarriageReturn) {
          afterCarriageReturn = false;
          continue;
        }
        afterCarriageReturn = cp == '\r';
        if (cp == '\n' || cp == '\r') {
          if (run.length() > 0) {
            container.appendText(run.toString());
            run.setLength(0);
          }
          container.appendElement("br");
        } else {
          run.appendCodePoint(cp);
        }
      }
      if (run.length() > 0) {
        container.appendText(run.toString());
      }
    }
  }

  private static Mark covering(List<Mark> marks, Kind kind, int from, int to) {
    for (Mark mark : marks) {
      if (mark.kind() == kind && mark.start() <= from && mark.end() >= to) {
        return mark;
      }
    }
    return null;
  }

  private static String tag(Kind kind) {
    switch (kind) {
      case LINK:
        return "a";
      case STRONG:
        return "strong";
      default:
        return "em";
    }
  }
}
