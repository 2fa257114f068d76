package dev.masthead.html;

import dev.masthead.conversion.Loss;
import dev.masthead.conversion.LossKind;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Rendition;
import dev.masthead.model.Span;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** One reading of HTML into blocks or an article; mutable, used once. */
final class Importer {
  /** Elements whose content is never text of the article: dropped with everything inside. */
  private static final Set<String> DROPPED = Set.of(
      "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "form",
      "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output", "fieldset", "legend",
      "label", "noscript", "noembed", "noframes", "template", "canvas", "audio", "video", "source", "track",
      "picture", "map", "area", "link", "meta", "base", "head", "title", "dialog", "slot", "portal", "param",
      "xmp", "plaintext", "marquee");
  /** Elements that separate blocks but are not blocks of their own: their content is read as blocks. */
  private static final Set<String> WRAPPERS = Set.of(
      "html", "body", "div", "section", "article", "main", "header", "footer", "aside", "nav", "center",
      "details", "summary", "address", "hgroup", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
      "td", "th", "caption", "colgroup", "col", "search", "menu");
  /** Inline formatting the model has no place for: the text stays, the formatting goes. */
  private static final Set<String> FORMATTING = Set.of(
      "u", "s", "strike", "del", "ins", "sup", "sub", "small", "big", "mark", "code", "kbd", "samp", "var",
      "tt", "q", "dfn", "blink");
  /** Elements that end a line of text when met inside a block's text. */
  private static final Set<String> BLOCK_LEVEL = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "figure", "figcaption", "hr",
      "pre", "div", "section", "article", "main", "header", "footer", "aside", "nav", "center", "details",
      "summary", "address", "hgroup", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
      "caption", "search", "menu");

  private static final int MAX_TEXT = 20_000;
  private static final int MAX_HEADING = 300;
  private static final int MAX_SHORT = 1_000;
  private static final int MAX_LINE_200 = 200;
  private static final int MAX_LIST_ITEMS = 1_000;
  private static final int MAX_LINKS = 1_000;

  private final HtmlReader reader;
  private final String prefix;
  private final List<Loss> losses = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private @Nullable TextBuffer loose;
  private final List<Block> afterLoose = new ArrayList<>();
  private final List<TextBuffer.Note> looseNotes = new ArrayList<>();
  private @Nullable Element skip;

  Importer(HtmlReader reader, String prefix) {
    this.reader = reader;
    this.prefix = prefix;
  }

  List<Loss> losses() {
    return List.copyOf(losses);
  }

  // Blocks.

  /** Reads the blocks of {@code root}, leaving out {@code skip} (the element read as the headline). */
  List<Block> blocksOf(Element root, @Nullable Element skip) {
    this.skip = skip;
    blockContent(root);
    flushLoose();
    return List.copyOf(blocks);
  }

  private String here() {
    return prefix + "/" + blocks.size();
  }

  private void blockContent(Element parent) {
    for (Node node : parent.childNodes()) {
      blockNode(node);
    }
  }

  private void blockNode(Node node) {
    if (node instanceof TextNode) {
      TextNode text = (TextNode) node;
      if (loose != null || !text.isBlank()) {
        looseBuffer().append(text.getWholeText());
      }
      return;
    }
    if (node instanceof Comment) {
      losses.add(Loss.dropped(here(), "an html comment"));
      return;
    }
    if (!(node instanceof Element)) {
      return;
    }
    Element element = (Element) node;
    if (element == skip) {
      return;
    }
    String tag = element.normalName();
    if (DROPPED.contains(tag) || BLOCK_LEVEL.contains(tag) || tag.equals("img")) {
      reportAttributes(element, null);
    }
    if (DROPPED.contains(tag)) {
      flushLoose();
      losses.add(Loss.dropped(here(), "a " + tag + " element"));
      return;
    }
    switch (tag) {
      case "p":
      case "pre":
        flushLoose();
        paragraph(element);
        return;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        flushLoose();
        heading(element);
        return;
      case "blockquote":
        flushLoose();
        quote(element);
        return;
      case "ul":
      case "ol":
        flushLoose();
        list(element);
        return;
      case "figure":
        flushLoose();
        figure(element);
        return;
      case "img":
        flushLoose();
        image(element, null, false);
        return;
      case "hr":
        flushLoose();
        add(Divider.of());
        return;
      case "li":
        // A list item outside a list: a paragraph of its own.
        flushLoose();
        paragraph(element);
        return;
      default:
        break;
    }
    if (WRAPPERS.contains(tag)) {
      flushLoose();
      if (tag.equals("table")) {
        losses.add(Loss.changed(here(), "a table read as the paragraphs of its cells"));
      }
      blockContent(element);
      flushLoose();
      return;
    }
    // Inline content outside any block: part of a paragraph of loose text.
    TextBuffer buffer = looseBuffer();
    inlineNode(element, buffer, afterLoose, null);
  }

  private TextBuffer looseBuffer() {
    if (loose == null) {
      loose = new TextBuffer(true);
    }
    return loose;
  }

  private void flushLoose() {
    TextBuffer buffer = loose;
    if (buffer == null) {
      return;
    }
    loose = null;
    paragraphOf(buffer);
    List<Block> moved = new ArrayList<>(afterLoose);
    afterLoose.clear();
    moved.forEach(this::add);
  }

  private void paragraph(Element element) {
    TextBuffer buffer = new TextBuffer(true);
    List<Block> after = new ArrayList<>();
    inlineContent(element, buffer, after);
    if (element.normalName().equals("pre")) {
      buffer.note(LossKind.CHANGED, "/text", "preformatted text read with white space collapsed");
    }
    paragraphOf(buffer);
    after.forEach(this::add);
  }

  /** Adds the paragraph held by {@code buffer}, split when longer than the model allows. */
  private void paragraphOf(TextBuffer buffer) {
    TextBuffer.Result result = buffer.finish();
    List<TextBuffer.Note> notes = buffer.notes("/text");
    if (!hasVisible(result.text())) {
      if (!result.text().isEmpty() || !notes.isEmpty()) {
        report(here(), notes);
        losses.add(Loss.dropped(here(), "a paragraph with no visible text"));
      }
      return;
    }
    List<TextBuffer.Result> parts = split(result, MAX_TEXT);
    String first = here();
    report(first, notes);
    if (parts.size() > 1) {
      losses.add(Loss.changed(first, "split into " + parts.size() + " paragraphs: longer than " + MAX_TEXT
          + " code points"));
    }
    for (TextBuffer.Result part : parts) {
      String pointer = here();
      Paragraph.Builder paragraph = Paragraph.builder(part.text());
      for (TextBuffer.Range range : capped(part.links(), pointer + "/links", "links")) {
        paragraph.addLink(new Link(range.start(), range.end(), range.href()));
      }
      for (TextBuffer.Range range : capped(part.emphasis(), pointer + "/emphasis", "emphasis ranges")) {
        paragraph.addEmphasis(new Span(range.start(), range.end()));
      }
      for (TextBuffer.Range range : capped(part.strong(), pointer + "/strong", "strong ranges")) {
        paragraph.addStrong(new Span(range.start(), range.end()));
      }
      addChecked(pointer, paragraph::build);
    }
  }

  /** The first {@value #MAX_LINKS} ranges, reporting the rest. */
  private List<TextBuffer.Range> capped(List<TextBuffer.Range> ranges, String pointer, String what) {
    if (ranges.size() <= MAX_LINKS) {
      return ranges;
    }
    losses.add(Loss.dropped(pointer, (ranges.size() - MAX_LINKS) + " " + what + " beyond the " + MAX_LINKS
        + " a paragraph may hold"));
    return ranges.subList(0, MAX_LINKS);
  }

  private void heading(Element element) {
    TextBuffer buffer = new TextBuffer(false);
    List<Block> after = new ArrayList<>();
    inlineContent(element, buffer, after);
    TextBuffer.Result result = buffer.finish();
    List<TextBuffer.Note> notes = buffer.notes("/text");
    int level = element.normalName().charAt(1) - '0';
    if (!hasVisible(result.text())) {
      report(here(), notes);
      losses.add(Loss.dropped(here(), "a heading with no visible text"));
    } else if (result.length() > MAX_HEADING) {
      report(here(), notes);
      losses.add(Loss.changed(here(), "a heading longer than " + MAX_HEADING + " code points read as a paragraph"));
      TextBuffer paragraph = new TextBuffer(true);
      paragraph.append(result.text());
      paragraphOf(paragraph);
    } else {
      String pointer = here();
      report(pointer, notes);
      if (level == 1) {
        losses.add(Loss.changed(pointer + "/level", "h1 read as a level 2 heading: the headline is level 1"));
        level = 2;
      }
      if (!result.links().isEmpty() || !result.emphasis().isEmpty() || !result.strong().isEmpty()) {
        losses.add(Loss.dropped(pointer + "/text", "links and emphasis in a heading"));
      }
      int headingLevel = level;
      addChecked(pointer, () -> Heading.of(headingLevel, result.text()));
    }
    after.forEach(this::add);
  }

  private void quote(Element element) {
    TextBuffer buffer = new TextBuffer(true);
    List<Block> after = new ArrayList<>();
    Element cite = element.selectFirst("cite");
    String attribution = null;
    List<TextBuffer.Note> attributionNotes = List.of();
    if (cite != null) {
      TextBuffer citeBuffer = new TextBuffer(false);
      inlineContent(cite, citeBuffer, after);
      TextBuffer.Result citeResult = citeBuffer.finish();
      attributionNotes = citeBuffer.notes("/attribution");
      attribution = hasVisible(citeResult.text()) ? citeResult.text() : null;
    }
    boolean firstBlock = true;
    for (Node child : element.childNodes()) {
      if (child == cite || (cite != null && child instanceof Element && ((Element) child).normalName().equals("footer")
          && cite.parent() == child && child.childNodeSize() == 1)) {
        continue;
      }
      if (child instanceof Element && (((Element) child).normalName().equals("p")
          || ((Element) child).normalName().equals("div"))) {
        if (!firstBlock && !buffer.isEmpty()) {
          buffer.lineBreak();
          buffer.lineBreak();
        }
        inlineContent((Element) child, buffer, after, cite);
        firstBlock = buffer.isEmpty();
      } else {
        inlineNode(child, buffer, after, cite);
      }
    }
    TextBuffer.Result result = buffer.finish();
    List<TextBuffer.Note> notes = new ArrayList<>(buffer.notes("/text"));
    notes.addAll(attributionNotes);
    if (!result.links().isEmpty() || !result.emphasis().isEmpty() || !result.strong().isEmpty()) {
      notes.add(new TextBuffer.Note(LossKind.DROPPED, "/text", "links and emphasis in a quote"));
    }
    if (!hasVisible(result.text())) {
      report(here(), notes);
      losses.add(Loss.dropped(here(), "a quote with no visible text"));
      after.forEach(this::add);
      return;
    }
    if (attribution != null && attribution.codePointCount(0, attribution.length()) > MAX_LINE_200) {
      notes.add(new TextBuffer.Note(LossKind.DROPPED, "/attribution", "longer than " + MAX_LINE_200 + " code points"));
      attribution = null;
    }
    List<TextBuffer.Result> parts = split(result, MAX_TEXT);
    report(here(), notes);
    if (parts.size() > 1) {
      losses.add(Loss.changed(here(), "split into " + parts.size() + " quotes: longer than " + MAX_TEXT
          + " code points"));
    }
    for (int i = 0; i < parts.size(); i++) {
      String text = parts.get(i).text();
      String by = i == parts.size() - 1 ? attribution : null;
      addChecked(here(), () -> Quote.of(text, by));
    }
    after.forEach(this::add);
  }

  private void list(Element element) {
    boolean ordered = element.normalName().equals("ol");
    List<String> items = new ArrayList<>();
    List<Block> after = new ArrayList<>();
    List<TextBuffer.Note> notes = new ArrayList<>();
    boolean nested = false;
    for (Node child : element.childNodes()) {
      TextBuffer buffer = new TextBuffer(true);
      if (child instanceof Element && ((Element) child).normalName().equals("li")) {
        Element li = (Element) child;
        reportAttributes(li, buffer);
        nested |= li.selectFirst("ul, ol") != null;
        inlineContent(li, buffer, after);
      } else if (child instanceof TextNode && ((TextNode) child).isBlank()) {
        continue;
      } else {
        inlineNode(child, buffer, after, null);
      }
      TextBuffer.Result result = buffer.finish();
      int index = items.size();
      for (TextBuffer.Note note : buffer.notes("")) {
        notes.add(new TextBuffer.Note(note.kind(), "/items/" + index + note.suffix(), note.detail()));
      }
      if (!result.links().isEmpty() || !result.emphasis().isEmpty() || !result.strong().isEmpty()) {
        notes.add(new TextBuffer.Note(LossKind.DROPPED, "/items/" + index, "links and emphasis in a list item"));
      }
      if (!hasVisible(result.text())) {
        if (!result.text().isEmpty() || child instanceof Element) {
          notes.add(new TextBuffer.Note(LossKind.DROPPED, "/items", "a list item with no visible text"));
        }
        continue;
      }
      List<TextBuffer.Result> parts = split(result, MAX_TEXT);
      if (parts.size() > 1) {
        notes.add(new TextBuffer.Note(LossKind.CHANGED, "/items/" + index, "split into " + parts.size()
            + " items: longer than " + MAX_TEXT + " code points"));
      }
      parts.forEach(part -> items.add(part.text()));
    }
    if (nested) {
      notes.add(new TextBuffer.Note(LossKind.CHANGED, "/items", "nested lists read as lines of their item"));
    }
    if (items.isEmpty()) {
      report(here(), notes);
      losses.add(Loss.dropped(here(), "a list with no items"));
    } else {
      report(here(), notes);
      int lists = (items.size() + MAX_LIST_ITEMS - 1) / MAX_LIST_ITEMS;
      if (lists > 1) {
        losses.add(Loss.changed(here(), "split into " + lists + " lists: more than " + MAX_LIST_ITEMS + " items"));
      }
      for (int from = 0; from < items.size(); from += MAX_LIST_ITEMS) {
        List<String> part = items.subList(from, Math.min(items.size(), from + MAX_LIST_ITEMS));
        addChecked(here(), () -> ListBlock.of(ordered, part));
      }
    }
    after.forEach(this::add);
  }

  private void figure(Element figure) {
    Element img = figure.selectFirst("img");
    Element caption = figure.selectFirst("figcaption");
    if (img == null) {
      // A figure around a quote, a list or text: its content is read as blocks.
      losses.add(Loss.changed(here(), "a figure without an image read as its content"));
      blockContent(figure);
      flushLoose();
      return;
    }
    for (Element other : figure.select("img")) {
      if (other != img) {
        losses.add(Loss.dropped(here(), "a second image in one figure"));
      }
    }
    image(img, caption, figure.hasClass("mh-lead-image"));
  }

  /** Adds the image block of an {@code img}, with the caption and credit of a {@code figcaption}. */
  private void image(Element img, @Nullable Element figcaption, boolean lead) {
    List<Loss> notes = new ArrayList<>();
    Image image = imageOf(img, figcaption, "/image", notes);
    String pointer = here();
    for (Loss note : notes) {
      losses.add(new Loss(pointer + note.pointer(), note.kind(), note.detail()));
    }
    if (image == null) {
      losses.add(Loss.dropped(pointer, "an image with no usable source, text or caption"));
      return;
    }
    addChecked(pointer, () -> ImageBlock.of(image));
    for (Block block : overflow) {
      add(block);
    }
    overflow.clear();
  }

  private final List<Block> overflow = new ArrayList<>();

  /**
   * Reads an image: the source, alt text, size, and the caption and credit of its figcaption. Losses
   * are relative to the image's place ({@code suffix}); a caption too long becomes a paragraph in
   * {@link #overflow}.
   */
  private @Nullable Image imageOf(Element img, @Nullable Element figcaption, String suffix, List<Loss> notes) {
    reportAttributes(img, null);
    Image.Builder image = Image.builder();
    boolean anything = false;
    String src = img.hasAttr("src") ? url(img.attr("src"), suffix + "/url", notes) : null;
    if (src != null) {
      image.url(src);
      anything = true;
    }
    if (img.hasAttr("alt")) {
      // An attribute keeps its white space: only what plain text of one line must not hold changes.
      String alt = img.attr("alt");
      StringBuilder cleaned = new StringBuilder(alt.length());
      alt.codePoints().forEach(cp -> {
        if (Whitespace.isHtmlSpace(cp)) {
          cleaned.append(' ');
        } else if (PlainChars.allowed(cp)) {
          cleaned.appendCodePoint(cp);
        }
      });
      String text = cleaned.toString();
      if (!text.equals(alt)) {
        notes.add(Loss.changed(suffix + "/altText", "line breaks, tabs and characters plain text must not hold"));
      }
      if (!hasVisible(text)) {
        if (!alt.isEmpty()) {
          notes.add(Loss.dropped(suffix + "/altText", "no visible text"));
        }
      } else if (text.codePointCount(0, text.length()) > MAX_SHORT) {
        notes.add(Loss.dropped(suffix + "/altText", "longer than " + MAX_SHORT + " code points"));
      } else {
        image.altText(text);
        anything = true;
      }
    }
    Integer width = dimension(img, "width", suffix, notes);
    Integer height = dimension(img, "height", suffix, notes);
    image.width(width).height(height);
    if (img.hasAttr("srcset")) {
      List<Srcset.Candidate> candidates = Srcset.parse(img.attr("srcset"));
      if (!candidates.isEmpty() && src != null && candidates.get(0).url().equals(src)
          && java.util.Objects.equals(candidates.get(0).width(), width)) {
        // The main image, listed first so that browsers may choose it.
        candidates = candidates.subList(1, candidates.size());
      }
      List<Rendition> renditions = new ArrayList<>();
      for (Srcset.Candidate candidate : candidates) {
        if (renditions.size() == 20) {
          notes.add(Loss.dropped(suffix + "/renditions", "renditions beyond the 20 an image may hold"));
          break;
        }
        String url = url(candidate.url(), suffix + "/renditions/" + renditions.size() + "/url", notes);
        if (url != null) {
          renditions.add(new Rendition(url, candidate.width(), null, null));
        }
      }
      image.renditions(renditions);
      anything |= !renditions.isEmpty();
    }
    // An image Masthead rendered may have no part at all yet: the model allows it while a piece is prepared.
    anything |= width != null || height != null || img.hasClass("mh-image");
    if (figcaption != null) {
      Element captionText = figcaption.selectFirst(".mh-caption");
      Element credit = figcaption.selectFirst(".mh-credit");
      TextBuffer buffer = new TextBuffer(false);
      List<Block> after = new ArrayList<>();
      if (captionText != null || credit != null) {
        if (captionText != null) {
          inlineContent(captionText, buffer, after);
        }
      } else {
        inlineContent(figcaption, buffer, after);
      }
      TextBuffer.Result result = buffer.finish();
      for (TextBuffer.Note note : buffer.notes("")) {
        notes.add(new Loss(suffix + "/caption" + note.suffix(), note.kind(), note.detail()));
      }
      if (!result.links().isEmpty() || !result.emphasis().isEmpty() || !result.strong().isEmpty()) {
        notes.add(Loss.dropped(suffix + "/caption", "links and emphasis in a caption"));
      }
      if (hasVisible(result.text())) {
        anything = true;
        if (result.length() > MAX_SHORT) {
          notes.add(Loss.changed(suffix + "/caption", "longer than " + MAX_SHORT
              + " code points: read as a paragraph after the image"));
          TextBuffer paragraph = new TextBuffer(true);
          paragraph.append(result.text());
          TextBuffer.Result text = paragraph.finish();
          for (TextBuffer.Result part : split(text, MAX_TEXT)) {
            overflow.add(new Paragraph(part.text(), List.of()));
          }
        } else {
          image.caption(result.text());
        }
      }
      if (credit != null) {
        Credit read = credit(credit, suffix + "/credit", notes);
        if (read != null) {
          image.credit(read);
        }
      }
      overflow.addAll(after);
    }
    if (!anything) {
      return null;
    }
    try {
      return image.build();
    } catch (InvalidContentException e) {
      notes.add(Loss.dropped(suffix, "not a well-formed image: " + e.violations().get(0)));
      return null;
    }
  }

  private @Nullable Integer dimension(Element img, String name, String suffix, List<Loss> notes) {
    if (!img.hasAttr(name)) {
      return null;
    }
    String value = img.attr(name).trim();
    if (value.matches("[0-9]{1,6}")) {
      int pixels = Integer.parseInt(value);
      if (pixels >= 1 && pixels <= 100_000) {
        return pixels;
      }
    }
    notes.add(Loss.dropped(suffix + "/" + name, "not a number of pixels from 1 to 100000"));
    return null;
  }

  /** Reads a credit Masthead rendered: its role from the class, its parts from marked spans. */
  private @Nullable Credit credit(Element element, String pointer, List<Loss> notes) {
    String role = null;
    for (String className : element.classNames()) {
      if (className.startsWith("mh-credit-role-")) {
        role = className.substring("mh-credit-role-".length());
      }
    }
    if (role == null) {
      role = Credit.PHOTO;
      notes.add(Loss.guessed(pointer + "/role", "a credit with no role read as a photo credit"));
    }
    Credit.Builder credit = Credit.builder(role)
        .name(part(element, ".mh-credit-name", MAX_LINE_200, pointer + "/name", notes))
        .organization(part(element, ".mh-credit-organization", MAX_LINE_200, pointer + "/organization", notes))
        .text(part(element, ".mh-credit-text", 500, pointer + "/text", notes))
        .copyrightNotice(part(element, ".mh-credit-copyright", MAX_SHORT, pointer + "/copyrightNotice", notes));
    Element license = element.selectFirst("a.mh-credit-license");
    if (license != null) {
      credit.license(url(license.attr("href"), pointer + "/license", notes));
    }
    try {
      return credit.build();
    } catch (InvalidContentException e) {
      notes.add(Loss.dropped(pointer, "not a well-formed credit: " + e.violations().get(0)));
      return null;
    }
  }

  /** The single-line text of the first element matching {@code query}, or null. */
  private @Nullable String part(Element root, String query, int max, String pointer, List<Loss> notes) {
    Element element = root.selectFirst(query);
    if (element == null) {
      return null;
    }
    return line(element, max, pointer, notes);
  }

  /** The text of an element read as one line, or null with a loss when it cannot be one. */
  private @Nullable String line(Element element, int max, String pointer, List<Loss> notes) {
    TextBuffer buffer = new TextBuffer(false);
    inlineContent(element, buffer, new ArrayList<>());
    TextBuffer.Result result = buffer.finish();
    for (TextBuffer.Note note : buffer.notes("")) {
      notes.add(new Loss(pointer + note.suffix(), note.kind(), note.detail()));
    }
    if (!hasVisible(result.text())) {
      return null;
    }
    if (result.length() > max) {
      notes.add(Loss.dropped(pointer, "longer than " + max + " code points"));
      return null;
    }
    return result.text();
  }

  // Inline content.

  private void inlineContent(Element element, TextBuffer buffer, List<Block> after) {
    inlineContent(element, buffer, after, null);
  }

  private void inlineContent(Element element, TextBuffer buffer, List<Block> after, @Nullable Element skipped) {
    for (Node child : element.childNodes()) {
      inlineNode(child, buffer, after, skipped);
    }
  }

  private void inlineNode(Node node, TextBuffer buffer, List<Block> after, @Nullable Element skipped) {
    if (node instanceof TextNode) {
      buffer.append(((TextNode) node).getWholeText());
      return;
    }
    if (node instanceof Comment) {
      buffer.count("html comments");
      return;
    }
    if (!(node instanceof Element) || node == skipped || node == skip) {
      return;
    }
    Element element = (Element) node;
    reportAttributes(element, buffer);
    String tag = element.normalName();
    if (DROPPED.contains(tag)) {
      buffer.count(tag + " elements");
      return;
    }
    switch (tag) {
      case "br":
        buffer.lineBreak();
        return;
      case "a": {
        int start = buffer.position();
        inlineContent(element, buffer, after, skipped);
        if (element.hasAttr("href")) {
          List<Loss> notes = new ArrayList<>();
          String href = url(element.attr("href"), "/links", notes);
          for (Loss note : notes) {
            buffer.note(note.kind(), note.pointer(), note.detail());
          }
          if (href != null) {
            buffer.link(start, href);
          }
        }
        return;
      }
      case "em":
      case "i": {
        int start = buffer.position();
        inlineContent(element, buffer, after, skipped);
        buffer.emphasis(start);
        return;
      }
      case "strong":
      case "b": {
        int start = buffer.position();
        inlineContent(element, buffer, after, skipped);
        buffer.strong(start);
        return;
      }
      case "img": {
        List<Loss> notes = new ArrayList<>();
        Image image = imageOf(element, null, "", notes);
        for (Loss note : notes) {
          buffer.note(note.kind(), "", "an image inside text: " + note.detail());
        }
        if (image != null) {
          buffer.note(LossKind.CHANGED, "", "an image inside text moved after it");
          after.add(new ImageBlock(image));
        }
        return;
      }
      case "hr":
        buffer.lineBreak();
        buffer.note(LossKind.CHANGED, "", "a divider inside text read as a line break");
        return;
      default:
        break;
    }
    if (FORMATTING.contains(tag)) {
      buffer.count(tag + " formatting");
    }
    boolean blockLevel = BLOCK_LEVEL.contains(tag);
    if (blockLevel && !buffer.isEmpty()) {
      buffer.lineBreak();
      buffer.note(LossKind.CHANGED, "", "blocks inside a block read as lines of one text");
    }
    inlineContent(element, buffer, after, skipped);
    if (blockLevel && !buffer.isEmpty()) {
      buffer.lineBreak();
    }
  }

  /** Reports event handlers; every other attribute the model has no place for goes silently. */
  private void reportAttributes(Element element, @Nullable TextBuffer buffer) {
    for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
      if (attribute.getKey().regionMatches(true, 0, "on", 0, 2)) {
        if (buffer != null) {
          buffer.count("event handler attributes");
        } else {
          losses.add(Loss.dropped(here(), "an event handler attribute"));
        }
      }
    }
  }

  /**
   * Returns an absolute http(s) URL the model accepts, resolving a relative one against the base
   * URI, or null with a loss. White space and control characters that browsers strip are stripped
   * first, so that no disguise of another scheme gets through.
   */
  private @Nullable String url(String raw, String pointer, List<Loss> notes) {
    StringBuilder cleaned = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        cleaned.append(c);
      }
    }
    String url = cleaned.toString();
    int start = 0;
    int end = url.length();
    while (start < end && url.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && url.charAt(end - 1) <= ' ') {
      end--;
    }
    url = url.substring(start, end);
    if (url.isEmpty()) {
      notes.add(Loss.dropped(pointer, "an empty url"));
      return null;
    }
    int colon = url.indexOf(':');
    int slash = url.indexOf('/');
    int question = url.indexOf('?');
    int hash = url.indexOf('#');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (question < 0 || colon < question)
        && (hash < 0 || colon < hash) && url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    if (hasScheme) {
      String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        notes.add(Loss.dropped(pointer, "a " + scheme + ": url: only http and https are kept"));
        return null;
      }
    } else {
      String base = reader.baseUri();
      if (base == null) {
        notes.add(Loss.dropped(pointer, "a relative url and no base uri to resolve it against"));
        return null;
      }
      // jsoup resolves as browsers do, including URLs java.net.URI refuses (non-ASCII, spaces).
      String resolved = new Document(base).appendElement("a").attr("href", url).absUrl("href");
      if (resolved.isEmpty() || !HtmlWriter.isHttpUrl(resolved)) {
        notes.add(Loss.dropped(pointer, "a relative url that does not resolve to an http(s) url"));
        return null;
      }
      notes.add(Loss.changed(pointer, "a relative url resolved against the base uri"));
      url = resolved;
    }
    if (!url.equals(raw) && hasScheme) {
      notes.add(Loss.changed(pointer, "white space removed from a url"));
    }
    try {
      Link.of(0, 1, url);
      return url;
    } catch (InvalidContentException e) {
      notes.add(Loss.dropped(pointer, "not a url the model accepts: " + e.violations().get(0).code()));
      return null;
    }
  }

  // Adding blocks.

  private void add(Block block) {
    if (blocks.size() == reader.maxBlocks()) {
      throw new HtmlLimitException(HtmlLimit.BLOCKS, reader.maxBlocks());
    }
    blocks.add(block);
  }

  /** Adds the block {@code factory} builds, or reports why it could not be built. */
  private void addChecked(String pointer, Supplier<Block> factory) {
    Block block;
    try {
      block = factory.get();
    } catch (InvalidContentException e) {
      losses.add(Loss.dropped(pointer, "not a well-formed block: " + e.violations().get(0)));
      return;
    }
    add(block);
  }

  private void report(String pointer, List<TextBuffer.Note> notes) {
    for (TextBuffer.Note note : notes) {
      losses.add(new Loss(pointer + note.suffix(), note.kind(), note.detail()));
    }
  }

  /** Splits a text into parts of at most {@code max} code points, at white space where it can. */
  static List<TextBuffer.Result> split(TextBuffer.Result result, int max) {
    int length = result.length();
    if (length <= max) {
      return List.of(result);
    }
    int[] codePoints = result.text().codePoints().toArray();
    List<TextBuffer.Result> parts = new ArrayList<>();
    int from = 0;
    while (from < length) {
      int to = Math.min(length, from + max);
      if (to < length) {
        for (int i = to; i > from + max / 2; i--) {
          if (codePoints[i - 1] == ' ' || codePoints[i - 1] == '\n') {
            to = i;
            break;
          }
        }
      }
      String text = new String(codePoints, from, to - from);
      List<TextBuffer.Range> links = slice(result.links(), from, to);
      parts.add(new TextBuffer.Result(text, links, slice(result.emphasis(), from, to), slice(result.strong(), from, to)));
      from = to;
    }
    return parts;
  }

  /** The parts of ranges that fall between {@code from} and {@code to}, moved to start at 0. */
  private static List<TextBuffer.Range> slice(List<TextBuffer.Range> ranges, int from, int to) {
    List<TextBuffer.Range> sliced = new ArrayList<>();
    for (TextBuffer.Range range : ranges) {
      int start = Math.max(range.start(), from);
      int end = Math.min(range.end(), to);
      if (start < end) {
        sliced.add(new TextBuffer.Range(start - from, end - from, range.href()));
      }
    }
    return sliced;
  }

  static boolean hasVisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (PlainChars.visible(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  // Articles.

  Article article(Document document) {
    Element own = document.selectFirst("article.mh-article");
    return own != null ? ownArticle(document, own) : foreignArticle(document);
  }

  private Article foreignArticle(Document document) {
    Element body = document.body();
    List<Element> articles = body.select("article");
    Element root = articles.size() == 1 ? articles.get(0) : body.selectFirst("main");
    if (root == null) {
      root = body;
    }
    Article.Builder article = Article.builder();
    Element h1 = root.selectFirst("h1");
    if (h1 == null) {
      h1 = body.selectFirst("h1");
    }
    String headline = null;
    if (h1 != null) {
      headline = line(h1, MAX_HEADING, "/headline", losses);
    }
    if (headline == null) {
      Element title = document.selectFirst("title");
      if (title != null) {
        headline = line(title, MAX_HEADING, "/headline", losses);
        if (headline != null) {
          losses.add(Loss.guessed("/headline", "taken from the page title: no h1"));
        }
      }
    }
    language(article, root, document);
    article.body(blocksOf(root, h1));
    return finish(article, headline);
  }

  private Article ownArticle(Document document, Element root) {
    Article.Builder article = Article.builder();
    String headline = part(root, ".mh-headline", MAX_HEADING, "/headline", losses);
    article.kicker(part(root, ".mh-kicker", 100, "/kicker", losses));
    article.subheadline(part(root, ".mh-subheadline", 500, "/subheadline", losses));
    article.summary(part(root, ".mh-summary", MAX_SHORT, "/summary", losses));
    article.dateline(part(root, ".mh-dateline", MAX_LINE_200, "/dateline", losses));
    String section = part(root, ".mh-section", 128, "/section", losses);
    if (section != null && section.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
      article.section(section);
    } else if (section != null) {
      losses.add(Loss.dropped("/section", "not a slug"));
    }
    article.publishedAt(time(root, "time.mh-published", "/publishedAt"));
    article.updatedAt(time(root, "time.mh-updated", "/updatedAt"));
    Element canonical = document.selectFirst("head link[rel=canonical]");
    if (canonical != null) {
      article.canonicalUrl(url(canonical.attr("href"), "/canonicalUrl", losses));
    }
    language(article, root, document);
    authors(article, root);
    Element lead = root.selectFirst("figure.mh-lead-image");
    if (lead != null) {
      Element img = lead.selectFirst("img");
      List<Loss> notes = new ArrayList<>();
      Image image = img == null ? null : imageOf(img, lead.selectFirst("figcaption"), "/leadImage", notes);
      losses.addAll(notes);
      article.leadImage(image);
    }
    Element body = root.selectFirst(".mh-body");
    if (body != null) {
      article.body(blocksOf(body, null));
    }
    if (!overflow.isEmpty()) {
      losses.add(Loss.changed("/body", "a lead image caption too long for the model read as the first paragraph"));
      List<Block> all = new ArrayList<>(overflow);
      all.addAll(blocks);
      article.body(all);
      overflow.clear();
    }
    int index = 0;
    for (Element credit : root.select(".mh-credits .mh-credit")) {
      Credit read = credit(credit, "/credits/" + index, losses);
      if (read != null) {
        article.addCredit(read);
        index++;
      }
    }
    Set<String> tags = new HashSet<>();
    index = 0;
    for (Element tag : root.select(".mh-tags > li")) {
      String text = line(tag, 64, "/tags/" + index, losses);
      if (text != null && tags.add(text.toLowerCase(Locale.ROOT))) {
        article.addTag(text);
        index++;
      }
    }
    return finish(article, headline);
  }

  private void authors(Article.Builder article, Element root) {
    Set<String> slugs = new HashSet<>();
    int index = 0;
    for (Element byline : root.select(".mh-byline .mh-author")) {
      String pointer = "/authors/" + index;
      String name = line(byline, MAX_LINE_200, pointer + "/name", losses);
      if (name == null) {
        continue;
      }
      String slug = slug(name, "author");
      while (!slugs.add(slug)) {
        slug = slug + "-" + (slugs.size() + 1);
      }
      losses.add(Loss.guessed(pointer + "/slug", "derived from the name"));
      Author.Builder author = Author.builder(name, slug);
      if (byline.hasClass("mh-organization")) {
        author.kind(AuthorKind.ORGANIZATION);
      }
      if (byline.normalName().equals("a")) {
        author.url(url(byline.attr("href"), pointer + "/url", losses));
      }
      for (Element box : root.select(".mh-author-box")) {
        Element boxName = box.selectFirst(".mh-author-name");
        if (boxName == null || !name.equals(line(boxName, MAX_LINE_200, pointer + "/name", new ArrayList<>()))) {
          continue;
        }
        author.jobTitle(part(box, ".mh-author-title", MAX_LINE_200, pointer + "/jobTitle", losses));
        Element bio = box.selectFirst(".mh-author-bio");
        if (bio != null) {
          TextBuffer buffer = new TextBuffer(true);
          inlineContent(bio, buffer, new ArrayList<>());
          String text = buffer.finish().text();
          report(pointer + "/bio", buffer.notes(""));
          if (text.codePointCount(0, text.length()) > 2_000) {
            losses.add(Loss.dropped(pointer + "/bio", "longer than 2000 code points"));
          } else if (hasVisible(text)) {
            author.bio(text);
          }
        }
        Element count = box.selectFirst(".mh-author-count");
        if (count != null) {
          String digits = count.text().replaceAll("[^0-9]", "");
          if (!digits.isEmpty() && digits.length() <= 8) {
            author.articleCount(Integer.parseInt(digits));
          }
        }
        break;
      }
      try {
        article.addAuthor(MastheadValidator.standard().requireWellFormed(author.build()));
        index++;
      } catch (InvalidContentException e) {
        losses.add(Loss.dropped(pointer, "not a well-formed author: " + e.violations().get(0)));
      }
    }
  }

  private @Nullable Instant time(Element root, String query, String pointer) {
    Element time = root.selectFirst(query);
    if (time == null) {
      return null;
    }
    try {
      return Instant.parse(time.attr("datetime").trim());
    } catch (DateTimeParseException e) {
      losses.add(Loss.dropped(pointer, "not an instant such as 2024-05-01T10:00:00Z"));
      return null;
    }
  }

  private void language(Article.Builder article, Element root, Document document) {
    String lang = root.attr("lang").trim();
    if (lang.isEmpty()) {
      Element html = document.selectFirst("html");
      lang = html == null ? "" : html.attr("lang").trim();
    }
    if (!lang.isEmpty()) {
      article.language(lang);
    } else if (reader.language() != null) {
      article.language(reader.language());
      losses.add(Loss.guessed("/language", "the html names no language: the default given"));
    }
  }

  private Article finish(Article.Builder article, @Nullable String headline) {
    if (headline != null) {
      article.headline(headline);
      String slug = slug(headline, "article");
      article.slug(slug).id(slug);
      losses.add(Loss.guessed("/id", "derived from the headline"));
      losses.add(Loss.guessed("/slug", "derived from the headline"));
    }
    // Without a headline or a language the builder reports them as required.
    return article.build();
  }

  /** A slug from a text: ASCII letters and digits, lower case, joined by hyphens, at most 128. */
  static String slug(String text, String fallback) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    StringBuilder slug = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        hyphen = false;
        slug.append(c);
      } else if (c != '\'' && c != '\u2019' && c != '.') {
        hyphen = true;
      }
      if (slug.length() >= 128) {
        break;
      }
    }
    String result = slug.length() > 128 ? slug.substring(0, 128) : slug.toString();
    while (result.endsWith("-")) {
      result = result.substring(0, result.length() - 1);
    }
    return result.isEmpty() ? fallback : result;
  }
}
