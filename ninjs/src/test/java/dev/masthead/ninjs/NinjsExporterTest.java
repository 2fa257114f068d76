package dev.masthead.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Converted;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.Credit;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NinjsExporterTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Article article() {
    return Article.builder()
        .id("art-2024-000123")
        .slug("city-council-approves-budget")
        .kicker("Riverton")
        .headline("City council approves 2025 budget")
        .subheadline("Libraries and buses get more money")
        .summary("The council voted 7 to 2.")
        .body(Paragraph.of("The council voted on Tuesday.", Link.of(4, 11, "https://riverton.example.gov/council")),
            Heading.of(2, "What changes"),
            Paragraph.of("Buses run later."))
        .authors(Author.of("Jane Doe", "jane-doe"), Author.of("John Roe", "john-roe"))
        .leadImage(Image.builder().url("https://cdn.example.com/img/council.jpg").width(1200).height(800)
            .altText("Council members vote").caption("The vote on Tuesday.")
            .credit(Credit.builder(Credit.PHOTO).name("A. Smith").organization("AP").build()).build())
        .language("en-GB")
        .dateline("RIVERTON")
        .status(ArticleStatus.PUBLISHED)
        .publishedAt(Instant.parse("2024-05-01T10:00:00Z"))
        .updatedAt(Instant.parse("2024-05-01T12:30:00Z"))
        .section("politics")
        .tags("budget")
        .canonicalUrl("https://news.example.com/politics/budget")
        .build();
  }

  private static JsonNode tree(Converted<String> exported) {
    return JSON.readTree(exported.value());
  }

  @Test
  void writes_uri_headlines_by_timestamps_and_language() {
    JsonNode item = tree(NinjsExporter.standard().export(article()));

    assertThat(item.path("uri").asString()).isEqualTo("urn:masthead:article:art-2024-000123");
    assertThat(item.path("standard").path("version").asString()).isEqualTo("3.1");
    assertThat(item.path("type").asString()).isEqualTo("text");
    assertThat(item.path("headlines").toString()).isEqualTo(
        "[{\"role\":\"main\",\"contentType\":\"text/plain\",\"value\":\"City council approves 2025 budget\"},"
            + "{\"role\":\"subheadline\",\"contentType\":\"text/plain\",\"value\":\"Libraries and buses get more money\"},"
            + "{\"role\":\"kicker\",\"contentType\":\"text/plain\",\"value\":\"Riverton\"}]");
    assertThat(item.path("by").asString()).isEqualTo("Jane Doe and John Roe");
    assertThat(item.path("firstCreated").asString()).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(item.path("versionCreated").asString()).isEqualTo("2024-05-01T12:30:00Z");
    assertThat(item.path("pubStatus").asString()).isEqualTo("usable");
    assertThat(item.path("language").asString()).isEqualTo("en-GB");
    assertThat(item.path("located").asString()).isEqualTo("RIVERTON");
    assertThat(item.path("slugline").asString()).isEqualTo("city-council-approves-budget");
    assertThat(item.path("altIds").get(0).path("value").asString()).isEqualTo("https://news.example.com/politics/budget");
  }

  @Test
  void writes_an_html_body_and_a_plain_text_body_with_blank_lines_between_blocks() {
    JsonNode bodies = tree(NinjsExporter.standard().export(article())).path("bodies");
    JsonNode html = bodies.get(0);
    JsonNode body = bodies.get(1);

    assertThat(html.path("contentType").asString()).isEqualTo("text/html");
    assertThat(html.path("value").asString()).isEqualTo("<p class=\"mh-paragraph\">The <a href=\"https://riverton.example.gov/council\" rel=\"noopener\">"
        + "council</a> voted on Tuesday.</p>\n<h2 class=\"mh-heading\">What changes</h2>\n"
        + "<p class=\"mh-paragraph\">Buses run later.</p>\n");

    assertThat(body.path("contentType").asString()).isEqualTo("text/plain");
    assertThat(body.path("value").asString())
        .isEqualTo("The council voted on Tuesday.\n\nWhat changes\n\nBuses run later.");
  }

  @Test
  void writes_the_lead_image_as_an_association_with_its_rendition_and_credit() {
    JsonNode association = tree(NinjsExporter.standard().export(article())).path("associations").get(0);

    assertThat(association.path("name").asString()).isEqualTo("leadimage");
    assertThat(association.path("type").asString()).isEqualTo("picture");
    assertThat(association.path("by").asString()).isEqualTo("A. Smith/AP");
    assertThat(association.path("renditions").toString()).isEqualTo(
        "[{\"name\":\"main\",\"href\":\"https://cdn.example.com/img/council.jpg\",\"width\":1200,\"height\":800}]");
    assertThat(association.path("descriptions").get(0).path("value").asString()).isEqualTo("The vote on Tuesday.");
  }

  @Test
  void reports_what_ninjs_cannot_carry() {
    Converted<String> exported = NinjsExporter.standard().export(article());

    assertThat(Fixtures.lines(exported.losses())).containsExactlyInAnyOrder(
        "/slug: changed: written as the slugline; import makes the slug from the uri",
        "/uri: guessed: absent; written as urn:masthead:article:art-2024-000123, made from the id",
        "/id: dropped: ninjs has no id; import makes one from the uri",
        "/section: dropped: ninjs has no section",
        "/tags: dropped: ninjs has no free tags");
  }

  @Test
  void reports_authors_whose_names_would_not_read_back() {
    Article article = article().withAuthors(java.util.List.of(
        Author.builder("Smith and Sons", "smith-and-sons").kind(dev.masthead.model.AuthorKind.ORGANIZATION).build()));

    Converted<String> exported = NinjsExporter.standard().export(article);

    assertThat(Fixtures.lines(exported.losses())).contains(
        "/authors: changed: a name holds a separator or a leading \"by\" word: by reads back as 2 names");
  }

  @Test
  void percent_encodes_non_ascii_urls_with_a_report() {
    Article article = article().withLeadImage(Image.builder().url("https://cdn.example.com/bild/gr\u00f6\u00dfe.jpg").build());

    Converted<String> exported = NinjsExporter.standard().export(article);

    assertThat(tree(exported).path("associations").get(0).path("renditions").get(0).path("href").asString())
        .isEqualTo("https://cdn.example.com/bild/gr%C3%B6%C3%9Fe.jpg");
    assertThat(Fixtures.lines(exported.losses()))
        .contains("/leadImage/url: changed: non-ASCII characters were percent-encoded");
  }

  @Test
  void maps_every_status_to_a_pub_status() {
    assertThat(tree(NinjsExporter.standard().export(article().withStatus(ArticleStatus.DRAFT)))
        .path("pubStatus").asString()).isEqualTo("withheld");
    assertThat(tree(NinjsExporter.standard().export(article().withStatus(ArticleStatus.WITHDRAWN)))
        .path("pubStatus").asString()).isEqualTo("canceled");
  }

  @Test
  void writes_image_blocks_as_further_associations() {
    Article article = article().withBody(java.util.List.of(Paragraph.of("Text."),
        ImageBlock.of(Image.builder().url("https://cdn.example.com/img/2.jpg").build())));

    JsonNode associations = tree(NinjsExporter.standard().export(article)).path("associations");

    assertThat(associations.get(1).path("name").asString()).isEqualTo("image-1");
    assertThat(associations.get(1).path("renditions").get(0).path("href").asString())
        .isEqualTo("https://cdn.example.com/img/2.jpg");
  }

  @Test
  void exports_bytes_equal_to_the_text() {
    assertThat(new String(NinjsExporter.standard().exportBytes(article()).value(), StandardCharsets.UTF_8))
        .isEqualTo(NinjsExporter.standard().export(article()).value());
  }

  @Test
  void round_trips_what_it_does_not_report() {
    Article article = article();
    Article back = NinjsImporter.standard().importItem(NinjsExporter.standard().export(article).value()).value();

    assertThat(back.headline()).isEqualTo(article.headline());
    assertThat(back.subheadline()).isEqualTo(article.subheadline());
    assertThat(back.kicker()).isEqualTo(article.kicker());
    assertThat(back.summary()).isEqualTo(article.summary());
    assertThat(back.authors()).isEqualTo(article.authors());
    assertThat(back.leadImage()).isEqualTo(article.leadImage());
    assertThat(back.publishedAt()).isEqualTo(article.publishedAt());
    assertThat(back.updatedAt()).isEqualTo(article.updatedAt());
    assertThat(back.canonicalUrl()).isEqualTo(article.canonicalUrl());
    assertThat(back.dateline()).isEqualTo(article.dateline());
    assertThat(back.language()).isEqualTo(article.language());
    assertThat(back.body()).isEqualTo(article.body());
  }
}
