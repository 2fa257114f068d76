package dev.masthead.examples.cli;

import static dev.masthead.examples.cli.MastheadRun.copySample;
import static dev.masthead.examples.cli.MastheadRun.sample;
import static dev.masthead.examples.cli.MastheadRun.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.examples.SampleContent;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Paragraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

class ConvertCommandTest {
  @TempDir Path folder;

  @Test
  void writes_the_seed_article_as_a_page_a_reader_recognises(@TempDir Path dir) throws Exception {
    String file = copySample(dir, "us-sends-arms.json");

    MastheadRun run = MastheadRun.of("convert", "--from", "masthead", "--to", "html", file);

    assertThat(run.exitCode()).isZero();
    Document page = Jsoup.parse(run.out());
    assertThat(page.title()).isEqualTo("U.S. Sends Arms Against Iran Threat in Syria");
    assertThat(page.select("h1.mh-headline").text()).isEqualTo("U.S. Sends Arms Against Iran Threat in Syria");
    assertThat(page.select(".mh-byline").text()).isEqualTo("By Siavosh Hosseini");
    assertThat(page.select(".mh-body p")).hasSize(8);
    assertThat(page.select(".mh-body p").get(6).text()).contains("the blocking of the [Shia] crescent");
    assertThat(page.select(".mh-author-about").text()).isEqualTo("About Siavosh Hosseini (352 Articles)");
    assertThat(page.select(".mh-author-bio").text()).startsWith("My background is in the visual arts");
    assertThat(page.select("figure.mh-lead-image img")).hasSize(1);
    assertThat(page.select("article").attr("lang")).isEqualTo("en");
    assertThat(run.errLines()).containsExactly(
        "/id: dropped: the id is not shown in html",
        "/slug: dropped: the slug is not shown in html",
        "/authors/0/slug: dropped: an author's slug is not shown in html");
  }

  @Test
  void reads_its_own_page_back_into_the_article_fields_not_paragraphs(@TempDir Path dir) throws Exception {
    String page = MastheadRun.of("convert", "--from", "masthead", "--to", "html", copySample(dir, "us-sends-arms.json"))
        .out();

    MastheadRun run = MastheadRun.withInput(page, "convert", "--from", "html", "--to", "masthead");

    assertThat(run.exitCode()).isZero();
    Article back = MastheadJson.standard().readArticle(run.out());
    Article seed = SampleContent.seedArticle();
    assertThat(back.headline()).isEqualTo(seed.headline());
    assertThat(back.body()).isEqualTo(seed.body());
    assertThat(back.language()).isEqualTo("en");
    Author author = back.authors().get(0);
    assertThat(back.authors()).hasSize(1);
    assertThat(author.name()).isEqualTo("Siavosh Hosseini");
    assertThat(author.bio()).isEqualTo(seed.authors().get(0).bio());
    assertThat(author.articleCount()).isEqualTo(352);
    assertThat(back.leadImage()).isEqualTo(seed.leadImage());
    assertThat(back.slug()).isEqualTo("us-sends-arms-against-iran-threat-in-syria");
    assertThat(run.errLines()).containsExactly(
        "/authors/0/slug: guessed: derived from the name",
        "/id: guessed: derived from the headline",
        "/slug: guessed: derived from the headline");
  }

  @Test
  void reads_foreign_html_from_standard_input_with_headline_language_and_derivations_reported() {
    String html = "<html><head><title>Page title</title></head><body><nav>Home</nav>"
        + "<article><h1>Council approves budget</h1><p>The council <a href=\"/budget\">voted</a>.</p>"
        + "<script>alert(1)</script></article></body></html>";

    MastheadRun run = MastheadRun.withInput(html, "convert", "--from", "html", "--to", "masthead",
        "--base-uri", "https://news.example.com/politics/", "--language", "en-GB");

    assertThat(run.exitCode()).isZero();
    Article article = MastheadJson.standard().readArticle(run.out());
    assertThat(article.headline()).isEqualTo("Council approves budget");
    assertThat(article.id()).isEqualTo("council-approves-budget");
    assertThat(article.language()).isEqualTo("en-GB");
    assertThat(article.body()).containsExactly(
        Paragraph.of("The council voted.", dev.masthead.model.Link.of(12, 17, "https://news.example.com/budget")));
    assertThat(run.errLines()).containsExactly(
        "/language: guessed: the html names no language: the default given",
        "/body/0/links: changed: a relative url resolved against the base uri",
        "/body/1: dropped: a script element",
        "/id: guessed: derived from the headline",
        "/slug: guessed: derived from the headline");
  }

  @Test
  void takes_the_headline_from_the_title_when_there_is_no_h1() {
    MastheadRun run = MastheadRun.withInput("<html lang=\"fa\"><title>گزارش تهران</title><p>متن</p>",
        "convert", "--from", "html", "--to", "masthead");

    assertThat(run.exitCode()).isZero();
    Article article = MastheadJson.standard().readArticle(run.out());
    assertThat(article.headline()).isEqualTo("گزارش تهران");
    assertThat(article.language()).isEqualTo("fa");
    assertThat(article.slug()).isEqualTo("article");
    assertThat(run.errLines()).contains("/headline: guessed: taken from the page title: no h1");
  }

  @Test
  void exits_1_when_the_html_has_no_headline_or_language() {
    MastheadRun run = MastheadRun.withInput("<p>Only a paragraph.</p>", "convert", "--from", "html", "--to", "masthead");

    assertThat(run.exitCode()).isEqualTo(Masthead.INVALID_CONTENT);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "(stdin): /headline: required: is required",
        "(stdin): /id: required: is required",
        "(stdin): /language: required: is required",
        "(stdin): /slug: required: is required");
  }

  @Test
  void exits_2_for_html_nested_too_deeply() {
    String html = "<div>".repeat(300) + "x";

    MastheadRun run = MastheadRun.withInput(html, "convert", "--from", "html", "--to", "masthead");

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.errLines()).containsExactly("(stdin): nesting must be at most 256 elements deep");
  }

  @Test
  void exits_2_for_input_that_is_not_utf_8() {
    MastheadRun run = MastheadRun.withInput(new byte[] {'<', 'p', '>', (byte) 0xC3, '(', '<'},
        "convert", "--from", "html", "--to", "masthead");

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.errLines()).containsExactly("(stdin): input is not utf-8");
  }

  @Test
  void exits_2_for_malformed_json_naming_line_and_column() throws Exception {
    String file = write(folder, "broken.json", "{\"id\": ");

    MastheadRun run = MastheadRun.of("convert", "--from", "masthead", "--to", "html", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString().startsWith(file + ": 1:");
  }

  @Test
  void exits_2_for_a_missing_file() {
    MastheadRun run = MastheadRun.of("convert", "--from", "html", "--to", "masthead", "no-such-file.html");

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.errLines()).containsExactly("no-such-file.html: no such file");
  }

  @Test
  void converts_masthead_to_masthead_as_the_canonical_form() throws Exception {
    String file = copySample(folder, "harbour-ferry-fire.json");

    MastheadRun run = MastheadRun.of("convert", "--from", "masthead", "--to", "masthead", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(MastheadJson.standard().writePretty(MastheadJson.standard().readArticle(
        sample("harbour-ferry-fire.json"))));
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--from|rss|--to|html|Invalid value for option '--from': format 'rss' cannot be read; formats: masthead, html, ninjs",
    "--from|pdf|--to|html|Invalid value for option '--from': unknown format 'pdf'; formats: masthead, html, ninjs",
    "--from|html|--to|pdf|Invalid value for option '--to': unknown format 'pdf'; formats: masthead, html, ninjs, jsonld, jsonfeed, rss, atom",
    "--from|html|--base-uri|ftp://x|Missing required option: '--to=FORMAT'",
  })
  void exits_64_for_a_usage_error(String a, String b, String c, String d, String message) {
    MastheadRun run = MastheadRun.of("convert", a, b, c, d);

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).first().isEqualTo(message);
  }

  @Test
  void exits_64_for_a_base_uri_that_is_not_http() {
    MastheadRun run = MastheadRun.withInput("<h1>x</h1>", "convert", "--from", "html", "--to", "masthead",
        "--base-uri", "javascript:alert(1)");

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.errLines()).first().isEqualTo("Invalid value for option '--base-uri': must be an absolute http or"
        + " https uri");
  }
}
