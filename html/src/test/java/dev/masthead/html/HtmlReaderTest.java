package dev.masthead.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {
  private static final HtmlReader READER = HtmlReader.standard();
  private static final HtmlReader WITH_BASE = HtmlReader.builder().baseUri("https://news.example.com/politics/").build();

  @Test
  void maps_the_elements_of_a_cms_export_and_unwraps_wrappers() {
    String html = "<div class=\"entry\"><section><p>The <b>council</b> voted <a href=\"https://news.example.com/v\">"
        + "on Tuesday</a>.<br>Late.</p></section>"
        + "<h2>What it means</h2><h4>Detail</h4>"
        + "<blockquote><p>We are ready.</p><p>Now.</p><footer><cite>the mayor</cite></footer></blockquote>"
        + "<ul><li>Schools</li><li><span>Roads</span></li></ul><ol><li>One</li></ol>"
        + "<figure><img src=\"https://cdn.example.com/a.jpg\" alt=\"The chamber\" width=\"800\" height=\"600\">"
        + "<figcaption>The council chamber.</figcaption></figure><hr></div>";

    Converted<List<Block>> read = READER.readBlocks(html);

    assertThat(read.value()).containsExactly(
        Paragraph.builder("The council voted on Tuesday.\nLate.").addLink(Link.of(18, 28, "https://news.example.com/v"))
            .addStrong(Span.of(4, 11)).build(),
        Heading.of(2, "What it means"),
        Heading.of(4, "Detail"),
        Quote.of("We are ready.\n\nNow.", "the mayor"),
        ListBlock.of(false, "Schools", "Roads"),
        ListBlock.of(true, "One"),
        ImageBlock.of(Image.builder().url("https://cdn.example.com/a.jpg").altText("The chamber").width(800).height(600)
            .caption("The council chamber.").build()),
        Divider.of());
    assertThat(read.losses()).isEmpty();
  }

  @Test
  void drops_executable_and_foreign_content_and_reports_where_it_stood() {
    String html = "<p onclick=\"alert(1)\">One</p><script>alert(1)</script><style>p{}</style>"
        + "<iframe src=\"https://evil.example/\"></iframe><!-- note --><svg><script>x</script></svg>"
        + "<math><mi>x</mi></math><form><input value=\"x\"><button>Go</button></form><p>Two</p>";

    Converted<List<Block>> read = READER.readBlocks(html);

    assertThat(read.value()).containsExactly(Paragraph.of("One"), Paragraph.of("Two"));
    assertThat(read.losses()).containsExactly(
        Loss.dropped("/0", "an event handler attribute"),
        Loss.dropped("/1", "a script element"),
        Loss.dropped("/1", "a style element"),
        Loss.dropped("/1", "a iframe element"),
        Loss.dropped("/1", "an html comment"),
        Loss.dropped("/1", "a svg element"),
        Loss.dropped("/1", "a math element"),
        Loss.dropped("/1", "a form element"));
  }

  @Test
  void reports_what_goes_inside_a_paragraph_against_its_text() {
    Converted<List<Block>> read = READER.readBlocks(
        "<p>H<sub>2</sub>O <span onmouseover=\"x()\">is</span> <script>x()</script>water<!-- c --></p>");

    assertThat(read.value()).containsExactly(Paragraph.of("H2O is water"));
    assertThat(read.losses()).containsExactly(
        Loss.dropped("/0", "1 sub formatting"),
        Loss.dropped("/0", "1 event handler attributes"),
        Loss.dropped("/0", "1 script elements"),
        Loss.dropped("/0", "1 html comments"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
      "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "jav&#x0A;ascript:alert(1)", "\u0001javascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "file:///etc/passwd",
      "javascript&colon;alert(1)"})
  void keeps_no_link_of_another_scheme_however_disguised(String href) {
    Converted<List<Block>> read = WITH_BASE.readBlocks("<p><a href=\"" + href + "\">click</a></p>");

    assertThat(read.value()).containsExactly(Paragraph.of("click"));
    assertThat(read.losses()).singleElement().satisfies(loss -> {
      assertThat(loss.pointer()).isEqualTo("/0/links");
      assertThat(loss.kind()).isEqualTo(dev.masthead.conversion.LossKind.DROPPED);
    });
  }

  @Test
  void resolves_relative_links_against_the_base_uri_and_reports_it() {
    Converted<List<Block>> read = WITH_BASE.readBlocks(
        "<p><a href=\"budget\">a</a> <a href=\"/x?y=1\">b</a> <a href=\"//cdn.example.com/c\">c</a></p>");

    assertThat(read.value()).containsExactly(Paragraph.of("a b c",
        Link.of(0, 1, "https://news.example.com/politics/budget"), Link.of(2, 3, "https://news.example.com/x?y=1"),
        Link.of(4, 5, "https://cdn.example.com/c")));
    assertThat(read.losses()).containsExactly(
        Loss.changed("/0/links", "a relative url resolved against the base uri"));
  }

  @Test
  void drops_relative_links_without_a_base_uri() {
    Converted<List<Block>> read = READER.readBlocks("<p><a href=\"/budget\">budget</a></p>");

    assertThat(read.value()).containsExactly(Paragraph.of("budget"));
    assertThat(read.losses()).containsExactly(
        Loss.dropped("/0/links", "a relative url and no base uri to resolve it against"));
  }

  @Test
  void collapses_white_space_as_html_does() {
    Converted<List<Block>> read = READER.readBlocks("<p>\n  One \t two  <br>  three\r\n</p>");

    assertThat(read.value()).containsExactly(Paragraph.of("One two\nthree"));
    assertThat(read.losses()).isEmpty();
  }

  @Test
  void removes_characters_plain_text_must_not_hold() {
    Converted<List<Block>> read = READER.readBlocks("<p>a\u202Eb\u200Bc&#xFEFF;d\u0007e</p>");

    assertThat(read.value()).containsExactly(Paragraph.of("abcde"));
    assertThat(read.losses()).containsExactly(
        Loss.changed("/0/text", "removed 4 characters that plain text must not hold"));
  }

  @Test
  void splits_a_paragraph_longer_than_the_model_allows_and_never_cuts_text() {
    String word = "abcd ";
    String text = word.repeat(5_000) + "end";

    Converted<List<Block>> read = READER.readBlocks("<p>" + text + "</p>");

    assertThat(read.value()).hasSize(2);
    String joined = ((Paragraph) read.value().get(0)).text() + ((Paragraph) read.value().get(1)).text();
    assertThat(joined).isEqualTo(text);
    assertThat(((Paragraph) read.value().get(0)).text()).hasSize(20_000);
    assertThat(read.losses()).containsExactly(
        Loss.changed("/0", "split into 2 paragraphs: longer than 20000 code points"));
  }

  @Test
  void reads_a_heading_too_long_as_a_paragraph() {
    String text = "x".repeat(301);

    Converted<List<Block>> read = READER.readBlocks("<h2>" + text + "</h2>");

    assertThat(read.value()).containsExactly(Paragraph.of(text));
    assertThat(read.losses()).containsExactly(
        Loss.changed("/0", "a heading longer than 300 code points read as a paragraph"));
  }

  @Test
  void reads_an_h1_in_a_body_as_a_level_2_heading() {
    Converted<List<Block>> read = READER.readBlocks("<h1>Title</h1>");

    assertThat(read.value()).containsExactly(Heading.of(2, "Title"));
    assertThat(read.losses()).containsExactly(
        Loss.changed("/0/level", "h1 read as a level 2 heading: the headline is level 1"));
  }

  @Test
  void reads_loose_text_as_paragraphs_split_by_images_between_them() {
    Converted<List<Block>> read = READER.readBlocks(
        "Intro <em>text</em><img src=\"https://cdn.example.com/i.jpg\" alt=\"i\"> more<p>Next</p>");

    assertThat(read.value()).containsExactly(
        Paragraph.builder("Intro text").addEmphasis(Span.of(6, 10)).build(),
        ImageBlock.of(Image.builder().url("https://cdn.example.com/i.jpg").altText("i").build()),
        Paragraph.of("more"),
        Paragraph.of("Next"));
    assertThat(read.losses()).isEmpty();
  }

  @Test
  void moves_an_image_inside_a_paragraph_after_it() {
    Converted<List<Block>> read = READER.readBlocks(
        "<p>Intro <img src=\"https://cdn.example.com/i.jpg\" alt=\"i\"> more</p>");

    assertThat(read.value()).containsExactly(
        Paragraph.of("Intro more"),
        ImageBlock.of(Image.builder().url("https://cdn.example.com/i.jpg").altText("i").build()));
    assertThat(read.losses()).containsExactly(Loss.changed("/0", "an image inside text moved after it"));
  }

  @Test
  void reads_emphasis_and_strong_joining_ranges_that_touch_or_nest() {
    Converted<List<Block>> read = READER.readBlocks(
        "<p><i>very</i><em> much</em> <b>so <strong>indeed</strong></b> <em><em>twice</em></em></p>");

    assertThat(read.value()).containsExactly(Paragraph.builder("very much so indeed twice")
        .addEmphasis(Span.of(0, 9)).addEmphasis(Span.of(20, 25)).addStrong(Span.of(10, 19)).build());
    assertThat(read.losses()).isEmpty();
  }

  @Test
  void reads_renditions_from_srcset_leaving_out_the_main_image() {
    Converted<List<Block>> read = WITH_BASE.readBlocks("<img src=\"https://cdn.example.com/a-800.jpg\" width=\"800\""
        + " srcset=\"https://cdn.example.com/a-800.jpg 800w, https://cdn.example.com/a-1600.jpg 1600w,"
        + " small.jpg 320w, data:image/png;base64,AA 10w, https://cdn.example.com/a@2x.jpg 2x\">");

    assertThat(read.value()).containsExactly(ImageBlock.of(Image.builder().url("https://cdn.example.com/a-800.jpg")
        .width(800)
        .addRendition(Rendition.of("https://cdn.example.com/a-1600.jpg", 1600, null))
        .addRendition(Rendition.of("https://news.example.com/politics/small.jpg", 320, null))
        .addRendition(Rendition.of("https://cdn.example.com/a@2x.jpg", null, null))
        .build()));
    assertThat(read.losses()).containsExactly(
        Loss.changed("/0/image/renditions/1/url", "a relative url resolved against the base uri"),
        Loss.dropped("/0/image/renditions/2/url", "a data: url: only http and https are kept"));
  }

  @Test
  void drops_image_sources_of_other_schemes() {
    Converted<List<Block>> read = READER.readBlocks(
        "<figure><img src=\"data:image/png;base64,AAAA\" alt=\"chart\"></figure>");

    assertThat(read.value()).containsExactly(ImageBlock.of(Image.builder().altText("chart").build()));
    assertThat(read.losses()).containsExactly(
        Loss.dropped("/0/image/url", "a data: url: only http and https are kept"));
  }

  @Test
  void reads_a_credit_masthead_rendered() {
    Credit credit = Credit.builder("additional_reporting").name("A. Smith").organization("Agency").text("Reporting: A.")
        .copyrightNotice("© Agency").license("https://creativecommons.org/licenses/by/4.0/").build();
    Image image = Image.builder().caption("Caption").credit(credit).build();
    String html = HtmlWriter.standard().body(List.of(ImageBlock.of(image))).value();

    assertThat(READER.readBlocks(html).value()).containsExactly(ImageBlock.of(image));
  }

  @Test
  void refuses_input_longer_than_the_limit() {
    HtmlReader reader = HtmlReader.builder().maxInputChars(10).build();

    assertThatThrownBy(() -> reader.readBlocks("<p>eleven c</p>"))
        .isInstanceOfSatisfying(HtmlLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(HtmlLimit.INPUT_SIZE);
          assertThat(e.maximum()).isEqualTo(10);
        })
        .hasMessage("input must be at most 10 characters");
  }

  @Test
  void refuses_nesting_deeper_than_the_limit() {
    String html = "<div>".repeat(100_000) + "deep";

    assertThatThrownBy(() -> READER.readBlocks(html))
        .isInstanceOfSatisfying(HtmlLimitException.class, e -> assertThat(e.limit()).isEqualTo(HtmlLimit.DEPTH))
        .hasMessage("nesting must be at most 256 elements deep");
    assertThat(READER.readBlocks("<div>".repeat(200) + "deep").value()).containsExactly(Paragraph.of("deep"));
  }

  @Test
  void refuses_more_blocks_than_the_limit() {
    assertThatThrownBy(() -> READER.readBlocks("<hr>".repeat(2_001)))
        .isInstanceOfSatisfying(HtmlLimitException.class, e -> assertThat(e.limit()).isEqualTo(HtmlLimit.BLOCKS))
        .hasMessage("body must have at most 2000 blocks");
    assertThat(READER.readBlocks("<hr>".repeat(2_000)).value()).hasSize(2_000);
  }

  @Test
  void survives_broken_tags_and_mutation_shapes_without_keeping_anything_executable() {
    String[] inputs = {
      "<p>unclosed <b>bold <i>both</b> italic</i>",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
      "<a href=\"javascript:alert(1)\"><img src=x onerror=alert(1)></a>",
      "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
      "</p></div><<p>>text<</p>",
      "<table><tr><td>cell<script>x</script></td></tr></table>",
    };
    for (String input : inputs) {
      Converted<List<Block>> read = WITH_BASE.readBlocks(input);
      String html = HtmlWriter.standard().body(read.value()).value();
      assertThat(HtmlRules.executable(html)).as(input).isEmpty();
    }
  }

  @Test
  void reads_an_article_headline_from_the_first_h1_and_language_from_lang() {
    Converted<Article> read = READER.readArticle(
        "<html lang=\"en-GB\"><head><title>Site</title></head><body><h1>Council approves budget</h1><p>Text.</p>");

    Article article = read.value();
    assertThat(article.headline()).isEqualTo("Council approves budget");
    assertThat(article.language()).isEqualTo("en-GB");
    assertThat(article.id()).isEqualTo("council-approves-budget");
    assertThat(article.slug()).isEqualTo("council-approves-budget");
    assertThat(article.body()).containsExactly(Paragraph.of("Text."));
    assertThat(read.losses()).containsExactly(
        Loss.guessed("/id", "derived from the headline"),
        Loss.guessed("/slug", "derived from the headline"));
  }

  @Test
  void refuses_an_article_without_headline_or_language() {
    assertThatThrownBy(() -> READER.readArticle("<p>Text.</p>"))
        .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.violations())
            .extracting(v -> v.pointer()).containsExactly("/headline", "/id", "/language", "/slug"));
  }

  @Test
  void derives_slugs_from_any_headline() {
    assertThat(Importer.slug("Zürich's café: 2025 — budget!", "article")).isEqualTo("zurichs-cafe-2025-budget");
    assertThat(Importer.slug("گزارش", "article")).isEqualTo("article");
    assertThat(Importer.slug("a".repeat(300), "article")).hasSize(128);
  }
}
