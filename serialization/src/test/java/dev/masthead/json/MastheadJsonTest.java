package dev.masthead.json;

import dev.masthead.validation.ValidationLevel;
import static dev.masthead.json.Samples.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The safe reader and writer facade. */
class MastheadJsonTest {
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final String HEADLINE = "\"headline\":\"City council approves 2025 budget\"";

  @TempDir Path dir;

  // Round trips.

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.masthead.json.Samples#everyType")
  void reads_back_what_it_writes(String name, Object value) {
    assertThat(JSON.reader(Samples.readType(value)).read(JSON.write(value))).isEqualTo(value);
    assertThat(JSON.reader(Samples.readType(value)).read(JSON.writeBytes(value))).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.masthead.json.Samples#everyType")
  void reads_back_what_it_writes_pretty(String name, Object value) {
    assertThat(JSON.reader(Samples.readType(value)).read(JSON.writePretty(value))).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.masthead.json.Samples#everyType")
  void writes_the_same_text_to_every_target(String name, Object value) throws IOException {
    String compact = JSON.write(value);
    String pretty = JSON.writePretty(value);

    assertThat(new String(JSON.writeBytes(value), StandardCharsets.UTF_8)).isEqualTo(compact);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(value, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
    StringWriter chars = new StringWriter();
    JSON.write(value, chars);
    assertThat(chars).hasToString(compact);
    Path file = dir.resolve("compact.json");
    JSON.write(value, file);
    assertThat(Files.readString(file)).isEqualTo(compact);

    ByteArrayOutputStream prettyBytes = new ByteArrayOutputStream();
    JSON.writePretty(value, prettyBytes);
    assertThat(prettyBytes.toString(StandardCharsets.UTF_8)).isEqualTo(pretty);
    StringWriter prettyChars = new StringWriter();
    JSON.writePretty(value, prettyChars);
    assertThat(prettyChars).hasToString(pretty);
    Path prettyFile = dir.resolve("pretty.json");
    JSON.writePretty(value, prettyFile);
    assertThat(Files.readString(prettyFile)).isEqualTo(pretty);
  }

  @Test
  void writes_compact_text_without_a_final_newline_and_pretty_text_with_one() {
    assertThat(JSON.write(Samples.article())).isEqualTo(ARTICLE);
    assertThat(JSON.writePretty(Samples.ticker())).isEqualTo(
        "{\n"
            + "  \"id\": \"home\",\n"
            + "  \"label\": \"News Ticker\",\n"
            + "  \"items\": [\n"
            + "    {\n"
            + "      \"id\": \"t1\",\n"
            + "      \"headline\": \"Council approves budget\",\n"
            + "      \"url\": \"https://news.example.com/politics/budget\",\n"
            + "      \"articleId\": \"art-2024-000123\",\n"
            + "      \"priority\": \"breaking\",\n"
            + "      \"publishedAt\": \"2024-05-01T10:00:00Z\",\n"
            + "      \"expiresAt\": \"2024-05-01T18:00:00Z\"\n"
            + "    }\n"
            + "  ],\n"
            + "  \"updatedAt\": \"2024-05-01T10:05:00Z\"\n"
            + "}\n");
    assertThat(JSON.writePretty(Image.builder().build())).isEqualTo("{}\n");
  }

  @Test
  void writes_non_ascii_text_as_itself_and_escapes_only_what_json_requires() {
    String json = new String(JSON.writeBytes(Samples.fullArticle()), StandardCharsets.UTF_8);

    assertThat(json)
        .contains("Budget passed \uD83C\uDF89 Read \\\"the plan\\\" at C:\\\\budget.\\nThen vote.")
        .contains("\"name\":\"\u0646\u06cc\u0644\u0648\u0641\u0631 \u062d\u0645\u06cc\u062f\u06cc\u200c\u0646\u0698\u0627\u062f\"")
        .contains("\"canonicalUrl\":\"https://news.example.com/politics/2024/05/01/budget\"")
        .doesNotContain("\\u")
        .doesNotContain("\\/");
    assertThat(JSON.writeBytes(Samples.article())).startsWith((byte) '{');
  }

  @Test
  void writes_bytes_that_own_their_array_one_write_after_another_large_or_small() {
    Article large = Samples.article().withBody(java.util.Collections.nCopies(
        200, dev.masthead.model.Paragraph.of("\u00e9".repeat(5_000))));
    String small = JSON.write(Samples.article());

    byte[] first = JSON.writeBytes(Samples.article());
    byte[] big = JSON.writeBytes(large);
    byte[] second = JSON.writeBytes(Samples.article());

    assertThat(big.length).isGreaterThan(1 << 20);
    assertThat(new String(big, StandardCharsets.UTF_8)).isEqualTo(JSON.write(large));
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(small);
    assertThat(second).isEqualTo(first).isNotSameAs(first);
  }

  // Inputs.

  @Test
  void reads_the_same_article_from_every_kind_of_input() throws IOException {
    Article expected = Samples.fullArticle();
    String json = JSON.write(expected);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("article.json"), bytes);

    assertThat(JSON.readArticle(json)).isEqualTo(expected);
    assertThat(JSON.readArticle(bytes)).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new StringReader(json))).isEqualTo(expected);
    assertThat(JSON.readArticle(file)).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
  }

  @Test
  void reads_the_same_ticker_from_every_kind_of_input() throws IOException {
    Ticker expected = Samples.ticker();
    byte[] bytes = Samples.utf8(Samples.TICKER);
    Path file = Files.write(dir.resolve("ticker.json"), bytes);

    assertThat(JSON.readTicker(Samples.TICKER)).isEqualTo(expected);
    assertThat(JSON.readTicker(bytes)).isEqualTo(expected);
    assertThat(JSON.reader(Ticker.class).read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JSON.reader(Ticker.class).read(new StringReader(Samples.TICKER))).isEqualTo(expected);
    assertThat(JSON.readTicker(file)).isEqualTo(expected);
  }

  @Test
  void reads_any_type_from_every_kind_of_input() throws IOException {
    Author expected = Samples.fullArticle().authors().get(0);
    String json = JSON.write(expected);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("author.json"), bytes);

    assertThat(JSON.reader(Author.class).read(json)).isEqualTo(expected);
    assertThat(JSON.reader(Author.class).read(bytes)).isEqualTo(expected);
    assertThat(JSON.reader(Author.class).read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JSON.reader(Author.class).read(new StringReader(json))).isEqualTo(expected);
    assertThat(JSON.reader(Author.class).read(file)).isEqualTo(expected);
  }

  @Test
  void skips_a_leading_byte_order_mark_in_every_kind_of_input() throws IOException {
    byte[] bytes = Samples.bytesThen("", 0xEF, 0xBB, 0xBF);
    bytes = Samples.concat(bytes, Samples.utf8(ARTICLE));
    Path file = Files.write(dir.resolve("bom.json"), bytes);
    Article expected = Samples.article();

    assertThat(JSON.readArticle(bytes)).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JSON.readArticle(file)).isEqualTo(expected);
    assertThat(JSON.readArticle("\uFEFF" + ARTICLE)).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new StringReader("\uFEFF" + ARTICLE))).isEqualTo(expected);
  }

  @Test
  void skips_only_one_byte_order_mark() {
    byte[] twice = Samples.concat(Samples.bytesThen("", 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), Samples.utf8(ARTICLE));

    assertSyntaxAtStart(() -> JSON.readArticle(twice));
    assertSyntaxAtStart(() -> JSON.reader(Article.class).read(new ByteArrayInputStream(twice)));
    assertSyntaxAtStart(() -> JSON.readArticle("\uFEFF\uFEFF" + ARTICLE));
    assertSyntaxAtStart(() -> JSON.reader(Article.class).read(new StringReader("\uFEFF\uFEFF" + ARTICLE)));
  }

  private static void assertSyntaxAtStart(Runnable read) {
    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, read::run);
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void reads_a_document_of_exactly_the_size_limit_with_a_byte_order_mark_from_every_kind_of_input() throws IOException {
    int size = Samples.utf8(ARTICLE).length;
    MastheadJson limited = MastheadJson.builder().maxDocumentBytes(size).build();
    byte[] bytes = Samples.concat(Samples.bytesThen("", 0xEF, 0xBB, 0xBF), Samples.utf8(ARTICLE));
    Path file = Files.write(dir.resolve("limit.json"), bytes);

    assertThat(limited.readArticle(bytes)).isEqualTo(Samples.article());
    assertThat(limited.reader(Article.class).read(new ByteArrayInputStream(bytes))).isEqualTo(Samples.article());
    assertThat(limited.readArticle(file)).isEqualTo(Samples.article());
    assertThat(limited.readArticle("\uFEFF" + ARTICLE)).isEqualTo(Samples.article());
    assertThat(limited.reader(Article.class).read(new StringReader("\uFEFF" + ARTICLE))).isEqualTo(Samples.article());
  }

  @Test
  void rejects_a_document_one_byte_over_the_size_limit_from_every_kind_of_input() throws IOException {
    int size = Samples.utf8(ARTICLE).length;
    MastheadJson limited = MastheadJson.builder().maxDocumentBytes(size - 1).build();
    byte[] bytes = Samples.concat(Samples.bytesThen("", 0xEF, 0xBB, 0xBF), Samples.utf8(ARTICLE));
    Path file = Files.write(dir.resolve("over.json"), bytes);

    List<Runnable> reads = List.of(
        () -> limited.readArticle(bytes),
        () -> limited.reader(Article.class).read(new ByteArrayInputStream(bytes)),
        () -> limited.readArticle(file),
        () -> limited.readArticle(ARTICLE),
        () -> limited.reader(Article.class).read(new StringReader(ARTICLE)));
    for (Runnable read : reads) {
      assertThatThrownBy(read::run)
          .isInstanceOfSatisfying(MalformedJsonException.class,
              e -> assertThat(e.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE));
    }
  }

  @Test
  void neither_closes_the_streams_it_reads_nor_those_it_writes() {
    CloseTrackingInputStream in = new CloseTrackingInputStream(Samples.utf8(ARTICLE));
    CloseTrackingOutputStream out = new CloseTrackingOutputStream();

    JSON.reader(Article.class).read(in);
    JSON.write(Samples.article(), out);
    JSON.writePretty(Samples.article(), out);
    JSON.writeNdjson(List.of(Samples.article()), out);

    assertThat(in.closed).isFalse();
    assertThat(in.available()).as("read to its end").isZero();
    assertThat(out.closed).isFalse();
  }

  // Validation levels.

  @Test
  void validates_well_formed_by_default_and_reports_every_violation() {
    String json = Samples.replace(Samples.replace(Samples.replace(
        Samples.article(HEADLINE, "\"headline\":\" \""),
        "\"url\":\"https://news.example.com/authors/jane-doe\"", "\"url\":\"javascript:alert(1)\""),
        "\"slug\":\"city-council-approves-budget\"", "\"slug\":\"Bad Slug\""),
        "\"council\"]", "\"Budget\"]");

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> JSON.readArticle(json));

    assertThat(e).isNotNull();
    assertThat(e.violations())
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/authors/0/url", Codes.URL_SCHEME),
            tuple("/headline", Codes.BLANK),
            tuple("/slug", Codes.INVALID_SLUG),
            tuple("/tags/1", Codes.DUPLICATE));
    assertThat(e.getMessage()).startsWith("article is not well-formed:\n  /authors/0/url: url_scheme: ");
  }

  @Test
  void validates_publishable_on_request() {
    MastheadJson publishable = MastheadJson.builder().validation(ValidationLevel.PUBLISHABLE).build();
    String minimal = JSON.write(Samples.minimalArticle());

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> publishable.readArticle(minimal));

    assertThat(e.violations())
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/authors", Codes.EMPTY),
            tuple("/body", Codes.EMPTY),
            tuple("/canonicalUrl", Codes.REQUIRED_TO_PUBLISH),
            tuple("/leadImage", Codes.REQUIRED_TO_PUBLISH),
            tuple("/publishedAt", Codes.REQUIRED_TO_PUBLISH));
    assertThat(e.getMessage()).startsWith("article is not publishable:");
    assertThat(JSON.readArticle(minimal)).isEqualTo(Samples.minimalArticle());
    assertThat(publishable.readArticle(ARTICLE)).isEqualTo(Samples.article());
  }

  @Test
  void returns_the_raw_value_without_validation_on_request() {
    MastheadJson raw = MastheadJson.builder().withoutValidation().build();
    String json = Samples.replace(Samples.article(HEADLINE, "\"headline\":\" \""),
        "\"canonicalUrl\":\"https://news.example.com/politics/budget\"", "\"canonicalUrl\":\"javascript:alert(1)\"");

    Article article = raw.readArticle(json);

    assertThat(article.headline()).isEqualTo(" ");
    assertThat(article.canonicalUrl()).isEqualTo("javascript:alert(1)");
    assertThatThrownBy(() -> raw.readArticle(Samples.article(HEADLINE, "\"headline\":412")))
        .as("reading stays strict about the input")
        .isInstanceOf(MalformedJsonException.class);
  }

  // Unknown properties.

  private static final String UNKNOWN_PROPERTIES = unknownProperties();

  private static String unknownProperties() {
    String json = Samples.replace(ARTICLE, "{\"id\":", "{\"extra\":{\"nested\":[1,2]},\"id\":");
    json = Samples.replace(json, "\"kind\":\"person\"", "\"kind\":\"person\",\"nickname\":\"JD\"");
    json = Samples.replace(json, "{\"type\":\"paragraph\",", "{\"type\":\"paragraph\",\"level\":2,");
    json = Samples.replace(json, "\"start\":4,", "\"title\":\"Council\",\"start\":4,");
    json = Samples.replace(json, "\"organization\":\"Example Agency\"", "\"organization\":\"Example Agency\",\"agencyId\":\"x1\"");
    return Samples.replace(json, "\"width\":1200", "\"exif\":{\"iso\":100},\"width\":1200");
  }

  @Test
  void ignores_unknown_properties_by_default() {
    assertThat(JSON.readArticle(UNKNOWN_PROPERTIES)).isEqualTo(Samples.article());
    assertThat(JSON.readTicker(Samples.ticker("\"id\":\"t1\"", "\"id\":\"t1\",\"color\":\"red\""))).isEqualTo(Samples.ticker());
  }

  @Test
  void reports_every_unknown_property_in_strict_mode() {
    MastheadJson strict = MastheadJson.builder().strict(true).build();

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> strict.readArticle(UNKNOWN_PROPERTIES));

    assertThat(e.violations())
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/authors/0/nickname", Codes.UNKNOWN_PROPERTY),
            tuple("/body/0/level", Codes.UNKNOWN_PROPERTY),
            tuple("/body/0/links/0/title", Codes.UNKNOWN_PROPERTY),
            tuple("/extra", Codes.UNKNOWN_PROPERTY),
            tuple("/leadImage/credit/agencyId", Codes.UNKNOWN_PROPERTY),
            tuple("/leadImage/exif", Codes.UNKNOWN_PROPERTY));
    assertThat(strict.readArticle(ARTICLE)).isEqualTo(Samples.article());
  }

  @Test
  void reports_unknown_properties_with_the_content_violations_in_strict_mode() {
    MastheadJson strict = MastheadJson.builder().strict(true).build();
    String json = Samples.replace(UNKNOWN_PROPERTIES, HEADLINE, "\"headline\":\"\"");
    String ticker = Samples.ticker("\"id\":\"t1\"", "\"id\":\"t1\",\"color\":\"red\"");

    InvalidContentException article = catchThrowableOfType(InvalidContentException.class, () -> strict.readArticle(json));
    InvalidContentException item = catchThrowableOfType(InvalidContentException.class, () -> strict.readTicker(ticker));

    assertThat(article.violations())
        .extracting(Violation::pointer)
        .containsExactly("/authors/0/nickname", "/body/0/level", "/body/0/links/0/title", "/extra", "/headline",
            "/leadImage/credit/agencyId", "/leadImage/exif");
    assertThat(item.violations())
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/items/0/color", Codes.UNKNOWN_PROPERTY));
  }

  // Tickers put their items in display order.

  private static final String UNORDERED_TICKER = "{\"id\":\"home\",\"label\":\"News Ticker\",\"items\":["
      + "{\"id\":\"t2\",\"headline\":\"Rain on Thursday\",\"publishedAt\":\"2024-05-01T07:45:00Z\"},"
      + "{\"id\":\"t1\",\"headline\":\"Bridge closed\",\"url\":\"https://news.example.com/bridge\","
      + "\"priority\":\"breaking\",\"publishedAt\":\"2024-05-01T07:00:00Z\"}]}";

  @Test
  void reads_ticker_items_in_any_order_into_display_order() {
    Ticker ticker = JSON.readTicker(UNORDERED_TICKER);

    assertThat(ticker.items()).extracting(TickerItem::id).containsExactly("t1", "t2");
    assertThat(JSON.write(ticker)).startsWith("{\"id\":\"home\",\"label\":\"News Ticker\",\"items\":[{\"id\":\"t1\"");
  }

  @Test
  void reports_ticker_item_violations_at_their_place_in_the_document() {
    MastheadJson strict = MastheadJson.builder().strict(true).build();
    String json = Samples.replace(UNORDERED_TICKER, "\"url\":\"https://news.example.com/bridge\"",
        "\"url\":\"javascript:alert(1)\",\"extra\":1");

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> strict.readTicker(json));

    assertThat(e.violations())
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/items/1/extra", Codes.UNKNOWN_PROPERTY), tuple("/items/1/url", Codes.URL_SCHEME));
  }

  // Reading never returns null or a value of another type.

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.masthead.json.Samples#everyType")
  void never_returns_null(String name, Object value) {
    Class<?> type = Samples.readType(value);

    assertThatThrownBy(() -> JSON.reader(type).read("null"))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> assertThat(e.code()).isEqualTo(MalformedJsonException.NOT_AN_OBJECT));
    assertThatThrownBy(() -> JSON.reader(type).read(" "))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> assertThat(e.code()).isEqualTo(MalformedJsonException.EMPTY_INPUT));
  }

  @Test
  void reads_a_block_as_its_own_kind() {
    assertThat(JSON.reader(Heading.class).read("{\"type\":\"heading\",\"level\":2,\"text\":\"Costs\"}"))
        .isEqualTo(Heading.of(2, "Costs"));

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class,
        () -> JSON.reader(Heading.class).read("{\"type\":\"paragraph\",\"text\":\"Costs\"}"));

    assertThat(e.code()).isEqualTo(MalformedJsonException.UNKNOWN_BLOCK_TYPE);
    assertThat(e.pointer()).isEqualTo("/type");
    assertThat(e.detail()).isEqualTo("block type must be heading, not paragraph");
  }

  @Test
  void rejects_types_that_are_not_masthead_types() {
    assertThatThrownBy(() -> JSON.write("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be a Masthead type, not java.lang.String");
    assertThatThrownBy(() -> JSON.writePretty(List.of(Samples.article())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.writeBytes(new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.write(Map.of(), new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.write(1, new StringWriter())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.write("text", dir.resolve("text.json"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("text.json")).doesNotExist();
    assertThatThrownBy(() -> JSON.reader(String.class).read("{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be a Masthead type, not java.lang.String");
    assertThatThrownBy(() -> JSON.reader(Object.class).read(new byte[] {'{', '}'})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.reader(Map.class).read(new StringReader("{}"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.write(null)).isInstanceOf(NullPointerException.class);
  }

  // Messages.

  @Test
  void locates_malformed_input_by_line_column_and_pointer() {
    String json = "{\n  \"id\": \"a\",\n  \"headline\": 412\n}";

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(json));

    assertThat(e.code()).isEqualTo(MalformedJsonException.WRONG_TYPE);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).as("the start of the value").isEqualTo(15);
    assertThat(e.pointer()).isEqualTo("/headline");
    assertThat(e.detail()).isEqualTo("must be a string, not an integer");
    assertThat(e.getMessage()).isEqualTo(
        "wrong_type at line 3, column 15 (/headline): must be a string, not an integer");
  }

  @Test
  void never_repeats_more_than_a_short_prefix_of_the_input() {
    String secret = "A".repeat(200);
    String content = "x".repeat(200) + "\u202E";
    MalformedJsonException token = catchThrowableOfType(MalformedJsonException.class,
        () -> JSON.readArticle(Samples.article(HEADLINE, "\"headline\":" + secret)));
    MalformedJsonException key = catchThrowableOfType(MalformedJsonException.class,
        () -> JSON.readArticle(Samples.article(HEADLINE, HEADLINE + ",\"" + secret + "\":1,\"" + secret + "\":2")));
    InvalidContentException invalid = catchThrowableOfType(InvalidContentException.class,
        () -> JSON.readArticle(Samples.article(HEADLINE, "\"headline\":\"" + content + "\"")));

    assertThat(token.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(token.getMessage()).doesNotContain("A".repeat(33));
    assertThat(key.code()).isEqualTo(MalformedJsonException.DUPLICATE_KEY);
    assertThat(key.getMessage()).doesNotContain("A".repeat(33));
    assertThat(invalid.violations()).extracting(Violation::code).containsExactly(Codes.BIDI_OVERRIDE);
    assertThat(invalid.getMessage()).doesNotContain("x".repeat(33));
  }

  // Sharing.

  @Test
  void gives_the_single_threaded_results_when_shared_by_eight_threads() throws Exception {
    MastheadJson shared = MastheadJson.builder().strict(true).build();
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      documents.add(document(i));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (String document : documents) {
      expected.put(document, outcome(shared, document));
    }
    assertThat(expected.values()).anyMatch(o -> o.startsWith("article"))
        .anyMatch(o -> o.startsWith("ticker"))
        .anyMatch(o -> o.startsWith("invalid"))
        .anyMatch(o -> o.startsWith("malformed"));

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int round = 0; round < 25; round++) {
            for (int i = thread; i < documents.size(); i += threads) {
              String document = documents.get(i);
              String outcome = outcome(shared, document);
              if (!outcome.equals(expected.get(document))) {
                mismatches.add(outcome);
              }
            }
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Returns the i-th document of a varied set: valid, invalid and malformed articles and tickers. */
  private static String document(int i) {
    switch (i % 5) {
      case 0:
        return Samples.replace(Samples.article(HEADLINE, "\"headline\":\"Headline " + i + "\""),
            "\"id\":\"art-2024-000123\"", "\"id\":\"art-" + i + "\"");
      case 1:
        return Samples.article(HEADLINE, "\"headline\":\"Headline " + i + "\",\"extra" + i + "\":true");
      case 2:
        return Samples.article("\"articleCount\":412", "\"articleCount\":\"" + i + "\"");
      case 3:
        return Samples.ticker("\"headline\":\"Council approves budget\"", "\"headline\":\"Item " + i + "\"");
      default:
        return Samples.article("\"tags\":[\"budget\",\"council\"]", "\"tags\":[\"t" + i + "\",\"T" + i + "\"]");
    }
  }

  /** Reads, validates and writes a document, and describes what happened. */
  private static String outcome(MastheadJson json, String document) {
    try {
      if (document.contains("\"label\"")) {
        Ticker ticker = json.readTicker(document);
        return "ticker " + json.write(ticker) + json.writePretty(ticker);
      }
      Article article = json.readArticle(document);
      return "article " + json.write(article) + json.writePretty(article);
    } catch (MalformedJsonException e) {
      return "malformed " + e.getMessage();
    } catch (InvalidContentException e) {
      return "invalid " + e.violations();
    }
  }

  // I/O failures.

  @Test
  void reports_input_failures_as_unchecked_io_exceptions() {
    assertThatThrownBy(() -> JSON.reader(Article.class).read(new FailingInputStream()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThatThrownBy(() -> JSON.reader(Article.class).read(new FailingReader()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThatThrownBy(() -> JSON.readArticle(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> JSON.readTicker(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void reports_output_failures_as_unchecked_io_exceptions() {
    Article article = Samples.article();

    assertThatThrownBy(() -> JSON.write(article, new FailingOutputStream()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThatThrownBy(() -> JSON.write(article, new FailingWriter()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThatThrownBy(() -> JSON.writePretty(article, new FailingOutputStream()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThatThrownBy(() -> JSON.writePretty(article, new FailingWriter()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThatThrownBy(() -> JSON.writeNdjson(List.of(article), new FailingOutputStream()))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
    assertThatThrownBy(() -> JSON.write(article, dir.resolve("no-such-dir").resolve("a.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> JSON.writePretty(article, dir.resolve("no-such-dir").resolve("a.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  // Settings.

  @Test
  void keeps_its_settings_when_its_builder_changes_and_through_to_builder() {
    MastheadJson.Builder builder = MastheadJson.builder().strict(true);
    MastheadJson strict = builder.build();
    builder.strict(false);
    MastheadJson copy = strict.toBuilder().build();
    String json = Samples.article(HEADLINE, HEADLINE + ",\"extra\":1");

    assertThatThrownBy(() -> strict.readArticle(json)).isInstanceOf(InvalidContentException.class);
    assertThatThrownBy(() -> copy.readArticle(json)).isInstanceOf(InvalidContentException.class);
    assertThat(builder.build().readArticle(json)).isEqualTo(Samples.article());
  }

  @Test
  void rejects_limits_below_one() {
    assertThatThrownBy(() -> MastheadJson.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be at least 1");
    assertThatThrownBy(() -> MastheadJson.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be at least 1");
    assertThatThrownBy(() -> MastheadJson.builder().maxElements(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxElements must be at least 1");
  }

  @Test
  void applies_its_list_limits() {
    MastheadJson small = MastheadJson.builder().maxBlocks(2).maxAuthors(1).build();

    MalformedJsonException blocks = catchThrowableOfType(MalformedJsonException.class, () -> small.readArticle(ARTICLE));

    assertThat(blocks.code()).isEqualTo(MalformedJsonException.TOO_MANY_ELEMENTS);
    assertThat(blocks.pointer()).isEqualTo("/body/2");
    assertThat(MastheadJson.builder().maxBlocks(3).maxAuthors(1).build().readArticle(ARTICLE)).isEqualTo(Samples.article());
  }

  @Test
  void is_the_same_shared_instance_each_time() {
    assertThat(MastheadJson.standard()).isSameAs(MastheadJson.standard());
  }

  @Test
  void reads_every_value_the_builders_make_of_a_link_credit_and_block() {
    Link link = Link.of(0, 4, "https://news.example.com/a");
    Credit credit = Credit.of(Credit.PHOTO, "A. Smith", null);
    Block block = Paragraph.of("Read it.", link);

    assertThat(JSON.reader(Link.class).read(JSON.write(link))).isEqualTo(link);
    assertThat(JSON.reader(Credit.class).read(JSON.write(credit))).isEqualTo(credit);
    assertThat(JSON.reader(Block.class).read(JSON.write(block))).isEqualTo(block);
    assertThat(JSON.reader(TickerItem.class).read(JSON.write(Samples.breakingItem()))).isEqualTo(Samples.breakingItem());
  }

  private static final class FailingInputStream extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("disk on fire");
    }
  }

  private static final class FailingReader extends Reader {
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      throw new IOException("disk on fire");
    }

    @Override
    public void close() {}
  }

  private static final class FailingOutputStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk on fire");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("disk on fire");
    }
  }

  private static final class FailingWriter extends Writer {
    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      throw new IOException("disk on fire");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("disk on fire");
    }

    @Override
    public void close() {}
  }

  private static final class CloseTrackingInputStream extends ByteArrayInputStream {
    boolean closed;

    CloseTrackingInputStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class CloseTrackingOutputStream extends FilterOutputStream {
    boolean closed;

    CloseTrackingOutputStream() {
      super(new ByteArrayOutputStream());
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
