package dev.masthead.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlWriterTest {
  private static final HtmlWriter WRITER = HtmlWriter.standard();

  @Test
  void renders_every_block_kind_with_stable_class_names() {
    List<Block> body = List.of(
        Paragraph.of("Read the budget.\nNow.", Link.of(9, 15, "https://news.example.com/budget")),
        Heading.of(3, "What it means"),
        Quote.of("We are ready.", "the mayor"),
        ListBlock.of(true, "Schools", "Roads"),
        ImageBlock.of(Image.builder().url("https://cdn.example.com/a.jpg").altText("The chamber").width(800)
            .height(600).caption("The council chamber.").credit(Credit.of(Credit.PHOTO, "A. Smith", "Agency"))
            .build()),
        Divider.of());

    Converted<String> html = WRITER.body(body);

    assertThat(html.value()).isEqualTo(String.join("\n",
        "<p class=\"mh-paragraph\">Read the <a href=\"https://news.example.com/budget\" rel=\"noopener\">budget</a>."
            + "<br>Now.</p>",
        "<h3 class=\"mh-heading\">What it means</h3>",
        "<blockquote class=\"mh-quote\"><p>We are ready.</p><cite class=\"mh-quote-attribution\">the mayor</cite>"
            + "</blockquote>",
        "<ol class=\"mh-list\"><li>Schools</li><li>Roads</li></ol>",
        "<figure class=\"mh-figure\"><img class=\"mh-image\" src=\"https://cdn.example.com/a.jpg\" alt=\"The chamber\""
            + " width=\"800\" height=\"600\" loading=\"lazy\"><figcaption class=\"mh-figcaption\"><span"
            + " class=\"mh-caption\">The council chamber.</span> <span class=\"mh-credit mh-credit-role-photo\"><span"
            + " class=\"mh-credit-label\">Photo</span>: <span class=\"mh-credit-name\">A. Smith</span>/<span"
            + " class=\"mh-credit-organization\">Agency</span></span></figcaption></figure>",
        "<hr class=\"mh-divider\">",
        ""));
    assertThat(html.losses()).isEmpty();
  }

  @Test
  void escapes_markup_in_text_and_attributes() {
    Article article = article().headline("<script>alert(1)</script>")
        .body(List.of(Paragraph.of("a < b && \"c\" <img src=x onerror=alert(1)>")))
        .leadImage(Image.builder().altText("\" onload=\"alert(1)").build())
        .build();

    String html = WRITER.article(article).value();

    assertThat(html).contains("<h1 class=\"mh-headline\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
        .contains("a &lt; b &amp;&amp; \"c\" &lt;img src=x onerror=alert(1)&gt;")
        .contains("alt=\"&quot; onload=&quot;alert(1)\"");
    assertThat(HtmlRules.executable(html)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)", " https://news.example.com/", "https://news.example.com/\u0000x", "//evil.example/",
      "/relative", "http:\\\\evil.example"})
  void leaves_out_links_and_images_that_are_not_http_and_reports_them(String url) {
    // The canonical constructors are the documented way to hold content that was never validated.
    Article article = article()
        .body(List.of(new Paragraph("click here", List.of(new Link(0, 5, url))),
            new ImageBlock(new Image(url, "alt", null, null, null, null, List.of(), null, null))))
        .build(false);

    Converted<String> html = WRITER.article(article);

    assertThat(HtmlRules.executable(html.value())).isEmpty();
    assertThat(Jsoup.parse(html.value()).select(".mh-body a, .mh-body img[src]")).isEmpty();
    assertThat(html.value()).contains("<p class=\"mh-paragraph\">click here</p>");
    assertThat(html.losses()).contains(
        Loss.dropped("/body/0/links/0", "not an http(s) url"),
        Loss.dropped("/body/1/image/url", "not an http(s) url"));
  }

  @Test
  void renders_an_article_with_header_byline_times_lead_figure_author_box_and_tags() {
    Article article = article()
        .kicker("Budget").subheadline("A narrow vote").dateline("RIVERTON").section("politics")
        .addAuthor(Author.builder("Jane Doe", "jane-doe").url("https://news.example.com/jane").articleCount(412)
            .bio("Covers the council.").build())
        .addAuthor(Author.builder("Example Agency", "example-agency").kind(dev.masthead.model.AuthorKind.ORGANIZATION)
            .build())
        .publishedAt(Instant.parse("2024-05-01T10:00:00Z")).updatedAt(Instant.parse("2024-05-01T12:30:00.123456789Z"))
        .leadImage(Image.builder().url("https://cdn.example.com/lead.jpg").altText("Lead").build())
        .tags(List.of("budget", "council"))
        .build();

    Converted<String> html = WRITER.article(article);

    Document document = Jsoup.parse(html.value());
    assertThat(document.select("article.mh-article").attr("lang")).isEqualTo("en-GB");
    assertThat(document.select("article.mh-article").attr("dir")).isEqualTo("ltr");
    assertThat(document.select(".mh-kicker").text()).isEqualTo("Budget");
    assertThat(document.select(".mh-byline").html()).isEqualTo(
        "By <a href=\"https://news.example.com/jane\" rel=\"author\" class=\"mh-author\">Jane Doe</a> and <span"
            + " class=\"mh-author mh-organization\">Example Agency</span>");
    assertThat(document.select(".mh-meta").text())
        .isEqualTo("RIVERTON · Published 1 May 2024, 10:00 UTC · Updated 1 May 2024, 12:30 UTC");
    assertThat(document.select("time.mh-published").attr("datetime")).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(document.select("time.mh-updated").attr("datetime")).isEqualTo("2024-05-01T12:30:00.123Z");
    assertThat(document.select("figure.mh-lead-image img").attr("loading")).isEmpty();
    assertThat(document.select(".mh-author-about").text()).isEqualTo("About Jane Doe (412 Articles)");
    assertThat(document.select(".mh-tags li")).extracting(e -> e.text()).containsExactly("budget", "council");
    assertThat(html.losses()).containsExactly(
        Loss.dropped("/id", "the id is not shown in html"),
        Loss.dropped("/slug", "the slug is not shown in html"),
        Loss.dropped("/authors/0/slug", "an author's slug is not shown in html"),
        Loss.dropped("/authors/1/slug", "an author's slug is not shown in html"),
        Loss.changed("/updatedAt", "shortened to milliseconds, the precision of an html datetime"));
    assertThat(Jsoup.isValid(html.value(), HtmlRules.safelist())).isTrue();
  }

  @Test
  void marks_right_to_left_articles_and_blocks_that_run_against_the_article() {
    Article article = article().language("fa-IR").headline("گزارش")
        .body(List.of(Paragraph.of("متن فارسی"), Paragraph.of("English inside"))).build();

    Document document = Jsoup.parse(WRITER.article(article).value());

    assertThat(document.select("article").attr("dir")).isEqualTo("rtl");
    assertThat(document.select(".mh-paragraph").get(0).hasAttr("dir")).isFalse();
    assertThat(document.select(".mh-paragraph").get(1).attr("dir")).isEqualTo("ltr");
  }

  @Test
  void writes_a_standalone_page_with_title_canonical_link_and_stylesheet() {
    Article article = article().canonicalUrl("https://news.example.com/politics/budget").build();

    Converted<String> page = WRITER.page(article);

    Document document = Jsoup.parse(page.value());
    assertThat(page.value()).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
    assertThat(document.title()).isEqualTo("Council approves budget");
    assertThat(document.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.com/politics/budget");
    assertThat(document.select("style").html()).isEqualTo(HtmlWriter.STYLESHEET);
    assertThat(page.losses()).extracting(Loss::pointer).doesNotContain("/canonicalUrl");
    assertThat(WRITER.article(article).losses())
        .contains(Loss.dropped("/canonicalUrl", "an article fragment has no canonical link"));
  }

  @Test
  void reports_what_html_does_not_show() {
    Article article = article().status(ArticleStatus.DRAFT)
        .embargoedUntil(Instant.parse("2024-05-01T09:00:00Z")).expiresAt(Instant.parse("2024-06-01T00:00:00Z"))
        .publishedAt(Instant.parse("2024-05-01T10:00:00Z"))
        .addAuthor(Author.builder("Jane Doe", "jane-doe").email("jane@news.example.com")
            .avatarUrl("https://cdn.example.com/jane.jpg").sameAs(List.of("https://social.example/jane")).build())
        .build();

    assertThat(WRITER.article(article).losses()).containsExactly(
        Loss.dropped("/id", "the id is not shown in html"),
        Loss.dropped("/slug", "the slug is not shown in html"),
        Loss.dropped("/status", "the status is not shown in html"),
        Loss.dropped("/embargoedUntil", "the embargo is not shown in html"),
        Loss.dropped("/expiresAt", "the expiry time is not shown in html"),
        Loss.dropped("/authors/0/slug", "an author's slug is not shown in html"),
        Loss.dropped("/authors/0/avatarUrl", "an author's picture is not shown in html"),
        Loss.dropped("/authors/0/sameAs", "an author's profile links are not shown in html"),
        Loss.dropped("/authors/0/email", "an author's e-mail address is not shown in html"));
  }

  @Test
  void reports_text_that_white_space_collapses_in() {
    Converted<String> html = WRITER.body(List.of(Paragraph.of("two  spaces"), Paragraph.of("tab\there"),
        Paragraph.of("fine\nline"), Heading.of(2, " edge")));

    assertThat(html.losses()).containsExactly(
        Loss.changed("/0/text", "white space collapses in html"),
        Loss.changed("/1/text", "white space collapses in html"),
        Loss.changed("/3/text", "white space collapses in html"));
  }

  /** Hostile text from a seed: markup, entities, scheme names, quotes, controls, in every text field. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void holds_nothing_executable_whatever_the_text(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] pieces = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
        "javascript:alert(1)", "&lt;script&gt;", "&#x3C;script&#x3E;", "</p><iframe src=//evil>", "<!--", "-->",
        "<![CDATA[", "]]>", "'", "\"", "`", "<style>*{}</style>", "<a href=\"javascript:x\">", "\u0000", "\u2028",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<noscript><p title=\"</noscript><img>\">",
        "{{constructor.constructor('alert(1)')()}}", "word", " ", "\n"};
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      body.add(new Paragraph(hostile(random, pieces), List.of()));
      body.add(new Quote(hostile(random, pieces), hostile(random, pieces)));
      body.add(new ListBlock(random.nextBoolean(), List.of(hostile(random, pieces))));
      body.add(new Heading(2, hostile(random, pieces)));
      body.add(new ImageBlock(new Image(null, hostile(random, pieces), hostile(random, pieces), null, null,
          new Credit(hostile(random, pieces), hostile(random, pieces), null, hostile(random, pieces), null, null),
          List.of(), null, null)));
    }
    Article article = new Article("x", "x", hostile(random, pieces), hostile(random, pieces), null, null, body,
        List.of(new Author(hostile(random, pieces), "x", null, hostile(random, pieces), null, null, null, null, null,
            null)),
        List.of(), null, null, List.of(hostile(random, pieces)), hostile(random, pieces), hostile(random, pieces),
        null, null, null, null, null, null);

    String fragment = WRITER.article(article).value();
    String page = WRITER.page(article).value();

    assertThat(HtmlRules.executable(fragment)).isEmpty();
    assertThat(HtmlRules.executable(page)).isEmpty();
    assertThat(Jsoup.isValid(fragment, HtmlRules.safelist())).isTrue();
    assertThat(Jsoup.parse(page).head().select("script, base, meta[http-equiv]")).isEmpty();
    assertThat(Jsoup.parse(page).select("style")).hasSize(1);
  }

  private static String hostile(SplittableRandom random, String[] pieces) {
    StringBuilder text = new StringBuilder();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  private static ArticleDraft article() {
    return new ArticleDraft();
  }

  /** An article builder with the required parts filled in. */
  private static final class ArticleDraft {
    private final Article.Builder builder = Article.builder().id("art-1").slug("budget")
        .headline("Council approves budget").language("en-GB");
    private List<Block> body = List.of(Paragraph.of("The council voted."));

    ArticleDraft headline(String headline) {
      builder.headline(headline);
      return this;
    }

    ArticleDraft body(List<Block> body) {
      this.body = body;
      return this;
    }

    ArticleDraft language(String language) {
      builder.language(language);
      return this;
    }

    ArticleDraft kicker(String kicker) {
      builder.kicker(kicker);
      return this;
    }

    ArticleDraft subheadline(String subheadline) {
      builder.subheadline(subheadline);
      return this;
    }

    ArticleDraft dateline(String dateline) {
      builder.dateline(dateline);
      return this;
    }

    ArticleDraft section(String section) {
      builder.section(section);
      return this;
    }

    ArticleDraft addAuthor(Author author) {
      builder.addAuthor(author);
      return this;
    }

    ArticleDraft publishedAt(Instant instant) {
      builder.publishedAt(instant);
      return this;
    }

    ArticleDraft updatedAt(Instant instant) {
      builder.updatedAt(instant);
      return this;
    }

    ArticleDraft embargoedUntil(Instant instant) {
      builder.embargoedUntil(instant);
      return this;
    }

    ArticleDraft expiresAt(Instant instant) {
      builder.expiresAt(instant);
      return this;
    }

    ArticleDraft status(ArticleStatus status) {
      builder.status(status);
      return this;
    }

    ArticleDraft leadImage(Image image) {
      builder.leadImage(image);
      return this;
    }

    ArticleDraft tags(List<String> tags) {
      builder.tags(tags);
      return this;
    }

    ArticleDraft canonicalUrl(String url) {
      builder.canonicalUrl(url);
      return this;
    }

    Article build() {
      return builder.body(body).build();
    }

    /** Builds without validation, through the canonical constructor. */
    Article build(boolean validated) {
      Article valid = builder.body(List.of()).build();
      return new Article(valid.id(), valid.slug(), valid.kicker(), valid.headline(), valid.subheadline(),
          valid.summary(), body, valid.authors(), valid.credits(), valid.leadImage(), valid.section(), valid.tags(),
          valid.language(), valid.dateline(), valid.status(), valid.publishedAt(), valid.updatedAt(),
          valid.embargoedUntil(), valid.expiresAt(), valid.canonicalUrl());
    }
  }
}
