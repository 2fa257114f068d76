package dev.masthead.html;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * Renders Masthead content as HTML5: a body, an {@code <article>} fragment or a standalone page.
 *
 * <p>{@code Converted<String> html = HtmlWriter.standard().article(article);}
 *
 * <p>What it guarantees, whatever the content (even content built with a canonical constructor and
 * never validated):
 *
 * <ul>
 *   <li>Every text is escaped; the output holds no script, style (except the fixed stylesheet of a
 *       page), event handler or URL other than an {@code http} or {@code https} one. A link or image
 *       URL with another scheme is left out and reported.
 *   <li>Only these elements: {@code article}, {@code div}, {@code p}, {@code h1}–{@code h6}, {@code
 *       a}, {@code em}, {@code strong}, {@code br}, {@code blockquote}, {@code cite}, {@code ul},
 *       {@code ol}, {@code li}, {@code figure}, {@code figcaption}, {@code img}, {@code hr}, {@code
 *       span}, {@code small}, {@code time}; only the attributes {@code href}, {@code rel}, {@code
 *       src}, {@code srcset}, {@code alt}, {@code width}, {@code height}, {@code loading}, {@code
 *       datetime}, {@code lang}, {@code dir} and {@code class}.
 *   <li>Stable class names, all starting {@code mh-}, to style by: {@code mh-article}, {@code
 *       mh-kicker}, {@code mh-headline}, {@code mh-subheadline}, {@code mh-summary}, {@code
 *       mh-byline}, {@code mh-author}, {@code mh-meta}, {@code mh-dateline}, {@code mh-published},
 *       {@code mh-updated}, {@code mh-lead-image}, {@code mh-body}, {@code mh-paragraph}, {@code
 *       mh-heading}, {@code mh-quote}, {@code mh-quote-attribution}, {@code mh-list}, {@code
 *       mh-figure}, {@code mh-image}, {@code mh-caption}, {@code mh-credit}, {@code mh-divider},
 *       {@code mh-credits}, {@code mh-author-box}, {@code mh-tags}. The {@link HtmlReader}
 *       recognises them and reads an article it rendered back into its fields.
 *   <li>{@code lang} and {@code dir} on the article, {@code dir} on a block whose first strong
 *       character runs against the article's direction; body images load lazily.
 * </ul>
 *
 * <p>The losses it reports point into the content rendered (JSON Pointers in wire names, such as
 * {@code /body/3/text} for an article, {@code /3/text} for a body): values HTML does not show (the
 * id, the status, embargo and expiry times, authors' e-mail addresses, …), URLs that are not http(s),
 * texts that the white-space rule of the package changes, and timestamps shortened to the
 * milliseconds HTML's {@code datetime} holds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlWriter {
  /** The stylesheet of a standalone page: a plain news page, readable without any other file. */
  static final String STYLESHEET = String.join("\n",
      "body{margin:0;background:#f4f1ea;color:#1a1a1a;font:16px/1.5 Georgia,'Times New Roman',serif}",
      ".mh-masthead{background:#1a1a1a;color:#fff;font:700 15px/1 Helvetica,Arial,sans-serif;letter-spacing:.2em;"
          + "text-transform:uppercase;padding:14px 24px}",
      ".mh-article{max-width:760px;margin:0 auto;padding:20px 28px 40px;background:#fff}",
      ".mh-kicker{color:#b00020;font:700 13px/1.2 Helvetica,Arial,sans-serif;text-transform:uppercase;"
          + "letter-spacing:.08em;margin:0 0 8px}",
      ".mh-headline{font-size:34px;line-height:1.15;margin:0 0 12px}",
      ".mh-subheadline{font-size:22px;color:#444;margin:0 0 12px}",
      ".mh-summary{font-style:italic;color:#333}",
      ".mh-byline,.mh-meta{font:14px/1.4 Helvetica,Arial,sans-serif;color:#555;margin:4px 0}",
      ".mh-byline a{color:#1a1a1a;font-weight:700}",
      ".mh-dateline{font-weight:700;text-transform:uppercase}",
      ".mh-figure{margin:16px 0}",
      ".mh-paragraph{margin:0 0 12px}",
      ".mh-image{display:block;max-width:100%;height:auto;background:#ddd;min-height:100px;width:100%}",
      ".mh-figcaption{font:13px/1.4 Helvetica,Arial,sans-serif;color:#555;padding-top:6px}",
      ".mh-credit{color:#777;margin-left:.4em}",
      ".mh-credit-text~.mh-credit-name,.mh-credit-text~.mh-credit-organization{display:none}",
      ".mh-quote{border-left:4px solid #b00020;margin:20px 0;padding:4px 16px;font-style:italic}",
      ".mh-quote-attribution{display:block;font-style:normal;color:#555}",
      ".mh-quote-attribution::before{content:'\\2014\\00a0'}",
      ".mh-divider{border:0;border-top:1px solid #ccc;margin:24px 0}",
      ".mh-body a{color:#0b57d0}",
      ".mh-author-box{border-top:3px solid #1a1a1a;margin-top:32px;padding-top:12px;font-size:15px}",
      ".mh-author-about{font:700 15px/1.4 Helvetica,Arial,sans-serif;margin:0}",
      ".mh-author-count{font-weight:400;color:#555}",
      ".mh-credits,.mh-tags{font:13px/1.4 Helvetica,Arial,sans-serif;color:#555}",
      ".mh-tags{list-style:none;padding:0}.mh-tags li{display:inline-block;background:#eee;margin:0 6px 6px 0;"
          + "padding:2px 8px}");

  private static final HtmlWriter STANDARD = new HtmlWriter();
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private HtmlWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer, shared
   */
  public static HtmlWriter standard() {
    return STANDARD;
  }

  /**
   * Renders body blocks, one element after another, each on its own line.
   *
   * @param body the blocks
   * @return the HTML, with losses pointing at the blocks ({@code /0/text})
   */
  public Converted<String> body(List<? extends Block> body) {
    Render render = new Render("", false);
    Element container = render.document.appendElement("div");
    render.blocks(container, body, "");
    StringBuilder html = new StringBuilder();
    for (Element child : container.children()) {
      html.append(child.outerHtml()).append('\n');
    }
    return Converted.of(html.toString(), render.losses);
  }

  /**
   * Renders an article as an {@code <article>} fragment, to place in a page of one's own.
   *
   * @param article the article
   * @return the HTML, with losses pointing into the article ({@code /body/0/text})
   */
  public Converted<String> article(Article article) {
    Render render = new Render(article.language(), false);
    Element element = render.article(render.document, article);
    return Converted.of(element.outerHtml() + "\n", render.losses);
  }

  /**
   * Renders an article as a standalone HTML5 page with a small embedded stylesheet: {@code <title>}
   * from the headline, {@code <link rel="canonical">} from the canonical URL, the article fragment in
   * the body.
   *
   * @param article the article
   * @return the page, with losses pointing into the article
   */
  public Converted<String> page(Article article) {
    Render render = new Render(article.language(), true);
    Document document = render.document;
    Element html = document.appendElement("html")
        .attr("lang", article.language() == null ? "" : render.clean(article.language(), "/language"));
    if (Directions.isRightToLeft(article.language())) {
      html.attr("dir", "rtl");
    }
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "Masthead");
    head.appendElement("title")
        .text(article.headline() == null ? "" : singleLine(render.clean(article.headline(), "/headline")));
    if (article.canonicalUrl() != null && isHttpUrl(article.canonicalUrl())) {
      head.appendElement("link").attr("rel", "canonical").attr("href", article.canonicalUrl());
      render.canonicalShown = true;
    }
    head.appendElement("style").appendChild(new DataNode(STYLESHEET));
    Element body = html.appendElement("body");
    body.appendElement("div").addClass("mh-masthead").text("Masthead");
    render.article(body, article);
    return Converted.of("<!DOCTYPE html>\n" + html.outerHtml() + "\n", render.losses);
  }

  /** Whether a URL may go into an attribute: absolute http or https, no white space or controls. */
  static boolean isHttpUrl(@Nullable String url) {
    if (url == null) {
      return false;
    }
    boolean scheme = url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
    if (!scheme) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7F || c == '\\' || Character.isSurrogate(c) && !validSurrogate(url, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** A single-line text for an element that holds no line break: breaks read as spaces. */
  private static String singleLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }

  /** One rendering: the document the elements belong to, and what it lost. */
  private static final class Render {
    final Document document = new Document("");
    final List<Loss> losses = new ArrayList<>();
    final boolean rightToLeft;
    final boolean page;
    boolean canonicalShown;

    Render(@Nullable String language, boolean page) {
      this.page = page;
      document.outputSettings()
          .prettyPrint(false)
          .charset(StandardCharsets.UTF_8)
          .escapeMode(Entities.EscapeMode.base)
          .syntax(Document.OutputSettings.Syntax.html);
      rightToLeft = language != null && Directions.isRightToLeft(language);
    }

    Element article(Element parent, Article article) {
      Element root = parent.appendElement("article").addClass("mh-article");
      if (article.language() != null) {
        root.attr("lang", clean(article.language(), "/language"));
        root.attr("dir", rightToLeft ? "rtl" : "ltr");
      }
      dropped("/id", "the id is not shown in html");
      dropped("/slug", "the slug is not shown in html");
      if (article.status() != null && article.status() != ArticleStatus.PUBLISHED) {
        // Published is what a reader of the html assumes, as the wire format does when it is absent.
        dropped("/status", "the status is not shown in html");
      }
      if (article.embargoedUntil() != null) {
        dropped("/embargoedUntil", "the embargo is not shown in html");
      }
      if (article.expiresAt() != null) {
        dropped("/expiresAt", "the expiry time is not shown in html");
      }
      if (article.uri() != null) {
        dropped("/uri", "the global uri is not shown in html");
      }
      if (!article.subjects().isEmpty()) {
        dropped("/subjects", "subjects are not shown in html");
      }
      if (article.rights() != null) {
        dropped("/rights", "the rights are not shown in html");
      }
      if (article.digitalSourceType() != null) {
        dropped("/digitalSourceType", "how the article was made is not shown in html");
      }
      if (!article.corrections().isEmpty()) {
        dropped("/corrections", "corrections are not shown in html");
      }
      if (article.canonicalUrl() != null && !canonicalShown) {
        dropped("/canonicalUrl", page ? "not an http(s) url" : "an article fragment has no canonical link");
      }
      Element header = newline(root).appendElement("div").addClass("mh-header");
      if (article.section() != null) {
        text(newline(header), "p", "mh-section", article.section(), "/section", false);
      }
      if (article.kicker() != null) {
        text(newline(header), "p", "mh-kicker", article.kicker(), "/kicker", false);
      }
      text(newline(header), "h1", "mh-headline", article.headline() == null ? "" : article.headline(), "/headline",
          false);
      if (article.subheadline() != null) {
        text(newline(header), "p", "mh-subheadline", article.subheadline(), "/subheadline", false);
      }
      if (article.summary() != null) {
        text(newline(header), "p", "mh-summary", article.summary(), "/summary", false);
      }
      if (!article.authors().isEmpty()) {
        byline(newline(header).appendElement("p").addClass("mh-byline"), article.authors());
      }
      if (article.dateline() != null || article.publishedAt() != null || article.updatedAt() != null) {
        Element meta = newline(header).appendElement("p").addClass("mh-meta");
        if (article.dateline() != null) {
          text(meta, "span", "mh-dateline", article.dateline(), "/dateline", false);
        }
        time(meta, "mh-published", "Published ", article.publishedAt(), "/publishedAt");
        time(meta, "mh-updated", "Updated ", article.updatedAt(), "/updatedAt");
      }
      newline(header);
      if (article.leadImage() != null) {
        figure(newline(root), article.leadImage(), "/leadImage", true);
      }
      Element body = newline(root).appendElement("div").addClass("mh-body");
      blocks(body, article.body(), "/body");
      newline(body);
      if (!article.credits().isEmpty()) {
        Element credits = newline(root).appendElement("div").addClass("mh-credits");
        for (int i = 0; i < article.credits().size(); i++) {
          Element line = newline(credits).appendElement("p").addClass("mh-credit-line");
          credit(line, article.credits().get(i), "/credits/" + i);
        }
        newline(credits);
      }
      for (int i = 0; i < article.authors().size(); i++) {
        authorBox(root, article.authors().get(i), "/authors/" + i);
      }
      if (!article.tags().isEmpty()) {
        Element tags = newline(root).appendElement("ul").addClass("mh-tags");
        for (int i = 0; i < article.tags().size(); i++) {
          text(tags, "li", "mh-tag", article.tags().get(i), "/tags/" + i, false);
        }
      }
      newline(root);
      return root;
    }

    void byline(Element byline, List<Author> authors) {
      byline.appendText("By ");
      for (int i = 0; i < authors.size(); i++) {
        if (i > 0) {
          byline.appendText(i == authors.size() - 1 ? " and " : ", ");
        }
        Author author = authors.get(i);
        String pointer = "/authors/" + i;
        Element name;
        if (author.url() != null && isHttpUrl(author.url())) {
          name = byline.appendElement("a").attr("href", author.url()).attr("rel", "author");
        } else {
          if (author.url() != null) {
            dropped(pointer + "/url", "not an http(s) url");
          }
          name = byline.appendElement("span");
        }
        name.addClass("mh-author");
        if (author.kind() == AuthorKind.ORGANIZATION) {
          name.addClass("mh-organization");
        }
        appendSingleLine(name, author.name(), pointer + "/name");
        dropped(pointer + "/slug", "an author's slug is not shown in html");
        if (author.avatarUrl() != null) {
          dropped(pointer + "/avatarUrl", "an author's picture is not shown in html");
        }
        if (!author.sameAs().isEmpty()) {
          dropped(pointer + "/sameAs", "an author's profile links are not shown in html");
        }
        if (author.email() != null) {
          dropped(pointer + "/email", "an author's e-mail address is not shown in html");
        }
      }
    }

    void authorBox(Element root, Author author, String pointer) {
      if (author.bio() == null && author.jobTitle() == null && author.articleCount() == null) {
        return;
      }
      Element box = newline(root).appendElement("div").addClass("mh-author-box");
      Element about = newline(box).appendElement("p").addClass("mh-author-about");
      about.appendText("About ");
      text(about, "span", "mh-author-name", author.name(), pointer + "/name", false);
      if (author.articleCount() != null) {
        about.appendText(" ");
        about.appendElement("span").addClass("mh-author-count")
            .text("(" + author.articleCount() + (author.articleCount() == 1 ? " Article)" : " Articles)"));
      }
      if (author.jobTitle() != null) {
        text(newline(box), "p", "mh-author-title", author.jobTitle(), pointer + "/jobTitle", false);
      }
      if (author.bio() != null) {
        text(newline(box), "p", "mh-author-bio", author.bio(), pointer + "/bio", true);
      }
      newline(box);
    }

    void time(Element meta, String className, String label, @Nullable Instant instant, String pointer) {
      if (instant == null) {
        return;
      }
      Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
      if (!millis.equals(instant)) {
        changed(pointer, "shortened to milliseconds, the precision of an html datetime");
      }
      if (meta.childNodeSize() > 0) {
        meta.appendText(" · ");
      }
      meta.appendText(label);
      meta.appendElement("time").addClass(className).attr("datetime", millis.toString()).text(SHOWN.format(millis));
    }

    void blocks(Element parent, List<? extends Block> blocks, String pointer) {
      for (int i = 0; i < blocks.size(); i++) {
        block(newline(parent), blocks.get(i), pointer + "/" + i);
      }
    }

    void block(Element parent, Block block, String pointer) {
      switch (block.type()) {
        case PARAGRAPH:
          paragraph(parent, (Paragraph) block, pointer);
          break;
        case HEADING:
          Heading heading = (Heading) block;
          int level = Math.max(2, Math.min(6, heading.level()));
          if (level != heading.level()) {
            changed(pointer + "/level", "html headings in a body are h2 to h6");
          }
          direction(text(parent, "h" + level, "mh-heading", heading.text(), pointer + "/text", false), heading.text());
          break;
        case QUOTE:
          Quote quote = (Quote) block;
          Element blockquote = parent.appendElement("blockquote").addClass("mh-quote");
          direction(blockquote, quote.text());
          text(blockquote, "p", null, quote.text(), pointer + "/text", true);
          if (quote.attribution() != null) {
            text(blockquote, "cite", "mh-quote-attribution", quote.attribution(), pointer + "/attribution", false);
          }
          break;
        case LIST:
          ListBlock list = (ListBlock) block;
          Element element = parent.appendElement(list.ordered() ? "ol" : "ul").addClass("mh-list");
          for (int i = 0; i < list.items().size(); i++) {
            String item = list.items().get(i);
            direction(text(element, "li", null, item, pointer + "/items/" + i, true), item);
          }
          break;
        case IMAGE:
          figure(parent, ((ImageBlock) block).image(), pointer + "/image", false);
          break;
        case DIVIDER:
          parent.appendElement("hr").addClass("mh-divider");
          break;
      }
    }

    void paragraph(Element parent, Paragraph paragraph, String pointer) {
      Element p = parent.appendElement("p").addClass("mh-paragraph");
      direction(p, paragraph.text());
      String text = paragraph.text();
      if (!Whitespace.survives(text)) {
        changed(pointer + "/text", "white space collapses in html");
      }
      List<Inline.Mark> marks = new ArrayList<>();
      for (int i = 0; i < paragraph.links().size(); i++) {
        Link link = paragraph.links().get(i);
        if (isHttpUrl(link.href())) {
          marks.add(new Inline.Mark(Inline.Kind.LINK, link.start(), link.end(), link.href()));
        } else {
          dropped(pointer + "/links/" + i, "not an http(s) url");
        }
      }
      // Removing characters would move the ranges: a removed one becomes U+FFFD, the replacement character.
      spans(marks, Inline.Kind.EMPHASIS, paragraph.emphasis(), pointer + "/emphasis");
      spans(marks, Inline.Kind.STRONG, paragraph.strong(), pointer + "/strong");
      Inline.render(p, replace(text, pointer + "/text"), marks);
    }

    /** Adds emphasis or strong ranges; ranges that touch render as one element and read back as one. */
    void spans(List<Inline.Mark> marks, Inline.Kind kind, List<Span> spans, String pointer) {
      int previousEnd = -1;
      boolean touching = false;
      for (Span span : spans) {
        touching |= span.start() == previousEnd;
        previousEnd = span.end();
        marks.add(new Inline.Mark(kind, span.start(), span.end(), null));
      }
      if (touching) {
        changed(pointer, "ranges that touch read back from html as one");
      }
    }

    void figure(Element parent, Image image, String pointer, boolean lead) {
      Element figure = parent.appendElement("figure").addClass("mh-figure");
      if (lead) {
        figure.addClass("mh-lead-image");
      }
      Element img = figure.appendElement("img").addClass("mh-image");
      if (image.url() != null) {
        if (isHttpUrl(image.url())) {
          img.attr("src", image.url());
        } else {
          dropped(pointer + "/url", "not an http(s) url");
        }
      }
      if (image.altText() != null) {
        img.attr("alt", clean(image.altText(), pointer + "/altText"));
      }
      if (image.width() != null) {
        img.attr("width", Integer.toString(image.width()));
      }
      if (image.height() != null) {
        img.attr("height", Integer.toString(image.height()));
      }
      srcset(img, image, pointer);
      if (image.rights() != null) {
        dropped(pointer + "/rights", "an image's rights are not shown in html");
      }
      if (image.digitalSourceType() != null) {
        dropped(pointer + "/digitalSourceType", "how an image was made is not shown in html");
      }
      if (!lead) {
        // The lead image is the first thing a reader sees: it loads at once.
        img.attr("loading", "lazy");
      }
      if (image.caption() != null || image.credit() != null) {
        Element caption = figure.appendElement("figcaption").addClass("mh-figcaption");
        if (image.caption() != null) {
          text(caption, "span", "mh-caption", image.caption(), pointer + "/caption", false);
        }
        if (image.credit() != null) {
          if (image.caption() != null) {
            caption.appendText(" ");
          }
          credit(caption, image.credit(), pointer + "/credit");
        }
      }
    }

    /**
     * Writes the renditions as {@code srcset}, the main image first: only URL and width travel
     * there, so a rendition without a width is left out, and heights and media types are reported.
     */
    void srcset(Element img, Image image, String pointer) {
      List<Srcset.Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < image.renditions().size(); i++) {
        Rendition rendition = image.renditions().get(i);
        String at = pointer + "/renditions/" + i;
        if (!isHttpUrl(rendition.url()) || !Srcset.fits(rendition.url())) {
          dropped(at, "not an http(s) url that fits in a srcset");
        } else if (rendition.width() == null) {
          dropped(at, "a rendition without a width has no place in a srcset");
        } else {
          candidates.add(new Srcset.Candidate(rendition.url(), rendition.width()));
          if (rendition.height() != null) {
            dropped(at + "/height", "a srcset holds no height");
          }
          if (rendition.mediaType() != null) {
            dropped(at + "/mediaType", "a srcset holds no media type");
          }
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      if (image.url() != null && image.width() != null && img.hasAttr("src") && Srcset.fits(image.url())) {
        candidates.add(0, new Srcset.Candidate(image.url(), image.width()));
      }
      img.attr("srcset", Srcset.format(candidates));
    }

    /**
     * A credit as its printed line, with the parts marked so that a reader of the HTML can take
     * them apart: {@code <span class="mh-credit mh-credit-role-photo"><span
     * class="mh-credit-label">Photo</span>: <span class="mh-credit-name">A. Smith</span>/…</span>}.
     * A credit with a printed line of its own shows that line; its name and organization follow it
     * in elements a stylesheet hides.
     */
    void credit(Element parent, Credit credit, String pointer) {
      Element element = parent.appendElement("span").addClass("mh-credit");
      if (credit.role() != null && credit.role().matches("[a-z][a-z0-9_]{0,63}")) {
        element.addClass("mh-credit-role-" + credit.role());
      } else {
        dropped(pointer + "/role", "not a role token");
      }
      if (credit.text() != null) {
        text(element, "span", "mh-credit-text", credit.text(), pointer + "/text", false);
        if (credit.name() != null) {
          element.appendText(" ");
          text(element, "span", "mh-credit-name", credit.name(), pointer + "/name", false);
        }
        if (credit.organization() != null) {
          element.appendText(" ");
          text(element, "span", "mh-credit-organization", credit.organization(), pointer + "/organization", false);
        }
      } else {
        String line = credit.line();
        element.appendElement("span").addClass("mh-credit-label").text(line.substring(0, line.indexOf(": ")));
        element.appendText(": ");
        if (credit.name() != null) {
          text(element, "span", "mh-credit-name", credit.name(), pointer + "/name", false);
        }
        if (credit.organization() != null) {
          if (credit.name() != null) {
            element.appendText("/");
          }
          text(element, "span", "mh-credit-organization", credit.organization(), pointer + "/organization", false);
        }
      }
      if (credit.copyrightNotice() != null) {
        element.appendText(" ");
        text(element, "small", "mh-credit-copyright", credit.copyrightNotice(), pointer + "/copyrightNotice", false);
      }
      if (credit.license() != null) {
        if (isHttpUrl(credit.license())) {
          element.appendText(" ");
          element.appendElement("a").addClass("mh-credit-license").attr("rel", "license")
              .attr("href", credit.license()).text("Licence");
        } else {
          dropped(pointer + "/license", "not an http(s) url");
        }
      }
    }

    /**
     * Appends an element holding a text: line breaks become {@code <br>} when the text may hold them,
     * and a text the white-space rule changes is reported.
     */
    Element text(Element parent, String tag, @Nullable String className, String text, String pointer,
        boolean multiline) {
      Element element = parent.appendElement(tag);
      if (className != null) {
        element.addClass(className);
      }
      if (multiline) {
        if (!Whitespace.survives(text)) {
          changed(pointer, "white space collapses in html");
        }
        Inline.render(element, clean(text, pointer), List.of());
      } else {
        appendSingleLine(element, text, pointer);
      }
      return element;
    }

    void appendSingleLine(Element element, String text, String pointer) {
      if (!Whitespace.survives(text)) {
        changed(pointer, "white space collapses in html");
      }
      element.appendText(singleLine(clean(text, pointer)));
    }

    /**
     * Removes what plain text must not hold (controls, NUL, noncharacters, lone surrogates, …): only
     * content that was never validated has any, and HTML would turn it into parse errors.
     */
    String clean(String text, String pointer) {
      StringBuilder clean = null;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        boolean allowed = cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ' || PlainChars.allowed(cp);
        if (!allowed && clean == null) {
          clean = new StringBuilder(text.length()).append(text, 0, i);
        } else if (allowed && clean != null) {
          clean.appendCodePoint(cp);
        }
        i = next;
      }
      if (clean == null) {
        return text;
      }
      changed(pointer, "removed characters that plain text must not hold");
      return clean.toString();
    }

    String replace(String text, String pointer) {
      StringBuilder clean = new StringBuilder(text.length());
      boolean changed = false;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ' || PlainChars.allowed(cp)) {
          clean.appendCodePoint(cp);
        } else {
          clean.append('\uFFFD');
          changed = true;
        }
      }
      if (changed) {
        changed(pointer, "replaced characters that plain text must not hold");
      }
      return clean.toString();
    }

    /** Marks a block whose text runs against the article's direction. */
    void direction(Element element, String text) {
      int direction = Directions.firstStrong(text);
      if (direction > 0 && !rightToLeft) {
        element.attr("dir", "rtl");
      } else if (direction < 0 && rightToLeft) {
        element.attr("dir", "ltr");
      }
    }

    /** Starts a new line inside {@code parent}, so that the output reads one element a line. */
    Element newline(Element parent) {
      parent.appendChild(new TextNode("\n"));
      return parent;
    }

    void dropped(String pointer, String detail) {
      losses.add(Loss.dropped(pointer, detail));
    }

    void changed(String pointer, String detail) {
      losses.add(Loss.changed(pointer, detail));
    }
  }
}
