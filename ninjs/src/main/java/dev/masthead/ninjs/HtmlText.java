package dev.masthead.ninjs;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Block;
import dev.masthead.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of an HTML body as paragraphs: block elements end a paragraph, the content of
 * script, style and head elements is left out, character references are decoded, and all other
 * markup is left out (and reported). Nothing of the markup is interpreted beyond that.
 */
final class HtmlText {
  private static final int MAX_PARAGRAPH = 20_000;
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section",
      "article", "figure", "figcaption", "table", "tr", "td", "th", "hr", "header", "footer", "body",
      "html", "pre", "dl", "dt", "dd", "aside", "main", "nav", "address");
  private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template", "iframe", "object", "svg", "math");
  private static final Set<String> PLAIN = Set.of("p", "br", "body", "html", "section", "article", "div", "span");
  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "\u2013"),
      Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
      Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("laquo", "\u00AB"),
      Map.entry("raquo", "\u00BB"), Map.entry("hellip", "\u2026"), Map.entry("copy", "\u00A9"),
      Map.entry("reg", "\u00AE"), Map.entry("euro", "\u20AC"), Map.entry("shy", ""));

  private HtmlText() {}

  static Converted<List<Block>> blocks(String html, String pointer) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean markup = false;
    int length = html.length();
    int i = 0;
    while (i < length) {
      char c = html.charAt(i);
      if (c == '<') {
        if (html.startsWith("<!--", i)) {
          int end = html.indexOf("-->", i + 4);
          i = end < 0 ? length : end + 3;
          continue;
        }
        int end = tagEnd(html, i + 1);
        String tag = html.substring(i + 1, Math.max(i + 1, end));
        i = end < length ? end + 1 : length;
        String name = name(tag);
        if (name.isEmpty()) {
          continue;
        }
        if (!PLAIN.contains(name)) {
          markup = true;
        }
        if (SKIPPED.contains(name) && !tag.startsWith("/") && !tag.endsWith("/")) {
          int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
          i = close < 0 ? length : close;
          continue;
        }
        if (BLOCKS.contains(name)) {
          flush(text, blocks);
        }
        continue;
      }
      if (c == '&') {
        int semicolon = html.indexOf(';', i);
        if (semicolon > i && semicolon - i <= 10) {
          String decoded = decode(html.substring(i + 1, semicolon));
          if (decoded != null) {
            text.append(decoded);
            i = semicolon + 1;
            continue;
          }
        }
      }
      text.append(c);
      i++;
    }
    flush(text, blocks);
    List<Loss> losses = new ArrayList<>();
    if (markup) {
      losses.add(Loss.changed(pointer, "html read as plain paragraphs: links, emphasis, headings, quotes, lists and images in it are not kept"));
    }
    return Converted.of(blocks, losses);
  }

  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return html.length();
  }

  private static String name(String tag) {
    int start = tag.startsWith("/") ? 1 : 0;
    int end = start;
    while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
      end++;
    }
    return tag.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static @org.jspecify.annotations.Nullable String decode(String entity) {
    if (entity.startsWith("#x") || entity.startsWith("#X")) {
      return codePoint(entity.substring(2), 16);
    }
    if (entity.startsWith("#")) {
      return codePoint(entity.substring(1), 10);
    }
    return ENTITIES.get(entity);
  }

  private static @org.jspecify.annotations.Nullable String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void flush(StringBuilder text, List<Block> blocks) {
    String collapsed = text.toString().replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    text.setLength(0);
    String clean = collapsed.isEmpty() ? null : Texts.singleLine(collapsed, Integer.MAX_VALUE);
    if (clean != null) {
      for (String part : Bodies.chunks(clean, MAX_PARAGRAPH)) {
        blocks.add(Paragraph.of(part));
      }
    }
  }
}
