package dev.masthead.json;

import dev.masthead.validation.ValidationLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader's error codes, pointers and positions, its limits and options, and every input and
 * output form of {@link MastheadJson}.
 */
class ReaderTest {
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final String HEAD = "{\"id\":\"a-1\",\"slug\":\"a\",\"headline\":\"H\",\"language\":\"en\"";
  private static final String MINIMAL = HEAD + "}";

  private static MalformedJsonException malformed(String json) {
    return catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(json));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "``|empty_input|",
    "`  `|empty_input|",
    "[]|not_an_object|",
    "null|not_an_object|",
    "`{} {}`|trailing_content|",
    "`{\"id\":}`|syntax|/id",
    "{\"id\":NaN}|syntax|/id",
    "`{\"id\":\"a\",\"id\":\"b\"}`|duplicate_key|/id",
    "`{\"x\":1,\"x\":2}`|duplicate_key|/x",
    "`{\"x\":{\"y\":1,\"y\":2}}`|duplicate_key|/x/y",
    "`{\"id\":1}`|wrong_type|/id",
    "`{\"id\":true}`|wrong_type|/id",
    "`{\"id\":{}}`|wrong_type|/id",
    "`{\"id\":[]}`|wrong_type|/id",
    "`{\"body\":{}}`|wrong_type|/body",
    "`{\"body\":[1]}`|wrong_type|/body/0",
    "`{\"tags\":[1]}`|wrong_type|/tags/0",
    "`{\"authors\":[{\"articleCount\":\"412\"}]}`|wrong_type|/authors/0/articleCount",
    "`{\"authors\":[{\"articleCount\":4.0}]}`|wrong_type|/authors/0/articleCount",
    "`{\"authors\":[{\"articleCount\":4294967296}]}`|number_out_of_range|/authors/0/articleCount",
    "`{\"body\":[{\"type\":\"list\",\"ordered\":\"yes\",\"items\":[\"a\"]}]}`|wrong_type|/body/0/ordered",
    "`{\"body\":[{\"type\":\"heading\",\"text\":\"T\"}]}`|missing_property|/body/0/level",
    "`{\"body\":[{\"text\":\"T\"}]}`|unknown_block_type|/body/0/type",
    "`{\"body\":[{\"type\":null}]}`|unknown_block_type|/body/0/type",
    "`{\"body\":[{\"type\":\"video\"}]}`|unknown_block_type|/body/0/type",
    "`{\"body\":[{\"type\":\"divider\",\"text\":\"T\"}]}`|unknown_property|/body/0/text",
    "`{\"status\":\"live\"}`|unknown_value|/status",
    "`{\"authors\":[{\"kind\":\"robot\"}]}`|unknown_value|/authors/0/kind",
    "`{\"publishedAt\":\"2024-05-01\"}`|invalid_timestamp|/publishedAt",
    "`{\"publishedAt\":1714557600}`|wrong_type|/publishedAt",
    "`{\"leadImage\":[]}`|wrong_type|/leadImage",
  })
  void reports_malformed_input_with_a_code_and_a_pointer(String json, String code, String pointer) {
    if (code.equals("unknown_property")) {
      // Properties of another block kind are content errors, reported with the rest.
      MastheadJson strict = JSON.toBuilder().strict(true).build();
      InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> strict.readArticle(json));
      assertThat(e.violations()).extracting(Violation::pointer).contains(pointer);
      return;
    }
    MalformedJsonException e = malformed(json);

    assertThat(e.code()).isEqualTo(code);
    assertThat(e.pointer()).isEqualTo(pointer == null ? "" : pointer);
    assertThat(e.getMessage()).startsWith(code + " at line ");
  }

  @Test
  void reports_line_and_column() {
    MalformedJsonException e = malformed("{\n  \"id\": \"a-1\",\n  \"status\": \"live\"\n}");

    assertThat(e.code()).isEqualTo(MalformedJsonException.UNKNOWN_VALUE);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isGreaterThan(1);
    assertThat(e.detail()).isEqualTo("must be one of draft, published, withdrawn");
    assertThat(e.getMessage()).isEqualTo("unknown_value at line 3, column " + e.column()
        + " (/status): must be one of draft, published, withdrawn");
  }

  @Test
  void reports_the_line_and_column_of_bad_utf_8() {
    byte[] json = {'{', '\n', ' ', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(json));

    assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.detail()).isEqualTo("input is not well-formed UTF-8 (byte offset 9)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "C0 80", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80", "ED BF BF", "F0 80 80 80", "F0 8F BF BF",
    "F4 90 80 80", "F5 80 80 80", "FF", "80", "BF", "C2", "E2 82", "F0 9F 8E", "C2 41", "E2 41 AC",
    "E2 82 41", "F0 9F 41 89", "F0 9F 8E 41"
  })
  void refuses_ill_formed_utf_8(String hex) {
    byte[] json = utf8Around(hex);

    assertThat(catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(json)).code())
        .isEqualTo(MalformedJsonException.INVALID_UTF8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C2 80", "DF BF", "E0 A0 80", "E1 80 80", "EC BF BF", "ED 9F BF", "EE 80 80", "EF BF BD",
      "F0 90 80 80", "F1 80 80 80", "F3 BF BF BF", "F4 8F BF BD"})
  void accepts_well_formed_utf_8_at_every_boundary(String hex) {
    byte[] json = utf8Around(hex);

    // Noncharacters and private-use characters are well-formed UTF-8; the rules refuse them later.
    Article article = JSON.toBuilder().withoutValidation().build().reader(Article.class).read(json);

    assertThat(article.headline().getBytes(StandardCharsets.UTF_8)).isEqualTo(hexBytes("48 " + hex));
  }

  private static byte[] utf8Around(String hex) {
    byte[] head = (HEAD.replace("\"H\"", "")).getBytes(StandardCharsets.US_ASCII);
    String before = new String(head, StandardCharsets.US_ASCII).replace("\"headline\":,", "");
    byte[] start = (before + ",\"headline\":\"H").getBytes(StandardCharsets.US_ASCII);
    byte[] middle = hexBytes(hex);
    byte[] end = "\"}".getBytes(StandardCharsets.US_ASCII);
    byte[] json = new byte[start.length + middle.length + end.length];
    System.arraycopy(start, 0, json, 0, start.length);
    System.arraycopy(middle, 0, json, start.length, middle.length);
    System.arraycopy(end, 0, json, start.length + middle.length, end.length);
    return json;
  }

  private static byte[] hexBytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }

  @ParameterizedTest
  @CsvSource({
    "2024-05-01T10:00:00Z, 2024-05-01T10:00:00Z",
    "2024-05-01t10:00:00z, 2024-05-01T10:00:00Z",
    "2024-05-01T12:00:00+02:00, 2024-05-01T10:00:00Z",
    "2024-05-01T00:30:00-23:59, 2024-05-02T00:29:00Z",
    "2024-05-01T10:00:00.5Z, 2024-05-01T10:00:00.500Z",
    "2024-05-01T10:00:00.000000001Z, 2024-05-01T10:00:00.000000001Z",
    "2024-05-01T10:00:00.123456789+00:00, 2024-05-01T10:00:00.123456789Z",
    "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z",
    "2000-02-29T00:00:00Z, 2000-02-29T00:00:00Z",
    "1900-01-01T00:00:00Z, 1900-01-01T00:00:00Z",
    "2199-12-31T23:59:59.999999999Z, 2199-12-31T23:59:59.999999999Z",
    "2024-12-31T23:59:59Z, 2024-12-31T23:59:59Z",
    "2024-01-31T00:00:00Z, 2024-01-31T00:00:00Z",
    "2024-04-30T00:00:00Z, 2024-04-30T00:00:00Z",
    "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z, 1969-12-31T23:59:59Z",
  })
  void reads_rfc_3339_timestamps(String text, Instant instant) {
    Article article = JSON.readArticle(HEAD + ",\"publishedAt\":\"" + text + "\"}");

    assertThat(article.publishedAt()).isEqualTo(instant);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2024-05-01T10:00Z", "2024-05-01 10:00:00Z", "2024-05-01T10:00:00", "2024-05-01T10:00:60Z",
    "2024-05-01T24:00:00Z", "2024-05-01T10:60:00Z", "2024-13-01T10:00:00Z", "2024-00-01T10:00:00Z",
    "2024-05-00T10:00:00Z", "2024-04-31T10:00:00Z", "2023-02-29T10:00:00Z", "1900-02-29T10:00:00Z",
    "2024-05-01T10:00:00.Z", "2024-05-01T10:00:00.1234567890Z", "2024-05-01T10:00:00+24:00",
    "2024-05-01T10:00:00+02:60", "2024-05-01T10:00:00+0200", "2024-05-01T10:00:00Zx", "2024/05/01T10:00:00Z",
    "2024-05/01T10:00:00Z", "2024-05-01T10-00:00Z", "2024-05-01T10:00-00Z", "2024-05-01X10:00:00Z",
    "20a4-05-01T10:00:00Z", "2024-05-01T10:00:00.5", "2024-05-01T10:00:00+02:00:00", "+2024-05-01T10:00:00Z",
    "2024-05-01T10:00:00\uFF3A", "2024-05-01T10:00:00*02:00", "2024-05-01T10:00:00+02-00",
    "2024-05-01T10:00:00+a2:00", "2024-05-01T10:00:00+02:0a", "2024-05-01T1a:00:00Z", "2024-05-01T10:a0:00Z",
    "2024-05-01T10:00:a0Z", "2024-05-0aT10:00:00Z", "2024-0a-01T10:00:00Z"
  })
  void refuses_timestamps_that_are_not_rfc_3339(String text) {
    MalformedJsonException e = malformed(HEAD + ",\"publishedAt\":\"" + text + "\"}");

    assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_TIMESTAMP);
    assertThat(e.pointer()).isEqualTo("/publishedAt");
  }

  @Test
  void enforces_each_limit_with_its_code() {
    MastheadJson tight = JSON.toBuilder().maxDocumentBytes(200).maxDepth(4).maxStringLength(10)
        .maxNumberLength(3).maxNameLength(12).maxTokens(40).maxBlocks(1).maxAuthors(1).maxTags(1)
        .maxTickerItems(1).maxElements(2).build();

    assertThat(code(tight, HEAD + ",\"x\":\"" + "a".repeat(200) + "\"}")).isEqualTo("document_too_large");
    assertThat(code(tight, "{\"x\":[[[[[1]]]]]}")).isEqualTo("too_deep");
    assertThat(code(tight, "{\"id\":\"" + "a".repeat(11) + "\"}")).isEqualTo("string_too_long");
    assertThat(code(tight, "{\"x\":12345}")).isEqualTo("number_too_long");
    assertThat(code(tight, "{\"" + "n".repeat(13) + "\":1}")).isEqualTo("name_too_long");
    assertThat(code(JSON.toBuilder().maxTokens(10).build(), HEAD + ",\"tags\":[\"a\",\"b\",\"c\"]}"))
        .isEqualTo("too_many_tokens");
    assertThat(code(tight, "{\"body\":[{\"type\":\"divider\"},{\"type\":\"divider\"}]}")).isEqualTo("too_many_elements");
    assertThat(code(tight, "{\"authors\":[{},{}]}")).isEqualTo("too_many_elements");
    assertThat(code(tight, "{\"tags\":[\"a\",\"b\"]}")).isEqualTo("too_many_elements");
    assertThat(code(tight, "{\"credits\":[{},{},{}]}")).isEqualTo("too_many_elements");
    assertThat(code(tight, "{\"x\":[1,2,3]}")).isEqualTo("too_many_elements");
    assertThat(code(tight, "{\"x\":{\"a\":1,\"b\":2,\"c\":3}}")).isEqualTo("too_many_elements");
    assertThat(code(tight, "{\"a\":1,\"b\":2,\"c\":3}")).isEqualTo("too_many_elements");
    assertThat(catchThrowableOfType(MalformedJsonException.class,
        () -> tight.readTicker("{\"items\":[{},{}]}")).code()).isEqualTo("too_many_elements");
    assertThat(catchThrowableOfType(MalformedJsonException.class,
        () -> tight.readArticle(HEAD.getBytes(StandardCharsets.UTF_8))).code()).isEqualTo("syntax");
  }

  private static String code(MastheadJson json, String text) {
    MalformedJsonException fromText = catchThrowableOfType(MalformedJsonException.class, () -> json.readArticle(text));
    MalformedJsonException fromBytes = catchThrowableOfType(MalformedJsonException.class,
        () -> json.readArticle(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromBytes.code()).isEqualTo(fromText.code());
    return fromText.code();
  }

  @Test
  void builder_refuses_limits_below_one() {
    assertThatThrownBy(() -> JSON.toBuilder().maxDepth(0)).hasMessage("maxDepth must be at least 1");
    assertThatThrownBy(() -> JSON.toBuilder().maxDocumentBytes(0)).hasMessage("maxDocumentBytes must be at least 1");
    assertThatThrownBy(() -> JSON.toBuilder().maxTokens(-1)).hasMessage("maxTokens must be at least 1");
    assertThatThrownBy(() -> JSON.toBuilder().maxElements(0)).hasMessage("maxElements must be at least 1");
    assertThat(JSON.toBuilder().maxDepth(1).build()).isNotNull();
  }

  @Test
  void strict_mode_reports_every_unknown_property_with_the_content_violations() {
    MastheadJson strict = JSON.toBuilder().strict(true).build();
    String json = "{\"id\":\"a-1\",\"slug\":\"a\",\"headline\":\" \",\"language\":\"en\",\"extra\":1,"
        + "\"authors\":[{\"name\":\"Jane Doe\",\"slug\":\"jane-doe\",\"nick\":\"JD\"}]}";

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> strict.readArticle(json));

    assertThat(e.violations()).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/authors/0/nick", Codes.UNKNOWN_PROPERTY),
        org.assertj.core.groups.Tuple.tuple("/extra", Codes.UNKNOWN_PROPERTY),
        org.assertj.core.groups.Tuple.tuple("/headline", Codes.BLANK));
    assertThat(JSON.readArticle(json.replace("\" \"", "\"H\"")).headline()).isEqualTo("H");
  }

  @Test
  void validation_levels_none_well_formed_and_publishable() {
    String blank = HEAD.replace("\"H\"", "\" \"") + "}";
    MastheadJson none = JSON.toBuilder().withoutValidation().build();
    MastheadJson publishable = JSON.toBuilder().validation(ValidationLevel.PUBLISHABLE).build();

    assertThat(none.readArticle(blank).headline()).isEqualTo(" ");
    assertThat(catchThrowableOfType(InvalidContentException.class, () -> JSON.readArticle(blank)).getMessage())
        .startsWith("article is not well-formed:");
    assertThat(catchThrowableOfType(InvalidContentException.class, () -> publishable.readArticle(MINIMAL)).getMessage())
        .startsWith("article is not publishable:");
    assertThat(JSON.readArticle(MINIMAL).id()).isEqualTo("a-1");
  }

  @Test
  void reads_from_every_kind_of_source(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.json");
    Files.writeString(file, "\uFEFF" + MINIMAL);
    Article expected = JSON.readArticle(MINIMAL);

    assertThat(JSON.readArticle("\uFEFF" + MINIMAL)).isEqualTo(expected);
    assertThat(JSON.readArticle(file)).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new StringReader(MINIMAL))).isEqualTo(expected);
    assertThat(JSON.reader(Article.class).read(new StringReader(MINIMAL))).isEqualTo(expected);
    assertThatThrownBy(() -> JSON.readArticle(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> JSON.reader(Article.class).read(failing())).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void reads_tickers_from_every_kind_of_source(@TempDir Path dir) throws IOException {
    String json = "{\"id\":\"home\",\"label\":\"L\",\"items\":[{\"id\":\"t1\",\"headline\":\"A\","
        + "\"publishedAt\":\"2024-05-01T10:00:00Z\"}]}";
    Path file = dir.resolve("t.json");
    Files.writeString(file, json);
    Ticker expected = JSON.readTicker(json);

    assertThat(expected.items()).extracting(TickerItem::id).containsExactly("t1");
    assertThat(JSON.readTicker(file)).isEqualTo(expected);
    assertThat(JSON.readTicker(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    assertThat(JSON.reader(Ticker.class).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
    assertThat(JSON.reader(Ticker.class).read(new StringReader(json))).isEqualTo(expected);
  }

  @Test
  void refuses_documents_past_the_limit_from_every_source() {
    MastheadJson small = JSON.toBuilder().maxDocumentBytes(MINIMAL.length()).build();
    String big = MINIMAL + " ";

    assertThat(small.readArticle(MINIMAL).id()).isEqualTo("a-1");
    assertThat(small.readArticle(MINIMAL.getBytes(StandardCharsets.UTF_8)).id()).isEqualTo("a-1");
    for (Runnable read : List.<Runnable>of(
        () -> small.readArticle(big),
        () -> small.readArticle(big.getBytes(StandardCharsets.UTF_8)),
        () -> small.reader(Article.class).read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))),
        () -> small.reader(Article.class).read(new StringReader(big + " ".repeat(10_000))))) {
      assertThat(catchThrowableOfType(MalformedJsonException.class, read::run).code())
          .isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE);
    }
  }

  @Test
  void reads_and_writes_every_masthead_type_alone() {
    Author author = Author.of("Jane Doe", "jane-doe");
    Credit credit = Credit.of(Credit.PHOTO, "A. Smith", null);
    Image image = Image.builder().url("https://e.com/a.jpg").build();
    Link link = Link.of(0, 1, "https://e.com/");
    Block block = Heading.of(2, "T");
    TickerItem item = TickerItem.builder("t1", "A", Instant.parse("2024-05-01T10:00:00Z")).build();

    assertThat(JSON.reader(Author.class).read(JSON.write(author))).isEqualTo(author);
    assertThat(JSON.reader(Credit.class).read(JSON.write(credit))).isEqualTo(credit);
    assertThat(JSON.reader(Image.class).read(JSON.write(image))).isEqualTo(image);
    assertThat(JSON.reader(Link.class).read(JSON.write(link))).isEqualTo(link);
    assertThat(JSON.reader(Block.class).read(JSON.write(block))).isEqualTo(block);
    assertThat(JSON.reader(TickerItem.class).read(JSON.write(item))).isEqualTo(item);
    assertThatThrownBy(() -> JSON.reader(String.class).read("{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be a Masthead type, not java.lang.String");
    assertThatThrownBy(() -> JSON.write("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be a Masthead type, not java.lang.String");
  }

  @Test
  void writes_to_every_kind_of_target(@TempDir Path dir) throws IOException {
    Article article = JSON.readArticle(MINIMAL);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter text = new StringWriter();
    ByteArrayOutputStream prettyBytes = new ByteArrayOutputStream();
    StringWriter prettyText = new StringWriter();

    JSON.write(article, bytes);
    JSON.write(article, text);
    JSON.write(article, dir.resolve("c.json"));
    JSON.writePretty(article, prettyBytes);
    JSON.writePretty(article, prettyText);
    JSON.writePretty(article, dir.resolve("p.json"));

    String compact = JSON.write(article);
    String pretty = JSON.writePretty(article);
    assertThat(compact).startsWith("{\"id\":\"a-1\",").doesNotContain("\n");
    assertThat(pretty).startsWith("{\n  \"id\": \"a-1\",\n").endsWith("}\n");
    assertThat(new String(JSON.writeBytes(article), StandardCharsets.UTF_8)).isEqualTo(compact);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
    assertThat(text.toString()).isEqualTo(compact);
    assertThat(Files.readString(dir.resolve("c.json"))).isEqualTo(compact);
    assertThat(prettyBytes.toString(StandardCharsets.UTF_8)).isEqualTo(pretty);
    assertThat(prettyText.toString()).isEqualTo(pretty);
    assertThat(Files.readString(dir.resolve("p.json"))).isEqualTo(pretty);
    assertThatThrownBy(() -> JSON.write(article, dir.resolve("no/such/dir.json"))).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void streams_ndjson_and_arrays_of_articles(@TempDir Path dir) throws IOException {
    Article first = JSON.readArticle(MINIMAL);
    Article second = first.withHeadline("Second");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeNdjson(List.of(first, second), out);
    String ndjson = out.toString(StandardCharsets.UTF_8);
    Path file = dir.resolve("a.ndjson");
    Files.writeString(file, ndjson);

    assertThat(ndjson.split("\n")).hasSize(2);
    assertThat(read(ndjson)).containsExactly(first, second);
    assertThat(read("\uFEFF" + ndjson)).containsExactly(first, second);
    assertThat(read("[" + JSON.write(first) + "," + JSON.write(second) + "]")).containsExactly(first, second);
    assertThat(read("")).isEmpty();
    assertThat(read("[]")).isEmpty();
    try (Stream<Article> articles = JSON.readArticles(file)) {
      assertThat(articles.collect(Collectors.toList())).containsExactly(first, second);
    }
    assertThatThrownBy(() -> JSON.readArticles(dir.resolve("missing"))).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void stream_errors_name_the_document() {
    String good = MINIMAL;
    String blank = HEAD.replace("\"H\"", "\" \"") + "}";

    MalformedJsonException notObject = catchThrowableOfType(MalformedJsonException.class, () -> read(good + "\n[1]"));
    MalformedJsonException afterArray = catchThrowableOfType(MalformedJsonException.class, () -> read("[" + good + "] {}"));
    MalformedJsonException broken = catchThrowableOfType(MalformedJsonException.class,
        () -> read(good + "\n{\"status\":\"live\"}"));
    MalformedJsonException inArray = catchThrowableOfType(MalformedJsonException.class,
        () -> read("[" + good + ",{\"status\":\"live\"}]"));
    MalformedJsonException badUtf8 = catchThrowableOfType(MalformedJsonException.class,
        () -> JSON.readArticles(new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xC0, '"'})).count());
    InvalidContentException invalid = catchThrowableOfType(InvalidContentException.class, () -> read(good + "\n" + blank));
    InvalidContentException invalidInArray = catchThrowableOfType(InvalidContentException.class,
        () -> read("[" + good + "," + blank + "]"));
    MastheadJson strict = JSON.toBuilder().strict(true).build();
    InvalidContentException unknown = catchThrowableOfType(InvalidContentException.class,
        () -> strict.readArticles(new ByteArrayInputStream((good + "\n" + HEAD + ",\"x\":1}").getBytes(StandardCharsets.UTF_8)))
            .count());

    assertThat(notObject.code()).isEqualTo(MalformedJsonException.NOT_AN_OBJECT);
    assertThat(notObject.pointer()).isEqualTo("/1");
    assertThat(afterArray.code()).isEqualTo(MalformedJsonException.TRAILING_CONTENT);
    assertThat(broken.code()).isEqualTo(MalformedJsonException.UNKNOWN_VALUE);
    assertThat(broken.pointer()).isEqualTo("/1/status");
    assertThat(inArray.pointer()).isEqualTo("/1/status");
    assertThat(badUtf8.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
    assertThat(invalid.violations()).extracting(Violation::pointer).containsExactly("/1/headline");
    assertThat(invalid.getMessage()).startsWith("article 1 is not well-formed:");
    assertThat(invalidInArray.violations()).extracting(Violation::pointer).containsExactly("/1/headline");
    assertThat(unknown.violations()).extracting(Violation::pointer).containsExactly("/1/x");
  }

  @Test
  void stream_refuses_a_document_past_the_limit() {
    MastheadJson small = JSON.toBuilder().maxDocumentBytes(100).build();
    String big = HEAD + ",\"x\":\"" + "a".repeat(20_000) + "\"}";

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class,
        () -> small.readArticles(new ByteArrayInputStream((MINIMAL + "\n" + big).getBytes(StandardCharsets.UTF_8)))
            .count());

    assertThat(e.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE);
  }

  @Test
  void the_module_plugs_into_an_applications_own_mapper() {
    JsonMapper mapper = JsonMapper.builder().addModule(new MastheadModule()).build();
    Article article = JSON.readArticle(MINIMAL);

    String json = mapper.writeValueAsString(article);

    assertThat(json).isEqualTo(JSON.write(article));
    assertThat(mapper.readValue(json, Article.class)).isEqualTo(article);
    assertThat(mapper.readValue(JSON.write(Paragraph.of("T")), Block.class)).isEqualTo(Paragraph.of("T"));
    assertThat(new MastheadModule().getModuleName()).isNotBlank();
    assertThat(new MastheadModule().version().toString()).isNotBlank();
  }

  @Test
  void quotes_a_short_prefix_of_a_duplicate_key() {
    String name = "k\u0001\"\\\u200E\u2028" + "x".repeat(40);
    String json = "{\"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0001", "\\u0001")
        + "\":1,\"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0001", "\\u0001") + "\":2}";

    MalformedJsonException e = malformed(json);

    assertThat(e.code()).isEqualTo(MalformedJsonException.DUPLICATE_KEY);
    assertThat(e.detail()).isEqualTo("duplicate key \"k\\u0001\\u0022\\u005C\\u200E\\u2028" + "x".repeat(26) + "…\"");
  }

  private static List<Article> read(String json) {
    try (Stream<Article> articles = JSON.readArticles(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      return articles.collect(Collectors.toList());
    }
  }

  private static InputStream failing() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
  }

  @Test
  void strict_mode_reports_the_properties_of_other_block_kinds_and_only_those() {
    MastheadJson strict = JSON.toBuilder().strict(true).build();
    String json = HEAD + ",\"body\":[{\"type\":\"paragraph\",\"text\":\"T\",\"links\":[],\"level\":2,\"items\":[\"a\"]},"
        + "{\"type\":\"heading\",\"level\":2,\"text\":\"T\"},{\"type\":\"quote\",\"text\":\"Q\",\"attribution\":\"A\"},"
        + "{\"type\":\"list\",\"ordered\":true,\"items\":[\"a\"],\"image\":null},{\"type\":\"image\",\"image\":{},\"ordered\":false},"
        + "{\"type\":\"divider\",\"attribution\":\"A\"}]}";

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> strict.readArticle(json));

    assertThat(e.violations()).extracting(Violation::pointer).containsExactly(
        "/body/0/items", "/body/0/level", "/body/3/image", "/body/4/ordered", "/body/5/attribution");
    assertThat(JSON.readArticle(json).body()).hasSize(6);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "`{\"id\":1}`|must be a string, not an integer",
    "`{\"id\":1.5}`|must be a string, not a decimal number",
    "`{\"id\":true}`|must be a string, not a boolean",
    "`{\"id\":{}}`|must be a string, not an object",
    "`{\"id\":[]}`|must be a string, not an array",
    "`{\"body\":[{\"type\":\"heading\",\"level\":\"2\"}]}`|must be an integer, not a string",
    "`{\"body\":[{\"type\":\"list\",\"ordered\":null,\"items\":null}],\"authors\":null,\"body\":[]}`|duplicate key \"body\"",
    "`{\"body\":[{\"type\":\"list\",\"ordered\":1}]}`|must be true or false, not an integer",
    "`{\"authors\":[null]}`|must be an object, not null",
    "`{\"tags\":{}}`|must be an array, not an object",
    "`{\"x\":1,\"x\":2}`|duplicate key \"x\"",
  })
  void describes_what_it_found_instead_of_what_it_expected(String json, String detail) {
    assertThat(malformed(json).detail()).isEqualTo(detail);
  }

  @Test
  void reads_null_as_absent() {
    String json = HEAD + ",\"kicker\":null,\"subheadline\":null,\"summary\":null,\"body\":null,\"authors\":null,"
        + "\"credits\":null,\"leadImage\":null,\"section\":null,\"tags\":null,\"dateline\":null,\"status\":null,"
        + "\"publishedAt\":null,\"updatedAt\":null,\"embargoedUntil\":null,\"expiresAt\":null,\"canonicalUrl\":null}";

    assertThat(JSON.readArticle(json)).isEqualTo(JSON.readArticle(MINIMAL));
    assertThat(JSON.readArticle(MINIMAL).status()).isEqualTo(dev.masthead.model.ArticleStatus.PUBLISHED);
    assertThat(JSON.readArticle(HEAD + ",\"status\":\"draft\"}").status()).isEqualTo(dev.masthead.model.ArticleStatus.DRAFT);
    assertThat(JSON.readArticle(HEAD + ",\"status\":\"withdrawn\"}").status())
        .isEqualTo(dev.masthead.model.ArticleStatus.WITHDRAWN);
  }

  @Test
  void skips_unknown_values_of_any_depth_and_keeps_reading() {
    String json = HEAD + ",\"x\":{\"a\":{\"b\":[1,{\"c\":2},[3,[4]]]},\"d\":[[5]],\"e\":null},\"y\":[{\"z\":[]}],\"kicker\":\"K\"}";

    assertThat(JSON.readArticle(json).kicker()).isEqualTo("K");
    assertThat(malformed(HEAD + ",\"x\":{\"a\":{\"b\":1,\"b\":2}}}").pointer()).isEqualTo("/x/a/b");
  }

  @Test
  void counts_elements_up_to_the_limit_inclusive() {
    MastheadJson five = JSON.toBuilder().maxElements(5).build();

    assertThat(five.readArticle(HEAD + ",\"x\":1}").id()).isEqualTo("a-1");
    assertThat(five.readArticle(HEAD + ",\"x\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}}").id()).isEqualTo("a-1");
    assertThat(five.readArticle(HEAD + ",\"x\":[1,2,3,4,5]}").id()).isEqualTo("a-1");
    assertThat(catchThrowableOfType(MalformedJsonException.class, () -> five.readArticle(HEAD + ",\"x\":1,\"y\":2}")).code())
        .isEqualTo(MalformedJsonException.TOO_MANY_ELEMENTS);
    assertThat(catchThrowableOfType(MalformedJsonException.class,
        () -> five.readArticle(HEAD + ",\"x\":[1,2,3,4,5,6]}")).code()).isEqualTo(MalformedJsonException.TOO_MANY_ELEMENTS);
    assertThat(catchThrowableOfType(MalformedJsonException.class,
        () -> five.readArticle(HEAD + ",\"x\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6}}")).code())
        .isEqualTo(MalformedJsonException.TOO_MANY_ELEMENTS);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
  void finds_a_bad_byte_at_every_position_of_an_eight_byte_run(int padding) {
    byte[] json = ("{\"id\":\"" + "a".repeat(padding) + "?" + "a".repeat(16) + "\"}").getBytes(StandardCharsets.US_ASCII);
    json[7 + padding] = (byte) 0xFF;

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(json));

    assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
    assertThat(e.column()).isEqualTo(8 + padding);
  }

  @ParameterizedTest
  @CsvSource({"'FF', 0", "'E0 80 80', 0", "'E2 41 AC', 0", "'F0 9F 41 89', 0", "'F0 9F 8E 41', 0", "'E2 82', 0"})
  void reports_the_offset_of_the_first_byte_of_a_bad_sequence(String hex, int offset) {
    byte[] bad = hexBytes(hex);
    byte[] json = new byte[3 + 7 + bad.length];
    json[0] = (byte) 0xEF;
    json[1] = (byte) 0xBB;
    json[2] = (byte) 0xBF;
    System.arraycopy("{\"id\":\"".getBytes(StandardCharsets.US_ASCII), 0, json, 3, 7);
    System.arraycopy(bad, 0, json, 10, bad.length);

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(json));

    // Offsets and columns count from after the byte order mark; the input ends inside the sequence or after it.
    assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
    assertThat(e.detail()).isEqualTo("input is not well-formed UTF-8 (byte offset " + (7 + offset) + ")");
    assertThat(e.column()).isEqualTo(8 + offset);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void refuses_bad_utf_8_in_the_first_byte_and_reads_tiny_inputs() {
    assertThat(catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(new byte[] {(byte) 0xFF, '{', '}'}))
        .code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
    assertThat(catchThrowableOfType(InvalidContentException.class,
        () -> JSON.readArticle("{}".getBytes(StandardCharsets.US_ASCII))).violations()).isNotEmpty();
    assertThat(catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(new byte[] {'{'}))
        .code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(catchThrowableOfType(MalformedJsonException.class,
        () -> JSON.readArticle(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).code())
        .isEqualTo(MalformedJsonException.EMPTY_INPUT);
  }

  @Test
  void counts_the_limit_after_the_byte_order_mark_and_up_to_it_inclusive() {
    MastheadJson exact = MastheadJson.builder().maxDocumentBytes(MINIMAL.length()).build();
    byte[] text = MINIMAL.getBytes(StandardCharsets.US_ASCII);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(exact.readArticle(withBom).id()).isEqualTo("a-1");
    assertThat(exact.readArticle("\uFEFF" + MINIMAL).id()).isEqualTo("a-1");
    assertThat(exact.reader(Article.class).read(new StringReader(MINIMAL)).id()).isEqualTo("a-1");
    assertThat(exact.reader(Article.class).read(new ByteArrayInputStream(text)).id()).isEqualTo("a-1");
  }

  @Test
  void shortens_parser_messages() {
    MalformedJsonException e = malformed("{\"id\":" + "x".repeat(300) + "}");

    assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(e.detail()).doesNotContain("\n").doesNotContain("(from `").doesNotContain("start marker");
    assertThat(e.detail().length()).isLessThanOrEqualTo(201);
    assertThat(malformed("{\"id\":\"a").detail()).doesNotContain("\n").doesNotContain("start marker");
  }

  @Test
  void streams_restart_the_limit_for_every_document() {
    MastheadJson small = JSON.toBuilder().maxDocumentBytes(100).build();
    String many = (MINIMAL + "\n").repeat(500);

    try (Stream<Article> articles = small.readArticles(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(articles.count()).isEqualTo(500);
    }
    assertThat(read("\uFEFF")).isEmpty();
    MalformedJsonException syntax = catchThrowableOfType(MalformedJsonException.class, () -> read(MINIMAL + "\n{\"id\":}"));
    assertThat(syntax.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(syntax.pointer()).isEqualTo("/1/id");
    MastheadJson strict = JSON.toBuilder().strict(true).build();
    InvalidContentException inArray = catchThrowableOfType(InvalidContentException.class,
        () -> strict.readArticles(new ByteArrayInputStream(("[" + MINIMAL + "," + HEAD.replace("\"H\"", "\" \"")
            + ",\"x\":1}]").getBytes(StandardCharsets.UTF_8))).count());
    assertThat(inArray.violations()).extracting(Violation::pointer).containsExactly("/1/headline", "/1/x");
  }

  @Test
  void pretty_writers_flush_what_they_write() throws IOException {
    Article article = JSON.readArticle(MINIMAL);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter text = new StringWriter();

    JSON.writePretty(article, new java.io.BufferedOutputStream(bytes));
    JSON.writePretty(article, new java.io.BufferedWriter(text));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writePretty(article));
    assertThat(text.toString()).isEqualTo(JSON.writePretty(article));
  }

  @Test
  void reads_an_absent_or_null_ordered_flag_as_unordered_and_year_zero_as_a_timestamp() {
    Article lists = JSON.readArticle(HEAD + ",\"body\":[{\"type\":\"list\",\"ordered\":null,\"items\":[\"a\"]},"
        + "{\"type\":\"list\",\"items\":[\"a\"]},{\"type\":\"list\",\"ordered\":true,\"items\":[\"a\"]}]}");
    MastheadJson unchecked = JSON.toBuilder().withoutValidation().build();

    assertThat(lists.body()).extracting(block -> ((dev.masthead.model.ListBlock) block).ordered())
        .containsExactly(false, false, true);
    // Year 0 is a valid RFC 3339 timestamp; the window rule, not the parser, refuses it.
    assertThat(unchecked.readArticle(HEAD + ",\"publishedAt\":\"0000-01-01T00:00:00Z\"}").publishedAt())
        .isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
    assertThat(catchThrowableOfType(InvalidContentException.class,
        () -> JSON.readArticle(HEAD + ",\"publishedAt\":\"0000-01-01T00:00:00Z\"}")).violations())
        .extracting(Violation::code).containsExactly(Codes.TIMESTAMP_RANGE);
  }

  @Test
  void reports_every_missing_required_property_at_once_with_other_problems_also_without_validation() {
    String json = "{\"slug\":\"Bad_Slug\",\"language\":\"en\",\"authors\":[{\"slug\":\"jane\"}],"
        + "\"body\":[{\"type\":\"paragraph\"},{\"type\":\"image\"}]}";

    InvalidContentException validated = catchThrowableOfType(InvalidContentException.class, () -> JSON.readArticle(json));
    InvalidContentException unvalidated = catchThrowableOfType(InvalidContentException.class,
        () -> JSON.toBuilder().withoutValidation().build().readArticle(json));

    assertThat(validated.violations())
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/authors/0/name", Codes.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("/body/0/text", Codes.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("/body/1/image", Codes.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("/headline", Codes.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("/id", Codes.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("/slug", Codes.INVALID_SLUG));
    assertThat(unvalidated.violations())
        .extracting(Violation::pointer)
        .containsExactly("/authors/0/name", "/body/0/text", "/body/1/image", "/headline", "/id");
    assertThat(unvalidated.violations()).allSatisfy(v -> assertThat(v.message()).isEqualTo("is required"));
  }
}
