package dev.masthead.html;

import dev.masthead.conversion.LossKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the text of one block from HTML: characters with white space collapsed as HTML does,
 * line breaks, and the ranges of links, emphasis and strong, in code points. {@link #finish()}
 * applies the rest of the white-space rule (no space at the end or next to a line break) and maps
 * the ranges onto the result.
 */
final class TextBuffer {
  /**
   * A range of the text, end exclusive; {@code href} is set for a link.
   *
   * @param start the first code point
   * @param end the code point after the last
   * @param href the target of a link
   */
  record Range(int start, int end, @Nullable String href) {}

  /**
   * What happened to a part of the block, relative to the block's pointer.
   *
   * @param kind dropped, changed or guessed
   * @param suffix the pointer below the block, such as {@code /text}, or empty
   * @param detail the report
   */
  record Note(LossKind kind, String suffix, String detail) {}

  /**
   * The collected text.
   *
   * @param text the text
   * @param links the links, ordered, not overlapping
   * @param emphasis the emphasized ranges, ordered, merged where they touch
   * @param strong the strong ranges, ordered, merged where they touch
   */
  record Result(String text, List<Range> links, List<Range> emphasis, List<Range> strong) {
    int length() {
      return text.codePointCount(0, text.length());
    }
  }

  private final boolean multiline;
  private final StringBuilder text = new StringBuilder();
  private int length;
  private int combiningRun;
  private int removed;
  private int breaksAsSpaces;
  private final List<Range> links = new ArrayList<>();
  private final List<Range> emphasis = new ArrayList<>();
  private final List<Range> strong = new ArrayList<>();
  private final Map<String, Note> notes = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  TextBuffer(boolean multiline) {
    this.multiline = multiline;
  }

  /** Appends text as it stands in an HTML text node, entities already decoded. */
  void append(String raw) {
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (Whitespace.isHtmlSpace(cp)) {
        space();
      } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
        lineBreak();
      } else if (!PlainChars.allowed(cp)) {
        removed++;
      } else if (PlainChars.combining(cp)) {
        if (combiningRun == PlainChars.MAX_COMBINING_RUN) {
          removed++;
        } else {
          combiningRun++;
          put(cp);
        }
      } else {
        combiningRun = 0;
        put(cp);
      }
    }
  }

  /** Appends a line break: {@code <br>}, or a space in a text of one line. */
  void lineBreak() {
    if (!multiline) {
      breaksAsSpaces++;
      space();
      return;
    }
    combiningRun = 0;
    put('\n');
  }

  /** Appends one space unless the text is empty or already ends in a space or line break. */
  void space() {
    if (length == 0) {
      return;
    }
    char last = text.charAt(text.length() - 1);
    if (last != ' ' && last != '\n') {
      combiningRun = 0;
      put(' ');
    }
  }

  private void put(int cp) {
    text.appendCodePoint(cp);
    length++;
  }

  /** Returns the position the next character will have, in code points. */
  int position() {
    return length;
  }

  /** Whether nothing but white space has been collected. */
  boolean isEmpty() {
    return length == 0;
  }

  void link(int start, String href) {
    links.add(new Range(start, length, href));
  }

  void emphasis(int start) {
    emphasis.add(new Range(start, length, null));
  }

  void strong(int start) {
    strong.add(new Range(start, length, null));
  }

  /** Records a note; notes with the same suffix and detail are reported once. */
  void note(LossKind kind, String suffix, String detail) {
    notes.putIfAbsent(kind + suffix + detail, new Note(kind, suffix, detail));
  }

  /** Counts an element of a kind that was dropped or unwrapped, reported once with the count. */
  void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  /** Returns what happened to this block's parts, in the order first seen. */
  List<Note> notes(String textSuffix) {
    List<Note> all = new ArrayList<>();
    if (removed > 0) {
      all.add(new Note(LossKind.CHANGED, textSuffix,
          "removed " + removed + (removed == 1 ? " character" : " characters") + " that plain text must not hold"));
    }
    if (breaksAsSpaces > 0) {
      all.add(new Note(LossKind.CHANGED, textSuffix, "line breaks read as spaces in a text of one line"));
    }
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      all.add(new Note(LossKind.DROPPED, "", count.getValue() + " " + count.getKey()));
    }
    all.addAll(notes.values());
    return all;
  }

  /** Applies the white-space rule and returns the text with its ranges. */
  Result finish() {
    int[] codePoints = text.codePoints().toArray();
    int n = codePoints.length;
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      keep[i] = codePoints[i] != ' ' || (i + 1 < n && codePoints[i + 1] != '\n');
    }
    int[] index = new int[n + 1];
    StringBuilder result = new StringBuilder(text.length());
    int kept = 0;
    for (int i = 0; i < n; i++) {
      index[i] = kept;
      if (keep[i]) {
        result.appendCodePoint(codePoints[i]);
        kept++;
      }
    }
    index[n] = kept;
    List<Range> mappedLinks = new ArrayList<>();
    int linkEnd = 0;
    for (Range link : links) {
      Range mapped = new Range(index[link.start()], index[link.end()], link.href());
      if (mapped.start() >= mapped.end()) {
        note(LossKind.DROPPED, "/links", "a link over no text");
      } else if (mapped.start() < linkEnd) {
        note(LossKind.DROPPED, "/links", "a link inside another link");
      } else {
        mappedLinks.add(mapped);
        linkEnd = mapped.end();
      }
    }
    return new Result(result.toString(), mappedLinks, merge(emphasis, index), merge(strong, index));
  }

  /** Maps ranges onto the result and joins those that overlap or touch: HTML cannot tell them apart. */
  private static List<Range> merge(List<Range> ranges, int[] index) {
    List<Range> sorted = new ArrayList<>();
    for (Range range : ranges) {
      int start = index[range.start()];
      int end = index[range.end()];
      if (start < end) {
        sorted.add(new Range(start, end, null));
      }
    }
    sorted.sort(Comparator.comparingInt(Range::start));
    List<Range> merged = new ArrayList<>();
    for (Range range : sorted) {
      Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range.start() <= last.end()) {
        merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end()), null));
      } else {
        merged.add(range);
      }
    }
    return merged;
  }
}
