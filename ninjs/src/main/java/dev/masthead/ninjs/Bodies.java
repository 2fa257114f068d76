package dev.masthead.ninjs;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Block;
import dev.masthead.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import dev.masthead.html.HtmlLimitException;
import dev.masthead.html.HtmlReader;
import org.jspecify.annotations.Nullable;

/** Chooses among a ninjs item's bodies and turns the chosen one into blocks. */
final class Bodies {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|[\\n\\r\\u0085\\u2028\\u2029]");

  private Bodies() {}

  /** The kind of content a body or description holds, from its content type. */
  enum Family {
    /** HTML or XHTML; preferred. */
    HTML(2),
    /** Plain text. */
    TEXT(1),
    /** NITF and other XML; not read. */
    XML(0),
    /** Anything else; not read. */
    OTHER(0);

    private final int rank;

    Family(int rank) {
      this.rank = rank;
    }

    /** Higher is preferred; 0 is never read. */
    int rank() {
      return rank;
    }
  }

  /**
   * Returns the family of a content type: {@code text/html} and {@code application/xhtml+xml} (and
   * provider names holding "html") are HTML, {@code text/plain} is plain text, NITF and other
   * {@code xml} types are XML. Without a content type, a value starting with a tag is HTML.
   */
  static Family family(@Nullable String contentType, String value) {
    if (contentType == null || contentType.isBlank()) {
      return value.stripLeading().startsWith("<") ? Family.HTML : Family.TEXT;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    int parameters = type.indexOf(';');
    type = (parameters < 0 ? type : type.substring(0, parameters)).strip();
    if (type.equals("text/plain")) {
      return Family.TEXT;
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return Family.HTML;
    }
    if (type.contains("nitf") || type.contains("xml")) {
      return type.contains("xhtml") ? Family.HTML : Family.XML;
    }
    return type.contains("html") ? Family.HTML : Family.OTHER;
  }

  /**
   * Returns the paragraphs of a plain-text body, one per non-blank line, each at most {@code max}
   * code points (a longer line is split at spaces).
   */
  static Converted<List<Block>> plain(String value, String pointer, int max) {
    List<Block> blocks = new ArrayList<>();
    List<Loss> losses = new ArrayList<>();
    boolean cleaned = false;
    boolean split = false;
    String[] lines = LINE_BREAKS.split(value);
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String clean = Texts.singleLine(line, Integer.MAX_VALUE);
      if (clean == null) {
        cleaned = true;
        continue;
      }
      if (!clean.equals(line)) {
        cleaned = true;
      }
      for (String part : chunks(clean, max)) {
        blocks.add(Paragraph.of(part));
      }
      split |= clean.codePointCount(0, clean.length()) > max;
    }
    if (blocks.size() > 1) {
      losses.add(Loss.guessed(pointer, "plain text read as " + blocks.size() + " paragraphs, one per line"));
    }
    if (cleaned) {
      losses.add(Loss.changed(pointer, "tabs or characters plain text must not hold were removed"));
    }
    if (split) {
      losses.add(Loss.changed(pointer, "a line longer than " + max + " code points was split at spaces"));
    }
    return Converted.of(blocks, losses);
  }

  /** Splits a text into parts of at most {@code max} code points, at spaces where it can. */
  static List<String> chunks(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.codePointCount(0, rest.length()) > max) {
      int end = rest.offsetByCodePoints(0, max);
      int space = rest.lastIndexOf(' ', end);
      int cut = space > end / 2 ? space : end;
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  /**
   * Returns the blocks of an HTML body, read by the html module's reader (hostile markup removed,
   * unsafe URLs dropped, limits enforced), with its losses moved to {@code pointer}: each names the
   * block of the result it concerns. Null when the body is beyond one of the reader's limits.
   */
  static @Nullable Converted<List<Block>> html(String value, String pointer, List<Loss> losses) {
    Converted<List<Block>> read;
    try {
      read = HtmlReader.standard().readBlocks(value);
    } catch (HtmlLimitException e) {
      losses.add(Loss.dropped(pointer, "the html body is beyond a limit of the html reader: " + e.getMessage()));
      return null;
    }
    List<Loss> moved = new ArrayList<>();
    for (Loss loss : read.losses()) {
      moved.add(new Loss(pointer, loss.kind(), loss.detail() + " (html block " + loss.pointer() + ")"));
    }
    return Converted.of(read.value(), moved);
  }
}
