package dev.masthead.html;

import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Rendition;
import dev.masthead.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What the tests hold the HTML module to, written independently of it: the white-space rule of the
 * package applied to blocks, and the safelist rendered HTML must pass.
 */
final class HtmlRules {
  private HtmlRules() {}

  /**
   * The safelist of the issue: jsoup's relaxed one extended with exactly {@code article}, {@code
   * figure}, {@code figcaption}, {@code time[datetime]}, {@code hr}, {@code img[srcset|loading]},
   * {@code a[rel]} and {@code lang}/{@code dir}/{@code class} on every element.
   */
  static Safelist safelist() {
    return Safelist.relaxed()
        .addTags("article", "figure", "figcaption", "time", "hr")
        .addAttributes("time", "datetime")
        .addAttributes("img", "srcset", "loading")
        .addAttributes("a", "rel")
        .addAttributes(":all", "lang", "dir", "class");
  }

  /** Asserts nothing in the HTML can run: no script-bearing element, no handler, no other scheme. */
  static List<String> executable(String html) {
    Document document = Jsoup.parse(html);
    List<String> problems = new ArrayList<>();
    for (Element element : document.body().getAllElements()) {
      String tag = element.normalName();
      if (List.of("script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "link", "meta")
          .contains(tag)) {
        problems.add("element " + tag);
      }
      for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        if (key.startsWith("on") || key.equals("style") || key.equals("formaction")) {
          problems.add("attribute " + key);
        }
        if (key.equals("href") || key.equals("src") || key.equals("srcset") || key.equals("action")) {
          String value = attribute.getValue().toLowerCase(java.util.Locale.ROOT);
          if (!value.startsWith("http://") && !value.startsWith("https://")) {
            problems.add(key + " " + value);
          }
        }
      }
    }
    return problems;
  }

  /** The blocks as they read back from HTML: every text under the white-space rule. */
  static List<Block> expected(List<Block> blocks) {
    List<Block> expected = new ArrayList<>();
    for (Block block : blocks) {
      expected.add(expected(block));
    }
    return expected;
  }

  static Block expected(Block block) {
    switch (block.type()) {
      case PARAGRAPH: {
        Paragraph paragraph = (Paragraph) block;
        List<int[]> ranges = new ArrayList<>();
        for (Link link : paragraph.links()) {
          ranges.add(new int[] {link.start(), link.end()});
        }
        for (Span span : paragraph.emphasis()) {
          ranges.add(new int[] {span.start(), span.end()});
        }
        for (Span span : paragraph.strong()) {
          ranges.add(new int[] {span.start(), span.end()});
        }
        Normal normal = normalize(paragraph.text(), ranges);
        List<Link> links = new ArrayList<>();
        int n = paragraph.links().size();
        for (int i = 0; i < n; i++) {
          int[] range = normal.ranges.get(i);
          if (range[0] < range[1]) {
            links.add(new Link(range[0], range[1], paragraph.links().get(i).href()));
          }
        }
        int e = paragraph.emphasis().size();
        List<Span> emphasis = joined(normal.ranges.subList(n, n + e));
        List<Span> strong = joined(normal.ranges.subList(n + e, normal.ranges.size()));
        return new Paragraph(normal.text, links, emphasis, strong);
      }
      case HEADING:
        Heading heading = (Heading) block;
        return new Heading(heading.level(), text(heading.text()));
      case QUOTE:
        Quote quote = (Quote) block;
        return new Quote(text(quote.text()), quote.attribution() == null ? null : text(quote.attribution()));
      case LIST:
        ListBlock list = (ListBlock) block;
        return new ListBlock(list.ordered(), list.items().stream().map(HtmlRules::text).toList());
      case IMAGE:
        return new ImageBlock(image(((ImageBlock) block).image()));
      default:
        return block;
    }
  }

  /**
   * Ranges of one kind as HTML gives them back: empty ones gone, touching or overlapping ones joined
   * (two {@code <em>} elements side by side read as one emphasis).
   */
  static List<Span> joined(List<int[]> ranges) {
    List<Span> joined = new ArrayList<>();
    for (int[] range : ranges) {
      if (range[0] >= range[1]) {
        continue;
      }
      Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && range[0] <= last.end()) {
        joined.set(joined.size() - 1, new Span(last.start(), Math.max(last.end(), range[1])));
      } else {
        joined.add(new Span(range[0], range[1]));
      }
    }
    return joined;
  }

  /**
   * An image as HTML gives it back: renditions as a srcset carries them (URL and width; those
   * without a width left out), rights and digital source type gone.
   */
  static Image image(Image image) {
    Credit credit = image.credit();
    List<Rendition> renditions = new ArrayList<>();
    for (Rendition rendition : image.renditions()) {
      if (rendition.width() != null && !rendition.url().endsWith(",")) {
        renditions.add(new Rendition(rendition.url(), rendition.width(), null, null));
      }
    }
    return new Image(image.url(), image.altText(), image.caption() == null ? null : text(image.caption()),
        image.width(), image.height(), credit == null ? null : new Credit(credit.role(),
            credit.name() == null ? null : text(credit.name()),
            credit.organization() == null ? null : text(credit.organization()),
            credit.text() == null ? null : text(credit.text()),
            credit.copyrightNotice() == null ? null : text(credit.copyrightNotice()),
            credit.license()), renditions, null, null);
  }

  static String text(String text) {
    return normalize(text, List.of()).text;
  }

  /** A text and its ranges under the white-space rule. */
  record Normal(String text, List<int[]> ranges) {}

  /**
   * The rule, code point by code point: a carriage return is a line break, and a line feed right
   * after one is dropped; each run of space, tab and form feed becomes one space kept at the run's
   * first character, and is dropped at either end of the text or next to a line break. A range keeps
   * the code points it covered that are kept.
   */
  static Normal normalize(String text, List<int[]> ranges) {
    int[] cps = text.codePoints().toArray();
    int n = cps.length;
    int[] out = new int[n];
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      int cp = cps[i];
      if (cp == '\n' && i > 0 && cps[i - 1] == '\r') {
        keep[i] = false;
      } else if (cp == '\r' || cp == '\n') {
        keep[i] = true;
        out[i] = '\n';
      } else if (cp == ' ' || cp == '\t' || cp == '\f') {
        keep[i] = i == 0 || !(cps[i - 1] == ' ' || cps[i - 1] == '\t' || cps[i - 1] == '\f');
        out[i] = ' ';
      } else {
        keep[i] = true;
        out[i] = cp;
      }
    }
    // Spaces at the start, at the end and next to a line break go.
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        kept.add(i);
      }
    }
    for (int k = 0; k < kept.size(); k++) {
      int i = kept.get(k);
      if (out[i] == ' ') {
        boolean first = k == 0;
        boolean last = k == kept.size() - 1;
        boolean beforeBreak = !last && out[kept.get(k + 1)] == '\n';
        boolean afterBreak = !first && out[kept.get(k - 1)] == '\n';
        if (first || last || beforeBreak || afterBreak) {
          keep[i] = false;
        }
      }
    }
    // A space dropped at the start may have hidden a later space of the same run: there is none,
    // since a run keeps only its first character.
    int[] index = new int[n + 1];
    StringBuilder result = new StringBuilder();
    int count = 0;
    for (int i = 0; i < n; i++) {
      index[i] = count;
      if (keep[i]) {
        result.appendCodePoint(out[i]);
        count++;
      }
    }
    index[n] = count;
    List<int[]> mapped = new ArrayList<>();
    for (int[] range : ranges) {
      mapped.add(new int[] {index[range[0]], index[range[1]]});
    }
    return new Normal(result.toString(), mapped);
  }
}
