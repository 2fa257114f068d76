package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.Image;
import dev.masthead.model.Paragraph;
import dev.masthead.validation.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLdTest {
  private static final JsonLd WRITER = JsonLd.builder()
      .publisher(Publisher.of("Example News", "https://news.example.com", "https://news.example.com/logo.png"))
      .accessibleForFree(true)
      .build();

  @Test
  void writes_every_part_of_an_article_as_the_golden_file_says() throws IOException {
    String json = WRITER.write(Fixtures.budget()).value();

    assertThat(json).isEqualTo(golden("budget.jsonld").strip());
  }

  @Test
  void reports_every_value_it_drops_or_changes() {
    List<String> losses = WRITER.write(Fixtures.budget()).losses().stream().map(Loss::toString).toList();

    assertThat(losses).containsExactly(
        "/slug: dropped: schema.org has no slug: the url carries it",
        "/kicker: dropped: schema.org has no kicker",
        "/authors/0/slug: dropped: schema.org has no slug: the url carries it",
        "/authors/0/articleCount: dropped: schema.org has no count of articles",
        "/authors/0/email: dropped: an email address is not published in page markup",
        "/authors/1/slug: dropped: schema.org has no slug: the url carries it",
        "/credits/0/role: changed: carried as a contributor: schema.org has no property for the role",
        "/leadImage/altText: dropped: schema.org has no alternative text; the page's img element carries it",
        "/body/0/links: dropped: articleBody is plain text",
        "/body/1: changed: carried as plain text in articleBody");
  }

  @Test
  void writes_one_author_entry_per_author_with_the_name_alone() {
    JsonObject json = parse(WRITER.write(Fixtures.budget()).value());

    assertThat(json.getJsonArray("author")).hasSize(2);
    JsonObject person = json.getJsonArray("author").getJsonObject(0);
    assertThat(person.getString("@type")).isEqualTo("Person");
    assertThat(person.getString("name")).isEqualTo("Jane Doe");
    assertThat(person.getString("url")).isEqualTo("https://news.example.com/authors/jane-doe");
    assertThat(person.getJsonArray("sameAs").getString(0)).isEqualTo("https://social.example.org/@janedoe");
    assertThat(json.getJsonArray("author").getJsonObject(1).getString("@type")).isEqualTo("Organization");
  }

  @Test
  void writes_dates_with_their_time_zone() {
    JsonObject json = parse(WRITER.write(Fixtures.budget()).value());

    assertThat(json.getString("datePublished")).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(json.getString("dateModified")).isEqualTo("2024-05-01T12:30:00Z");
    assertThat(json.getString("expires")).isEqualTo("2025-05-01T10:00:00Z");
  }

  @Test
  void leaves_out_publisher_and_access_when_the_caller_gives_none() {
    JsonObject json = parse(JsonLd.standard().write(Fixtures.budget()).value());

    assertThat(json).doesNotContainKeys("publisher", "isAccessibleForFree");
    assertThat(JsonLd.standard().toBuilder().accessibleForFree(false).build().write(Fixtures.budget()).value())
        .contains("\"isAccessibleForFree\":false");
  }

  @Test
  void invents_nothing_for_the_seed_article_and_says_what_google_would_want_added() {
    Article seed = Fixtures.seed();

    Converted<String> jsonLd = JsonLd.standard().write(seed);
    JsonObject json = parse(jsonLd.value());

    assertThat(json).doesNotContainKeys("image", "datePublished", "dateModified", "url", "mainEntityOfPage");
    assertThat(json.getJsonArray("author").getJsonObject(0)).doesNotContainKey("url");
    assertThat(jsonLd.losses()).contains(Loss.dropped("/leadImage", "an image without a url cannot be marked up"));
    assertThat(JsonLd.standard().recommendations(seed)).extracting(Violation::toString).containsExactly(
        "/canonicalUrl: required_to_publish: is required to publish",
        "/leadImage/altText: required_to_publish: is required to publish",
        "/leadImage/credit: required_to_publish: is required to publish",
        "/leadImage/url: required_to_publish: is required to publish",
        "/publishedAt: required_to_publish: is required to publish",
        "/authors/0/url: recommended: is recommended for search engines: a url or a sameAs link");
  }

  @Test
  void recommends_nothing_for_a_publishable_article_whose_authors_have_links() {
    Article article = Fixtures.withModelAdditions().withAuthors(List.of(Author.builder("Jane Doe", "jane-doe")
        .addSameAs("https://social.example.org/@janedoe").build()));

    assertThat(JsonLd.standard().recommendations(article)).isEmpty();
  }

  @Test
  void wraps_the_json_in_a_script_element() {
    String json = WRITER.write(Fixtures.budget()).value();

    Converted<String> script = WRITER.writeScript(Fixtures.budget());

    assertThat(script.value()).isEqualTo("<script type=\"application/ld+json\">" + json + "</script>");
    assertThat(script.losses()).isEqualTo(WRITER.write(Fixtures.budget()).losses());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":\"</script>\"}", "{\"a\":\"<!--\"}", "{\"a\":\"x&y\"}", "{\"a\":\"x>y\"}",
      "{\"a\":\"\u2028\"}", "{\"a\":\"\u2029\"}"})
  void script_rejects_json_that_could_break_the_element(String json) {
    assertThatThrownBy(() -> JsonLd.script(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must not hold <, >, &, U+2028 or U+2029 unescaped");
  }

  static Stream<String> hostile() {
    return Stream.of(
        "</script><script>alert(1)</script>",
        "<!--<script>",
        "</SCRIPT >",
        "a & b > c < d",
        "]]><x/>",
        "\"quoted\" \\ back",
        "line\u2028separator\u2029paragraph",
        "nul\u0000bell\u0007escape\u001b",
        "\uFFFE\uFFFF noncharacters",
        "{\"@context\":\"https://evil.example\"}");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void keeps_hostile_text_inside_its_json_string(String text) {
    // The raw constructors hold content no builder would accept, as a migration might.
    Article base = Fixtures.budget();
    Image image = new Image(base.leadImage().url(), text, text, 10, 10, null, List.of(), null, null);
    Article article = new Article(base.id(), base.slug(), text, text, text, text,
        List.of(new Paragraph(text, List.of(), List.of(), List.of())), List.of(new Author(text, "x", null, text, text, null, null, null, List.of(), null)),
        List.of(), image, "politics", List.of(text), "en", text, ArticleStatus.PUBLISHED, base.publishedAt(), null, null,
        null, base.canonicalUrl(), null, List.of(), null, null, List.of());

    String json = WRITER.write(article).value();
    String script = WRITER.writeScript(article).value();

    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(script.indexOf("</script")).isEqualTo(script.length() - "</script>".length());
    JsonObject back = parse(json);
    assertThat(back.getString("headline")).isEqualTo(text);
    assertThat(back.getString("dateline")).isEqualTo(text);
    assertThat(back.getString("articleBody")).isEqualTo(text);
    assertThat(back.getJsonArray("keywords").getString(0)).isEqualTo(text);
    assertThat(back.getJsonArray("author").getJsonObject(0).getString("name")).isEqualTo(text);
    assertThat(back.getJsonArray("image").getJsonObject(0).getString("caption")).isEqualTo(text);
    assertThat(back.getString("@context")).isEqualTo("https://schema.org");
  }

  @Test
  void expands_to_schema_org_properties_and_types_only() {
    Expansion.Result result = Expansion.bundled().expand(WRITER.write(Fixtures.budget()).value());

    assertThat(result.properties()).allMatch(iri -> iri.startsWith(Expansion.VOCABULARY));
    assertThat(result.types()).allMatch(iri -> iri.startsWith(Expansion.VOCABULARY));
    // A term the context does not define is dropped by expansion: every name must have survived.
    assertThat(result.propertyNames()).isEqualTo(result.compactProperties());
    assertThat(result.typeNames()).containsAll(result.compactTypes());
    assertThat(result.typeNames()).contains("NewsArticle", "Person", "Organization", "ImageObject");
  }

  @Test
  void marks_up_the_lead_image_and_the_largest_4x3_and_1x1_renditions_of_50000_pixels() {
    Article article = Fixtures.withModelAdditions();

    Converted<String> jsonLd = WRITER.write(article);

    JsonObject json = parse(jsonLd.value());
    assertThat(json.getJsonArray("image").stream().map(image -> image.asJsonObject().getString("url"))).containsExactly(
        "https://cdn.example.com/img/council.jpg",
        "https://cdn.example.com/img/council-4x3.jpg",
        "https://cdn.example.com/img/council-1x1.jpg");
    JsonObject square = json.getJsonArray("image").getJsonObject(2);
    assertThat(square.getInt("width")).isEqualTo(800);
    assertThat(square.getString("encodingFormat")).isEqualTo("image/jpeg");
    assertThat(square.getString("creditText")).isEqualTo("Photo: A. Smith/Example Agency");
    assertThat(square.getString("copyrightNotice")).isEqualTo("© 2024 Example Agency, all rights reserved");
    assertThat(square.getString("acquireLicensePage")).isEqualTo("https://agency.example.com/buy");
    assertThat(square.getString("digitalSourceType")).isEqualTo("https://schema.org/DigitalCaptureDigitalSource");
    assertThat(jsonLd.losses()).extracting(Loss::toString).contains(
        "/leadImage/renditions/0: dropped: not the largest 16x9, 4x3 or 1x1 image of at least 50,000 pixels",
        "/leadImage/renditions/3: dropped: not the largest 16x9, 4x3 or 1x1 image of at least 50,000 pixels",
        "/leadImage/credit/copyrightNotice: dropped: the rights' copyright notice is written instead",
        "/leadImage/digitalSourceType: changed: written as schema.org's member of IPTCDigitalSourceEnumeration");
  }

  @Test
  void writes_subjects_rights_digital_source_type_corrections_and_uri() {
    Converted<String> jsonLd = WRITER.write(Fixtures.withModelAdditions());

    JsonObject json = parse(jsonLd.value());
    assertThat(json.getString("@id")).isEqualTo("urn:newsml:example.com:20240501:budget");
    JsonObject about = json.getJsonArray("about").getJsonObject(0);
    assertThat(about.getString("@type")).isEqualTo("Thing");
    assertThat(about.getString("name")).isEqualTo("Budgets");
    assertThat(about.getString("sameAs")).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/20000349");
    assertThat(json.getJsonArray("about").getJsonObject(1)).doesNotContainKey("sameAs");
    assertThat(json.getString("copyrightNotice")).isEqualTo("© 2024 Example News");
    assertThat(json.getString("license")).isEqualTo("https://news.example.com/license");
    assertThat(json.getJsonObject("copyrightHolder").getString("name")).isEqualTo("Example News");
    assertThat(json.getString("digitalSourceType")).isEqualTo("https://schema.org/TrainedAlgorithmicMediaDigitalSource");
    JsonObject correction = json.getJsonArray("correction").getJsonObject(0);
    assertThat(correction.getString("@type")).isEqualTo("CorrectionComment");
    assertThat(correction.getString("text")).isEqualTo("An earlier version gave the wrong vote count.");
    assertThat(correction.getString("datePublished")).isEqualTo("2024-05-01T12:30:00Z");
    assertThat(jsonLd.losses()).extracting(Loss::toString).contains(
        "/rights/copyrightHolder: guessed: written as an organization: the content does not say which",
        "/rights/usageTerms: dropped: schema.org's usageInfo is a url, not terms");
    Expansion.Result expanded = Expansion.bundled().expand(jsonLd.value());
    assertThat(expanded.propertyNames()).isEqualTo(expanded.compactProperties());
  }

  @Test
  void drops_a_digital_source_type_schema_org_does_not_name() {
    Article article = Fixtures.budget().toBuilder()
        .digitalSourceType(dev.masthead.model.DigitalSourceType.of("https://example.com/sources/drawn")).build();

    Converted<String> jsonLd = WRITER.write(article);

    assertThat(parse(jsonLd.value())).doesNotContainKey("digitalSourceType");
    assertThat(jsonLd.losses()).contains(
        Loss.dropped("/digitalSourceType", "not one of IPTC's digital source types, which schema.org names"));
  }

  @Test
  void recommends_the_image_ratios_the_lead_image_lacks() {
    assertThat(JsonLd.standard().recommendations(Fixtures.budget())).extracting(Violation::toString).containsExactly(
        "/authors/1/url: recommended: is recommended for search engines: a url or a sameAs link",
        "/leadImage/renditions: recommended: is recommended for search engines: a 4x3 image of at least 50,000 pixels",
        "/leadImage/renditions: recommended: is recommended for search engines: a 1x1 image of at least 50,000 pixels");
  }

  @Test
  void writes_a_ticker_as_an_item_list_in_display_order() {
    Converted<String> jsonLd = JsonLd.standard().write(Fixtures.ticker());

    JsonObject json = parse(jsonLd.value());
    assertThat(json.getString("@type")).isEqualTo("ItemList");
    assertThat(json.getString("name")).isEqualTo("News Ticker");
    assertThat(json.getInt("numberOfItems")).isEqualTo(4);
    JsonObject first = json.getJsonArray("itemListElement").getJsonObject(0);
    assertThat(first.getInt("position")).isEqualTo(1);
    assertThat(first.getJsonObject("item").getString("headline")).isEqualTo("Council approves budget");
    assertThat(first.getJsonObject("item").getString("datePublished")).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(jsonLd.losses()).extracting(Loss::toString).containsExactly(
        "/items/0/priority: changed: carried only as the item's position",
        "/items/0/articleId: dropped: the item's url leads to the article",
        "/items/1/priority: changed: carried only as the item's position");
    Expansion.Result expanded = Expansion.bundled().expand(jsonLd.value());
    assertThat(expanded.propertyNames()).isEqualTo(expanded.compactProperties());
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  static String golden(String name) throws IOException {
    try (InputStream in = JsonLdTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
