package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Divider;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schemas describe every golden file and every document the writer produces. */
class SchemaTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(Map.of(
              JsonSchemas.ARTICLE_ID, JsonSchemas.article(),
              JsonSchemas.TICKER_ID, JsonSchemas.ticker())));

  static List<Path> goldenFiles() {
    return Golden.files();
  }

  static List<String> errors(String json, Class<?> type) {
    Schema schema = SCHEMAS.getSchema(SchemaLocation.of(Golden.schema(type)));
    JsonNode document = TREES.readTree(json);
    return schema.validate(document).stream().map(Error::toString).toList();
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void describes_every_golden_file(Path file) throws IOException {
    assertThat(errors(Files.readString(file), Golden.type(file))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void describes_what_the_writer_writes(Path file) throws IOException {
    Class<?> type = Golden.type(file);
    Object value = MastheadJson.standard().reader(type).read(Files.readString(file));

    assertThat(errors(MastheadJson.standard().write(value), type)).isEmpty();
  }

  @Test
  void describes_a_document_built_from_scratch() {
    Article article = Article.builder().id("a-1").slug("a").headline("Headline").language("en")
        .addBlock(Paragraph.of("Text.")).addBlock(Divider.of())
        .addAuthor(Author.of("Jane Doe", "jane-doe"))
        .build();
    Ticker ticker = Ticker.of("home", "News Ticker")
        .plus(TickerItem.builder("t1", "Item", Instant.parse("2024-05-01T10:00:00Z")).build());

    assertThat(errors(MastheadJson.standard().write(article), Article.class)).isEmpty();
    assertThat(errors(MastheadJson.standard().write(ticker), Ticker.class)).isEmpty();
  }

  @Test
  void describes_urls_of_the_longest_allowed_length_without_deep_recursion() throws InterruptedException {
    // The URL pattern once repeated a group per character (and then per percent escape), which
    // overflows the stack of backtracking regex engines (java.util.regex among them) on long URLs.
    // A thread with a small stack shows that the depth no longer grows with the URL.
    checkLongestUrls(); // loads and compiles what the check needs, which the small stack need not hold
    java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try {
        checkLongestUrls();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", 512 * 1024);
    small.start();
    small.join();

    assertThat(failure.get()).isNull();
  }

  @Test
  void reject_long_identifiers_slugs_language_tags_and_emails_without_deep_recursion() throws InterruptedException {
    // A pattern that repeats a group per character or per hyphen overflows the stack of backtracking
    // regex engines on long input, which JSON Schema checks whatever maxLength says.
    checkLongValues();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try {
        checkLongValues();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", 512 * 1024);
    small.start();
    small.join();

    assertThat(failure.get()).isNull();
  }

  private static void checkLongValues() {
    String id = "a".repeat(20_000);
    String slug = "a-".repeat(10_000) + "a";
    String language = "en" + "-abcde".repeat(3_000);
    String email = "a@" + "b.".repeat(10_000) + "com";
    assertThat(rejections(Samples.article("\"art-2024-000123\"", "\"" + id + "\""), Article.class))
        .extracting(Rejection::keyword).containsExactly("maxLength");
    assertThat(rejections(Samples.article("\"city-council-approves-budget\"", "\"" + slug + "\""), Article.class))
        .extracting(Rejection::keyword).containsExactly("maxLength");
    assertThat(rejections(Samples.article("\"en-GB\"", "\"" + language + "\""), Article.class))
        .extracting(Rejection::keyword).containsExactlyInAnyOrder("maxLength", "pattern");
    assertThat(rejections("{\"name\":\"Jane Doe\",\"slug\":\"jane-doe\",\"email\":\"" + email + "\"}", Author.class))
        .extracting(Rejection::keyword).containsExactlyInAnyOrder("maxLength", "pattern");
  }

  private static void checkLongestUrls() {
    String path = "https://news.example.com/" + "x".repeat(2_048 - 25);
    String escaped = "https://news.example.com/" + "%41".repeat(674) + "x";
    Article article = Article.builder().id("a-1").slug("a").headline("Headline").language("en")
        .canonicalUrl(path)
        .addAuthor(Author.builder("Jane Doe", "jane-doe").url(escaped).build())
        .build();
    Ticker ticker = Ticker.of("home", "News Ticker")
        .plus(TickerItem.builder("t1", "Item", Instant.parse("2024-05-01T10:00:00Z")).url(path).build());

    assertThat(path.length()).isEqualTo(2_048);
    assertThat(escaped.length()).isEqualTo(2_048);
    assertThat(errors(MastheadJson.standard().write(article), Article.class)).isEmpty();
    assertThat(errors(MastheadJson.standard().write(ticker), Ticker.class)).isEmpty();
    assertThat(errors(MastheadJson.standard().write(article).replace("%41x", "%4x"), Article.class)).isNotEmpty();
  }

  /** Where a schema rejects a document: the instance pointer, the keyword and the keyword's schema location. */
  record Rejection(String pointer, String keyword, String schemaLocation) {}

  static List<Rejection> rejections(String json, Class<?> type) {
    Schema schema = SCHEMAS.getSchema(SchemaLocation.of(Golden.schema(type)));
    return schema.validate(TREES.readTree(json)).stream()
        .map(error -> new Rejection(error.getInstanceLocation().toString(), error.getKeyword(),
            error.getSchemaLocation().getFragment().toString()))
        .toList();
  }

  static Stream<Arguments> negativeCases() {
    String article = Samples.ARTICLE;
    String ticker = Samples.TICKER;
    String headline = "\"City council approves 2025 budget\"";
    String url = "\"https://news.example.com/politics/budget\"}";
    String published = "\"publishedAt\":\"2024-05-01T10:00:00Z\"";
    return Stream.of(
        // Blank text: spaces, no-break, ideographic and other Unicode spaces, format characters alone.
        rejected("spaces", Samples.article(headline, "\"   \""), "/headline", "pattern", "/$defs/singleLineText/pattern"),
        rejected("no-break and ideographic spaces", Samples.article(headline, "\"\u00a0\u3000\u2007\u202f\""),
            "/headline", "pattern", "/$defs/singleLineText/pattern"),
        rejected("format characters", Samples.article(headline, "\"\u200e\u2066\u00ad\""),
            "/headline", "pattern", "/$defs/singleLineText/pattern"),
        rejected("line breaks and tabs in multi-line text",
            Samples.article("\"The council voted on Tuesday.\"", "\"\\n\\t \\r\""),
            "/body/0/text", "pattern", "/$defs/multiLineText/pattern"),
        // Forbidden characters and runs of combining marks.
        rejected("a bidi override", Samples.article(headline, "\"a\u202eb\""), "/headline", "not",
            "/$defs/singleLineText/not"),
        rejected("an escaped unpaired surrogate", Samples.article(headline, "\"a\\ud800b\""), "/headline", "not",
            "/$defs/singleLineText/not"),
        rejected("a noncharacter above U+FFFF", Samples.article(headline, "\"a\uD83F\uDFFEb\""), "/headline", "not",
            "/$defs/singleLineText/not"),
        rejected("a private-use character above U+FFFF", Samples.article(headline, "\"a\uDB80\uDC00b\""),
            "/headline", "not", "/$defs/singleLineText/not"),
        rejected("31 combining marks", Samples.article(headline, "\"e" + "\u0301".repeat(31) + "\""), "/headline",
            "not", "/$defs/singleLineText/not"),
        rejected("a line feed in single-line text", Samples.article(headline, "\"a\\nb\""), "/headline", "not",
            "/$defs/singleLineText/not"),
        rejected("a headline too long", Samples.article(headline, "\"" + "\uD83C\uDF89".repeat(301) + "\""),
            "/headline", "maxLength", "/properties/headline/maxLength"),
        // URLs.
        rejected("an empty port", Samples.article(url, "\"https://news.example.com:\"}"), "/canonicalUrl", "pattern",
            "/$defs/url/pattern"),
        rejected("port 0", Samples.article(url, "\"https://news.example.com:0/\"}"), "/canonicalUrl", "pattern",
            "/$defs/url/pattern"),
        rejected("port 65536", Samples.article(url, "\"https://news.example.com:65536/\"}"), "/canonicalUrl",
            "pattern", "/$defs/url/pattern"),
        rejected("a host ending in a number that is no IPv4 address", Samples.article(url, "\"https://1.2.3.256/\"}"),
            "/canonicalUrl", "pattern", "/$defs/url/pattern"),
        rejected("two :: in an IPv6 address", Samples.article(url, "\"https://[1::2::3]/\"}"), "/canonicalUrl",
            "pattern", "/$defs/url/pattern"),
        rejected("a label of 64 characters", Samples.article(url, "\"https://" + "a".repeat(64) + ".com/\"}"),
            "/canonicalUrl", "pattern", "/$defs/url/pattern"),
        rejected("user information", Samples.article(url, "\"https://user@news.example.com/\"}"), "/canonicalUrl",
            "pattern", "/$defs/url/pattern"),
        rejected("an unpaired surrogate in a path", Samples.article(url, "\"https://news.example.com/\\udc00\"}"),
            "/canonicalUrl", "pattern", "/$defs/url/pattern"),
        // Timestamps and other formats.
        rejected("February 29 of a common year", Samples.article(published, "\"publishedAt\":\"2023-02-29T10:00:00Z\""),
            "/publishedAt", "pattern", "/$defs/timestamp/pattern"),
        rejected("April 31", Samples.article(published, "\"publishedAt\":\"2024-04-31T10:00:00Z\""),
            "/publishedAt", "pattern", "/$defs/timestamp/pattern"),
        rejected("an epoch number", Samples.article(published, "\"publishedAt\":1714557600"), "/publishedAt", "type",
            "/$defs/timestamp/type"),
        rejected("an unknown irregular language tag", Samples.article("\"en-GB\"", "\"i-foo\""), "/language",
            "pattern", "/$defs/languageTag/pattern"),
        rejected("a status in another case", Samples.article("\"published\"", "\"Published\""), "/status", "enum",
            "/properties/status/enum"),
        rejected("a missing headline", Samples.article("\"headline\":" + headline + ",", ""), "", "required",
            "/required"),
        // Authors, credits and blocks.
        rejected("a byline as a name", Samples.article("\"Jane Doe\"", "\"By Jane Doe\""), "/authors/0/name", "not",
            "/$defs/author/properties/name/not"),
        rejected("two people in one person's name", Samples.article("\"Jane Doe\"", "\"Jane Doe and John Roe\""),
            "/authors/0/name", "not", "/$defs/author/then/properties/name/not"),
        rejected("a negative article count", Samples.article("412", "-1"), "/authors/0/articleCount", "minimum",
            "/$defs/author/properties/articleCount/minimum"),
        rejected("a credit naming no one", Samples.article("\"name\":\"A. Smith\",\"organization\":\"Example Agency\"",
            "\"text\":\"Photo\""), "/leadImage/credit", "required", "/$defs/credit/anyOf/0/required",
            "/$defs/credit/anyOf/1/required"),
        rejected("a block of an unknown type", Samples.article("\"type\":\"heading\"", "\"type\":\"video\""),
            "/body/1/type", "enum", "/$defs/block/properties/type/enum"),
        rejected("a heading level out of range", Samples.article("\"level\":2", "\"level\":7"), "/body/1/level",
            "maximum", "/$defs/heading/properties/level/maximum"),
        rejected("an empty list", Samples.article("[\"Roads\",\"Libraries\"]", "[]"), "/body/2/items", "minItems",
            "/$defs/list/properties/items/minItems"),
        // Tickers.
        rejected("a blank ticker label", Samples.ticker("\"News Ticker\"", "\"\u3000\""), "/label", "pattern",
            "/$defs/singleLineText/pattern"),
        rejected("an item without publishedAt", Samples.ticker("\"publishedAt\":\"2024-05-01T10:00:00Z\",", ""),
            "/items/0", "required", "/$defs/tickerItem/required"),
        rejected("an unknown priority", Samples.ticker("\"breaking\"", "\"flash\""), "/items/0/priority", "enum",
            "/$defs/tickerItem/properties/priority/enum"));
  }

  /** A document rejected at one pointer by one keyword, at each of the given schema locations. */
  private static Arguments rejected(String name, String json, String pointer, String keyword, String... locations) {
    boolean ticker = json.startsWith("{\"id\":\"home\"");
    List<Rejection> expected = Stream.of(locations).map(location -> new Rejection(pointer, keyword, location)).toList();
    return Arguments.of(name, json, ticker ? Ticker.class : Article.class, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeCases")
  void reject_each_broken_rule_with_its_keyword(String name, String json, Class<?> type, List<Rejection> expected) {
    assertThat(rejections(json, type)).containsExactlyElementsOf(expected);
  }

  @Test
  void reject_documents_of_the_wrong_shape_with_their_keywords() {
    assertThat(rejections("{\"id\":\"a-1\"}", Article.class)).extracting(Rejection::pointer, Rejection::keyword)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("", "required")).hasSize(3);
    // One rejection for each missing property: headline and publishedAt.
    Rejection itemRequired = new Rejection("/items/0", "required", "/$defs/tickerItem/required");
    assertThat(rejections("{\"id\":\"home\",\"label\":\"News Ticker\",\"items\":[{\"id\":\"t1\"}]}", Ticker.class))
        .containsExactly(itemRequired, itemRequired);
    // The definitions of the other types are checked too, not only the document roots.
    assertThat(rejections("{\"slug\":\"jane-doe\"}", Author.class))
        .containsExactly(new Rejection("", "required", "/$defs/author/required"));
    assertThat(rejections("{\"id\":\"t1\",\"headline\":\"H\"}", TickerItem.class))
        .containsExactly(new Rejection("", "required", "/$defs/tickerItem/required"));
  }

  @Test
  void ship_in_the_jar_with_their_ids() {
    assertThat(TREES.readTree(JsonSchemas.article()).get("$id").asString()).isEqualTo(JsonSchemas.ARTICLE_ID);
    assertThat(TREES.readTree(JsonSchemas.ticker()).get("$id").asString()).isEqualTo(JsonSchemas.TICKER_ID);
  }
}
