package dev.masthead.json;

import static dev.masthead.json.MalformedJsonException.DOCUMENT_TOO_LARGE;
import static dev.masthead.json.MalformedJsonException.DUPLICATE_KEY;
import static dev.masthead.json.MalformedJsonException.EMPTY_INPUT;
import static dev.masthead.json.MalformedJsonException.INVALID_TIMESTAMP;
import static dev.masthead.json.MalformedJsonException.INVALID_UTF8;
import static dev.masthead.json.MalformedJsonException.MISSING_PROPERTY;
import static dev.masthead.json.MalformedJsonException.NAME_TOO_LONG;
import static dev.masthead.json.MalformedJsonException.NOT_AN_OBJECT;
import static dev.masthead.json.MalformedJsonException.NUMBER_OUT_OF_RANGE;
import static dev.masthead.json.MalformedJsonException.NUMBER_TOO_LONG;
import static dev.masthead.json.MalformedJsonException.STRING_TOO_LONG;
import static dev.masthead.json.MalformedJsonException.SYNTAX;
import static dev.masthead.json.MalformedJsonException.TOO_DEEP;
import static dev.masthead.json.MalformedJsonException.TOO_MANY_ELEMENTS;
import static dev.masthead.json.MalformedJsonException.TOO_MANY_TOKENS;
import static dev.masthead.json.MalformedJsonException.TRAILING_CONTENT;
import static dev.masthead.json.MalformedJsonException.UNKNOWN_BLOCK_TYPE;
import static dev.masthead.json.MalformedJsonException.UNKNOWN_VALUE;
import static dev.masthead.json.MalformedJsonException.WRONG_TYPE;
import static dev.masthead.json.Samples.ARTICLE;
import static dev.masthead.json.Samples.PUBLISHED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.model.Article;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input: each row is one mutation of a valid article or ticker document, read from bytes by
 * {@link MastheadJson}, with the one outcome the reader must give. A row that expects an error names
 * its exact code and pointer; no exception but {@link MalformedJsonException} and {@link
 * InvalidContentException} may escape any row.
 */
class HostileInputTest {
  private static final MastheadJson STANDARD = MastheadJson.standard();
  private static final MastheadJson STRICT = MastheadJson.builder().strict(true).build();
  private static final String HEADLINE = "\"headline\":\"City council approves 2025 budget\"";
  private static final String ARTICLE_COUNT = "\"articleCount\":412";
  private static final String PUBLISHED = "\"publishedAt\":\"2024-05-01T10:00:00Z\"";
  private static final String UPDATED = "\"updatedAt\":\"2024-05-01T12:00:00Z\"";
  private static final String CANONICAL_URL = "\"canonicalUrl\":\"https://news.example.com/politics/budget\"";
  private static final String FIRST_BLOCK = "{\"type\":\"paragraph\",";
  private static final String ITEM_EXPIRES = "\"expiresAt\":\"2024-05-01T18:00:00Z\"";

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "resourceLimits", "syntax", "encoding", "rootValues", "duplicateKeys", "coercion", "requiredValues",
    "blockTypes", "urls", "unicode", "timestamps", "crossField", "domainFormats"
  })
  void gives_the_one_expected_outcome(Row row) {
    Object[] result = new Object[1];
    Throwable thrown = catchThrowable(() -> result[0] = row.read());
    if (thrown != null) {
      assertThat(thrown).isInstanceOfAny(MalformedJsonException.class, InvalidContentException.class);
    }
    row.expected.verify(thrown, result[0]);
  }

  static Stream<Row> resourceLimits() {
    int size = Samples.utf8(ARTICLE).length;
    return Stream.of(
        article("document one byte over maxDocumentBytes", ARTICLE)
            .with(MastheadJson.builder().maxDocumentBytes(size - 1).build())
            .malformedUnlocated(DOCUMENT_TOO_LARGE, ""),
        article("document exactly maxDocumentBytes", ARTICLE)
            .with(MastheadJson.builder().maxDocumentBytes(size).build())
            .accepted(a -> assertThat(a).isEqualTo(Samples.article())),
        article("nesting depth 33 in unknown arrays", unknown("\"x\":" + "[".repeat(32) + "]".repeat(32)))
            .malformed(TOO_DEEP, "/x" + "/0".repeat(31)),
        article("nesting depth 32 in unknown arrays", unknown("\"x\":" + "[".repeat(31) + "]".repeat(31)))
            .accepted(a -> assertThat(a).isEqualTo(Samples.article())),
        article("nesting depth 33 in unknown objects", unknown("\"x\":" + "{\"a\":".repeat(31) + "{}" + "}".repeat(31)))
            .malformed(TOO_DEEP, "/x" + "/a".repeat(31)),
        article("string over 100,000 characters", Samples.article(HEADLINE, "\"headline\":\"" + "a".repeat(100_001) + "\""))
            .malformed(STRING_TOO_LONG, "/headline"),
        article("string over 100,000 characters in unknown content", unknown("\"x\":\"" + "a".repeat(100_001) + "\""))
            .malformed(STRING_TOO_LONG, "/x"),
        article("integer literal over 24 digits", Samples.article(ARTICLE_COUNT, "\"articleCount\":" + "4".repeat(25)))
            .malformed(NUMBER_TOO_LONG, "/authors/0/articleCount"),
        article("decimal literal over 24 digits in unknown content", unknown("\"x\":1." + "5".repeat(30)))
            .malformed(NUMBER_TOO_LONG, "/x"),
        article("integer beyond int", Samples.article(ARTICLE_COUNT, "\"articleCount\":99999999999"))
            .malformed(NUMBER_OUT_OF_RANGE, "/authors/0/articleCount"),
        article("property name over 256 characters", unknown("\"" + "n".repeat(257) + "\":1"))
            .malformed(NAME_TOO_LONG, ""),
        article("more tokens than maxTokens", ARTICLE)
            .with(MastheadJson.builder().maxTokens(20).build())
            .malformed(TOO_MANY_TOKENS, "/body/0/links/0/end"),
        article("2,001 body blocks", Samples.article(FIRST_BLOCK, repeat("{\"type\":\"divider\"},", 2_001) + FIRST_BLOCK))
            .malformed(TOO_MANY_ELEMENTS, "/body/2000"),
        article("51 authors", Samples.article("\"authors\":[", "\"authors\":[" + repeatAuthors(51)))
            .malformed(TOO_MANY_ELEMENTS, "/authors/50"),
        article("101 tags", Samples.article("\"tags\":[\"budget\",\"council\"]", "\"tags\":[" + quoted("t", 101) + "]"))
            .malformed(TOO_MANY_ELEMENTS, "/tags/100"),
        article("maxTags lowered to 1", ARTICLE)
            .with(MastheadJson.builder().maxTags(1).build())
            .malformed(TOO_MANY_ELEMENTS, "/tags/1"),
        ticker("201 ticker items", Samples.ticker("\"items\":[", "\"items\":[" + repeatItems(201)))
            .malformed(TOO_MANY_ELEMENTS, "/items/200"),
        article("10,001 elements in an unknown array", unknown("\"x\":[" + repeat("0,", 10_000) + "0]"))
            .malformed(TOO_MANY_ELEMENTS, "/x/10000"),
        article("10,001 members in an unknown object", unknown("\"x\":{" + members(10_001) + "}"))
            .malformed(TOO_MANY_ELEMENTS, "/x/k10000"),
        article("10,001 unknown properties", unknown(members(10_001)))
            .malformed(TOO_MANY_ELEMENTS, "/k10000"),
        article("21 sameAs links, over the model's 20", Samples.article(ARTICLE_COUNT,
                ARTICLE_COUNT + ",\"sameAs\":[" + IntStream.range(0, 21)
                    .mapToObj(i -> "\"https://social.example.org/" + i + "\"").collect(Collectors.joining(",")) + "]"))
            .invalid("/authors/0/sameAs", Codes.TOO_MANY));
  }

  static Stream<Row> syntax() {
    return Stream.of(
        article("trailing comma in object", Samples.article(CANONICAL_URL, CANONICAL_URL + ","))
            .malformed(SYNTAX, "/canonicalUrl"),
        article("trailing comma in array", Samples.article("\"council\"]", "\"council\",]"))
            .malformed(SYNTAX, "/tags/2"),
        article("block comment", Samples.article("{\"id\"", "{/* note */\"id\""))
            .malformed(SYNTAX, ""),
        article("line comment", Samples.article("{\"id\"", "{// note\n\"id\""))
            .malformed(SYNTAX, ""),
        article("single-quoted strings", Samples.article(HEADLINE, "'headline':'City council'"))
            .malformed(SYNTAX, "/slug"),
        article("NaN", Samples.article(ARTICLE_COUNT, "\"articleCount\":NaN"))
            .malformed(SYNTAX, "/authors/0/articleCount"),
        article("Infinity", Samples.article(ARTICLE_COUNT, "\"articleCount\":-Infinity"))
            .malformed(SYNTAX, "/authors/0/articleCount"),
        article("leading zero", Samples.article(ARTICLE_COUNT, "\"articleCount\":0412"))
            .malformed(SYNTAX, "/authors/0/articleCount"),
        article("unterminated string", ARTICLE.substring(0, ARTICLE.indexOf("approves 2025")))
            .malformed(SYNTAX, "/headline"),
        article("missing closing brace", ARTICLE.substring(0, ARTICLE.length() - 1))
            .malformed(SYNTAX, "/canonicalUrl"),
        article("unquoted property name", Samples.article(HEADLINE, "headline:\"City council\""))
            .malformed(SYNTAX, "/slug"),
        article("missing comma", Samples.article(HEADLINE, HEADLINE.replace(":", ":\"x\" ")))
            .malformed(SYNTAX, "/headline"),
        article("raw control character in a string", Samples.article("approves 2025", "approves\u00072025"))
            .malformed(SYNTAX, "/headline"),
        article("unknown escape", Samples.article("approves 2025", "approves\\x2025"))
            .malformed(SYNTAX, "/headline"),
        article("a second document after the first", ARTICLE + " {}")
            .malformed(TRAILING_CONTENT, ""),
        article("garbage after the document", ARTICLE + "x")
            .malformed(SYNTAX, ""),
        article("stray closing bracket after the document", ARTICLE + "]")
            .malformed(SYNTAX, ""),
        article("white space after the document", ARTICLE + " \r\n\t ")
            .accepted(a -> assertThat(a).isEqualTo(Samples.article())));
  }

  static Stream<Row> encoding() {
    int headline = ARTICLE.indexOf("approves 2025") + 1;
    return Stream.of(
        bytes("overlong C0 80", Samples.bytes(ARTICLE, "approves 2025", 0xC0, 0x80))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("overlong C1 BF", Samples.bytes(ARTICLE, "approves 2025", 0xC1, 0xBF))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("overlong E0 80 80", Samples.bytes(ARTICLE, "approves 2025", 0xE0, 0x80, 0x80))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("overlong F0 80 80 80", Samples.bytes(ARTICLE, "approves 2025", 0xF0, 0x80, 0x80, 0x80))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("truncated multi-byte at the end", Samples.bytesThen(ARTICLE, 0xE2, 0x82))
            .malformedAt(INVALID_UTF8, "", 1, ARTICLE.length() + 1),
        bytes("truncated multi-byte inside a string", Samples.bytes(ARTICLE, "approves 2025", 0xF0, 0x9F, 0x8E, 0x20))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("lone continuation byte", Samples.bytes(ARTICLE, "approves 2025", 0x80))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("UTF-16 surrogate encoded in UTF-8", Samples.bytes(ARTICLE, "approves 2025", 0xED, 0xA0, 0x80))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("F4 90 80 80 above U+10FFFF", Samples.bytes(ARTICLE, "approves 2025", 0xF4, 0x90, 0x80, 0x80))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("byte FF", Samples.bytes(ARTICLE, "approves 2025", 0xFF))
            .malformedAt(INVALID_UTF8, "", 1, headline),
        bytes("UTF-16 document", utf16(ARTICLE))
            .malformedAt(INVALID_UTF8, "", 1, 1),
        bytes("invalid byte on a later line", Samples.bytes(ARTICLE, "{\"id\"", '{', '\n', '\n', 0xC0, 0x80, '"', 'i', 'd', '"'))
            .malformedAt(INVALID_UTF8, "", 3, 1),
        bytes("byte order mark between tokens", Samples.bytes(ARTICLE, "{\"id\"", '{', 0xEF, 0xBB, 0xBF, '"', 'i', 'd', '"'))
            .malformed(SYNTAX, ""),
        bytes("byte order mark inside the headline", Samples.bytes(ARTICLE, "approves 2025", 0xEF, 0xBB, 0xBF))
            .invalid("/headline", Codes.INVISIBLE_CHARACTER),
        bytes("leading byte order mark", Samples.bytes(ARTICLE, "{\"id\"", 0xEF, 0xBB, 0xBF, '{', '"', 'i', 'd', '"'))
            .accepted(a -> assertThat(a).isEqualTo(Samples.article())),
        bytes("two leading byte order marks", Samples.bytes(ARTICLE, "{\"id\"", 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, '{', '"', 'i', 'd', '"'))
            .malformedAt(SYNTAX, "", 1, 1),
        bytes("UTF-16BE document without a byte order mark", ARTICLE.getBytes(StandardCharsets.UTF_16BE))
            .malformedAt(SYNTAX, "", 1, 1),
        bytes("UTF-16LE document without a byte order mark", ARTICLE.getBytes(StandardCharsets.UTF_16LE))
            .malformedAt(SYNTAX, "", 1, 2),
        bytes("four-byte emoji", Samples.bytes(ARTICLE, "approves 2025", 0xF0, 0x9F, 0x8E, 0x89))
            .accepted(a -> assertThat(a.headline()).isEqualTo("City council \uD83C\uDF89 budget")));
  }

  static Stream<Row> rootValues() {
    return Stream.of(
        article("root array", "[]").malformed(NOT_AN_OBJECT, ""),
        article("root array holding the article", "[" + ARTICLE + "]").malformed(NOT_AN_OBJECT, ""),
        article("root string", "\"article\"").malformed(NOT_AN_OBJECT, ""),
        article("root number", "42").malformed(NOT_AN_OBJECT, ""),
        article("root true", "true").malformed(NOT_AN_OBJECT, ""),
        article("root null", "null").malformed(NOT_AN_OBJECT, ""),
        ticker("ticker root null", "null").malformed(NOT_AN_OBJECT, ""),
        article("empty input", "").malformed(EMPTY_INPUT, ""),
        article("white space only", " \n\t\r ").malformed(EMPTY_INPUT, ""),
        bytes("byte order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).malformed(EMPTY_INPUT, ""),
        article("empty object", "{}").invalid(
            "/headline", Codes.REQUIRED, "/id", Codes.REQUIRED, "/language", Codes.REQUIRED, "/slug", Codes.REQUIRED));
  }

  static Stream<Row> duplicateKeys() {
    return Stream.of(
        article("duplicate key at the top level", Samples.article(HEADLINE, HEADLINE + "," + HEADLINE))
            .malformed(DUPLICATE_KEY, "/headline"),
        article("duplicate key differing in value", Samples.article(HEADLINE, HEADLINE + ",\"headline\":\"Other\""))
            .malformed(DUPLICATE_KEY, "/headline"),
        article("duplicate key in a nested object", Samples.article("\"name\":\"Jane Doe\"", "\"name\":\"Jane Doe\",\"name\":\"John Roe\""))
            .malformed(DUPLICATE_KEY, "/authors/0/name"),
        article("duplicate block type", Samples.article(FIRST_BLOCK, FIRST_BLOCK + "\"type\":\"divider\","))
            .malformed(DUPLICATE_KEY, "/body/0/type"),
        article("duplicate key inside unknown content", unknown("\"x\":{\"a\":1,\"a\":2}"))
            .malformed(DUPLICATE_KEY, "/x/a"),
        article("duplicate unknown property", unknown("\"x\":1,\"x\":2"))
            .malformed(DUPLICATE_KEY, "/x"),
        ticker("duplicate key in a ticker item", Samples.ticker("\"id\":\"t1\"", "\"id\":\"t1\",\"id\":\"t2\""))
            .malformed(DUPLICATE_KEY, "/items/0/id"));
  }

  static Stream<Row> coercion() {
    return Stream.of(
        article("string \"412\" for articleCount", Samples.article(ARTICLE_COUNT, "\"articleCount\":\"412\""))
            .malformed(WRONG_TYPE, "/authors/0/articleCount"),
        article("1.9 for width", Samples.article("\"width\":1200", "\"width\":1.9"))
            .malformed(WRONG_TYPE, "/leadImage/width"),
        article("1200.0 for width", Samples.article("\"width\":1200", "\"width\":1200.0"))
            .malformed(WRONG_TYPE, "/leadImage/width"),
        article("412 for headline", Samples.article(HEADLINE, "\"headline\":412"))
            .malformed(WRONG_TYPE, "/headline"),
        article("true for headline", Samples.article(HEADLINE, "\"headline\":true"))
            .malformed(WRONG_TYPE, "/headline"),
        article("object for headline", Samples.article(HEADLINE, "\"headline\":{\"text\":\"x\"}"))
            .malformed(WRONG_TYPE, "/headline"),
        article("array for headline", Samples.article(HEADLINE, "\"headline\":[\"x\"]"))
            .malformed(WRONG_TYPE, "/headline"),
        article("string \"true\" for ordered", Samples.article("\"ordered\":true", "\"ordered\":\"true\""))
            .malformed(WRONG_TYPE, "/body/2/ordered"),
        article("1 for ordered", Samples.article("\"ordered\":true", "\"ordered\":1"))
            .malformed(WRONG_TYPE, "/body/2/ordered"),
        article("1e3 for level", Samples.article("\"level\":2", "\"level\":1e3"))
            .malformed(WRONG_TYPE, "/body/1/level"),
        article("string for a list", Samples.article("\"tags\":[\"budget\",\"council\"]", "\"tags\":\"budget\""))
            .malformed(WRONG_TYPE, "/tags"),
        article("number in a list of strings", Samples.article("\"council\"]", "7]"))
            .malformed(WRONG_TYPE, "/tags/1"),
        article("object for body", Samples.article("\"body\":[", "\"body\":{\"0\":"))
            .malformed(WRONG_TYPE, "/body"),
        article("number as a block", Samples.article(FIRST_BLOCK, "7," + FIRST_BLOCK))
            .malformed(WRONG_TYPE, "/body/0"),
        article("string for leadImage", Samples.article("\"leadImage\":{", "\"leadImage\":\"x\",\"y\":{"))
            .malformed(WRONG_TYPE, "/leadImage"),
        article("epoch number for a status", Samples.article("\"status\":\"published\"", "\"status\":1"))
            .malformed(WRONG_TYPE, "/status"),
        article("null for a list reads as empty", Samples.article("\"tags\":[\"budget\",\"council\"]", "\"tags\":null"))
            .accepted(a -> assertThat(a.tags()).isEmpty()),
        article("null for an optional object reads as absent", Samples.article("\"credit\":{\"role\":\"photo\",\"name\":\"A. Smith\",\"organization\":\"Example Agency\"}", "\"credit\":null"))
            .accepted(a -> assertThat(a.leadImage().credit()).isNull()));
  }

  static Stream<Row> requiredValues() {
    return Stream.of(
        article("missing headline", Samples.article(HEADLINE + ",", ""))
            .invalid("/headline", Codes.REQUIRED),
        article("null headline", Samples.article(HEADLINE, "\"headline\":null"))
            .invalid("/headline", Codes.REQUIRED),
        article("empty headline", Samples.article(HEADLINE, "\"headline\":\"\""))
            .invalid("/headline", Codes.BLANK),
        article("no-break space headline", Samples.article(HEADLINE, "\"headline\":\"\u00a0\""))
            .invalid("/headline", Codes.BLANK),
        article("ideographic space headline", Samples.article(HEADLINE, "\"headline\":\"\u3000\u3000\""))
            .invalid("/headline", Codes.BLANK),
        article("missing id and slug", Samples.article("\"id\":\"art-2024-000123\",\"slug\":\"city-council-approves-budget\",", ""))
            .invalid("/id", Codes.REQUIRED, "/slug", Codes.REQUIRED),
        article("missing heading level", Samples.article("\"level\":2,", ""))
            .malformed(MISSING_PROPERTY, "/body/1/level"),
        article("missing link start", Samples.article("\"start\":4,", ""))
            .malformed(MISSING_PROPERTY, "/body/0/links/0/start"),
        article("image block without its image", Samples.article(FIRST_BLOCK, "{\"type\":\"image\"}," + FIRST_BLOCK))
            .invalid("/body/0/image", Codes.REQUIRED),
        ticker("ticker item without publishedAt", Samples.ticker(",\"publishedAt\":\"2024-05-01T10:00:00Z\"", ""))
            .invalid("/items/0/publishedAt", Codes.REQUIRED));
  }

  static Stream<Row> blockTypes() {
    return Stream.of(
        article("unknown block type", Samples.article(FIRST_BLOCK, "{\"type\":\"video\","))
            .malformed(UNKNOWN_BLOCK_TYPE, "/body/0/type"),
        article("class name as block type", Samples.article(FIRST_BLOCK, "{\"type\":\"java.lang.Runtime\","))
            .malformed(UNKNOWN_BLOCK_TYPE, "/body/0/type"),
        article("block type in another case", Samples.article(FIRST_BLOCK, "{\"type\":\"Paragraph\","))
            .malformed(UNKNOWN_BLOCK_TYPE, "/body/0/type"),
        article("missing block type", Samples.article(FIRST_BLOCK, "{"))
            .malformed(UNKNOWN_BLOCK_TYPE, "/body/0/type"),
        article("null block type", Samples.article(FIRST_BLOCK, "{\"type\":null,"))
            .malformed(UNKNOWN_BLOCK_TYPE, "/body/0/type"),
        article("block type as a number", Samples.article(FIRST_BLOCK, "{\"type\":1,"))
            .malformed(WRONG_TYPE, "/body/0/type"),
        article("@class property in a block, ignored", Samples.article(FIRST_BLOCK, "{\"@class\":\"java.lang.Runtime\",\"type\":\"paragraph\","))
            .accepted(a -> assertThat(a.body().get(0)).isInstanceOf(Paragraph.class).isEqualTo(Samples.article().body().get(0))),
        article("@class property in a block, strict", Samples.article(FIRST_BLOCK, "{\"@class\":\"java.lang.Runtime\",\"type\":\"paragraph\","))
            .with(STRICT)
            .invalid("/body/0/@class", Codes.UNKNOWN_PROPERTY),
        article("@class property at the root, strict", unknown("\"@class\":\"dev.masthead.model.Article\""))
            .with(STRICT)
            .invalid("/@class", Codes.UNKNOWN_PROPERTY),
        article("unknown property named with / and ~, strict", unknown("\"a/b~c\":1"))
            .with(STRICT)
            .invalid("/a~1b~0c", Codes.UNKNOWN_PROPERTY),
        article("unknown status", Samples.article("\"status\":\"published\"", "\"status\":\"Published\""))
            .malformed(UNKNOWN_VALUE, "/status"),
        article("unknown author kind", Samples.article("\"kind\":\"person\"", "\"kind\":\"robot\""))
            .malformed(UNKNOWN_VALUE, "/authors/0/kind"),
        ticker("unknown priority", Samples.ticker("\"priority\":\"breaking\"", "\"priority\":\"high\""))
            .malformed(UNKNOWN_VALUE, "/items/0/priority"));
  }

  static Stream<Row> urls() {
    return Stream.of(
        canonicalUrl("javascript: URL", "javascript:alert(1)").invalid("/canonicalUrl", Codes.URL_SCHEME),
        canonicalUrl("data: URL", "data:text/html,<script>alert(1)</script>").invalid("/canonicalUrl", Codes.URL_SCHEME),
        canonicalUrl("ftp URL", "ftp://news.example.com/budget").invalid("/canonicalUrl", Codes.URL_SCHEME),
        canonicalUrl("scheme-relative URL", "//news.example.com/budget").invalid("/canonicalUrl", Codes.URL_SCHEME),
        canonicalUrl("user-info", "https://user:secret@news.example.com/budget").invalid("/canonicalUrl", Codes.URL_USERINFO),
        canonicalUrl("backslash", "https://news.example.com/politics\\\\budget").invalid("/canonicalUrl", Codes.URL_SYNTAX),
        canonicalUrl("space", "https://news.example.com/city budget").invalid("/canonicalUrl", Codes.URL_SYNTAX),
        canonicalUrl("IDN look-alike host", "https://news.ex\u0430mple.com/budget").invalid("/canonicalUrl", Codes.URL_HOST),
        canonicalUrl("underscore in host", "https://news_site.example.com/budget").invalid("/canonicalUrl", Codes.URL_HOST),
        canonicalUrl("port 0", "https://news.example.com:0/budget").invalid("/canonicalUrl", Codes.URL_PORT),
        canonicalUrl("port 65536", "https://news.example.com:65536/budget").invalid("/canonicalUrl", Codes.URL_PORT),
        canonicalUrl("upper-case scheme and port 8443", "HTTPS://news.example.com:8443/budget")
            .accepted(a -> assertThat(a.canonicalUrl()).isEqualTo("HTTPS://news.example.com:8443/budget")),
        article("javascript: author URL", Samples.article("\"url\":\"https://news.example.com/authors/jane-doe\"", "\"url\":\"javascript:alert(1)\""))
            .invalid("/authors/0/url", Codes.URL_SCHEME),
        article("javascript: link href", Samples.article("\"href\":\"https://news.example.com/council\"", "\"href\":\"javascript:alert(1)\""))
            .invalid("/body/0/links/0/href", Codes.URL_SCHEME));
  }

  static Stream<Row> unicode() {
    return Stream.of(
        headline("bidi override U+202E", "City \u202Egdub\u202C budget").invalid("/headline", Codes.BIDI_OVERRIDE),
        article("zero-width space in a slug", Samples.article("city-council-approves-budget", "city-council\u200b-approves-budget"))
            .invalid("/slug", Codes.INVALID_SLUG),
        headline("unpaired surrogate via \\ud800 escape", "City \\ud800 budget").invalid("/headline", Codes.UNPAIRED_SURROGATE),
        headline("lone low surrogate via \\udc00 escape", "City \\udc00 budget").invalid("/headline", Codes.UNPAIRED_SURROGATE),
        headline("surrogate pair via escapes", "Budget passed \\ud83c\\udf89")
            .accepted(a -> assertThat(a.headline()).isEqualTo("Budget passed \uD83C\uDF89")),
        headline("control character via \\u0007", "City \\u0007 budget").invalid("/headline", Codes.CONTROL_CHARACTER),
        headline("NUL via \\u0000", "City \\u0000 budget").invalid("/headline", Codes.CONTROL_CHARACTER),
        headline("line feed via \\n", "City\\nbudget").invalid("/headline", Codes.LINE_BREAK),
        headline("U+2028 in a headline", "City\u2028budget").invalid("/headline", Codes.LINE_BREAK),
        headline("noncharacter via \\uffff", "City \\uffff budget").invalid("/headline", Codes.NONCHARACTER),
        headline("private-use character", "City \ue000 budget").invalid("/headline", Codes.PRIVATE_USE),
        headline("flood of 100 combining marks", "Zalgo" + "\u0301".repeat(100)).invalid("/headline", Codes.COMBINING_MARKS),
        headline("markup kept verbatim", "<b>City</b> budget &amp; more")
            .accepted(a -> assertThat(a.headline()).isEqualTo("<b>City</b> budget &amp; more")),
        article("zero-width non-joiner in a name", Samples.article("\"name\":\"Jane Doe\"", "\"name\":\"\u0645\u06cc\u200c\u062f\u0627\u0646\""))
            .accepted(a -> assertThat(a.authors().get(0).name()).isEqualTo("\u0645\u06cc\u200c\u062f\u0627\u0646")),
        article("line breaks in a paragraph", Samples.article("voted on Tuesday.", "voted on\\r\\nTuesday."))
            .accepted(a -> assertThat(((Paragraph) a.body().get(0)).text()).isEqualTo("The council voted on\r\nTuesday.")));
  }

  static Stream<Row> timestamps() {
    return Stream.of(
        published("epoch number", "1714557600").malformed(WRONG_TYPE, "/publishedAt"),
        published("missing offset", "\"2024-05-01T10:00:00\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("leap second", "\"2016-12-31T23:59:60Z\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("February 30", "\"2024-02-30T10:00:00Z\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("empty string", "\"\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("date only", "\"2024-05-01\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("missing seconds", "\"2024-05-01T10:00Z\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("space for T", "\"2024-05-01 10:00:00Z\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("ten fraction digits", "\"2024-05-01T10:00:00.0000000001Z\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("offset +24:00", "\"2024-05-01T10:00:00+24:00\"").malformed(INVALID_TIMESTAMP, "/publishedAt"),
        published("lower-case t and z", "\"2024-05-01t10:00:00z\"")
            .accepted(a -> assertThat(a.publishedAt()).isEqualTo(PUBLISHED_AT)),
        published("offset +02:00 normalised to Z", "\"2024-05-01T12:00:00+02:00\"")
            .accepted(a -> {
              assertThat(a.publishedAt()).isEqualTo(PUBLISHED_AT);
              assertThat(STANDARD.write(a)).contains(PUBLISHED);
            }),
        published("year 1899", "\"1899-12-31T23:59:59Z\"").invalid("/publishedAt", Codes.TIMESTAMP_RANGE),
        article("year 2200", Samples.article(UPDATED, "\"updatedAt\":\"2200-01-01T00:00:00Z\""))
            .invalid("/updatedAt", Codes.TIMESTAMP_RANGE));
  }

  static Stream<Row> crossField() {
    return Stream.of(
        article("updatedAt before publishedAt", Samples.article(UPDATED, "\"updatedAt\":\"2024-05-01T09:59:59.999Z\""))
            .invalid("/updatedAt", Codes.TIMESTAMP_ORDER),
        article("embargo after publication", Samples.article(PUBLISHED, PUBLISHED + ",\"embargoedUntil\":\"2024-05-02T00:00:00Z\""))
            .invalid("/publishedAt", Codes.TIMESTAMP_ORDER),
        ticker("ticker item expiresAt before publishedAt", Samples.ticker(ITEM_EXPIRES, "\"expiresAt\":\"2024-05-01T09:00:00Z\""))
            .invalid("/items/0/expiresAt", Codes.TIMESTAMP_ORDER),
        ticker("ticker item expiresAt equal to publishedAt", Samples.ticker(ITEM_EXPIRES, "\"expiresAt\":\"2024-05-01T10:00:00Z\""))
            .invalid("/items/0/expiresAt", Codes.TIMESTAMP_ORDER),
        article("link range beyond the text", Samples.article("\"end\":11", "\"end\":30"))
            .invalid("/body/0/links/0/end", Codes.LINK_RANGE),
        article("link ending before it starts", Samples.article("\"start\":4,\"end\":11", "\"start\":11,\"end\":4"))
            .invalid("/body/0/links/0/end", Codes.LINK_RANGE),
        article("link range to the last code point", Samples.article("\"end\":11", "\"end\":29"))
            .accepted(a -> assertThat(((Paragraph) a.body().get(0)).links().get(0).end()).isEqualTo(29)));
  }

  static Stream<Row> domainFormats() {
    return Stream.of(
        article("slug with upper case", Samples.article("city-council-approves-budget", "City-Council-approves-budget"))
            .invalid("/slug", Codes.INVALID_SLUG),
        article("id with ..", Samples.article("art-2024-000123", "art..2024"))
            .invalid("/id", Codes.INVALID_ID),
        article("id with a slash", Samples.article("art-2024-000123", "art/2024"))
            .invalid("/id", Codes.INVALID_ID),
        article("language en_GB", Samples.article("\"en-GB\"", "\"en_GB\""))
            .invalid("/language", Codes.INVALID_LANGUAGE_TAG),
        article("tags equal ignoring case", Samples.article("\"council\"]", "\"BUDGET\"]"))
            .invalid("/tags/1", Codes.DUPLICATE),
        article("author name with a byline", Samples.article("\"name\":\"Jane Doe\"", "\"name\":\"By Jane Doe\""))
            .invalid("/authors/0/name", Codes.BYLINE_IN_NAME),
        article("two people in one author", Samples.article("\"name\":\"Jane Doe\"", "\"name\":\"Jane Doe and John Roe\""))
            .invalid("/authors/0/name", Codes.MULTIPLE_AUTHORS),
        article("heading level 1", Samples.article("\"level\":2", "\"level\":1"))
            .invalid("/body/1/level", Codes.TOO_SMALL),
        article("width 0", Samples.article("\"width\":1200", "\"width\":0"))
            .invalid("/leadImage/width", Codes.TOO_SMALL),
        article("negative articleCount", Samples.article(ARTICLE_COUNT, "\"articleCount\":-1"))
            .invalid("/authors/0/articleCount", Codes.TOO_SMALL),
        article("several problems at once", Samples.replace(Samples.replace(
                Samples.article(HEADLINE, "\"headline\":\" \""), "\"en-GB\"", "\"en_GB\""),
                "\"kind\":\"person\"", "\"kind\":\"person\",\"email\":\"jane\""))
            .invalid("/authors/0/email", Codes.INVALID_EMAIL, "/headline", Codes.BLANK, "/language", Codes.INVALID_LANGUAGE_TAG));
  }

  // Building rows.

  private static Row article(String name, String json) {
    return new Row(name, Samples.utf8(json), Article.class, STANDARD);
  }

  private static Row ticker(String name, String json) {
    return new Row(name, Samples.utf8(json), Ticker.class, STANDARD);
  }

  private static Row bytes(String name, byte[] json) {
    return new Row(name, json, Article.class, STANDARD);
  }

  private static Row headline(String name, String escapedHeadline) {
    return article(name, Samples.article(HEADLINE, "\"headline\":\"" + escapedHeadline + "\""));
  }

  private static Row canonicalUrl(String name, String url) {
    return article(name, Samples.article(CANONICAL_URL, "\"canonicalUrl\":\"" + url + "\""));
  }

  private static Row published(String name, String value) {
    return article(name, Samples.article(PUBLISHED, "\"publishedAt\":" + value));
  }

  /** Returns the base article with {@code properties} added before its first property. */
  private static String unknown(String properties) {
    return "{" + properties + "," + ARTICLE.substring(1);
  }

  private static String repeat(String text, int count) {
    return text.repeat(count);
  }

  private static String members(int count) {
    return IntStream.range(0, count).mapToObj(i -> "\"k" + i + "\":0").collect(Collectors.joining(","));
  }

  private static String quoted(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> "\"" + prefix + i + "\"").collect(Collectors.joining(","));
  }

  private static String repeatAuthors(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "{\"name\":\"Author " + i + "\",\"slug\":\"author-" + i + "\"},")
        .collect(Collectors.joining());
  }

  private static String repeatItems(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "{\"id\":\"i" + i + "\",\"headline\":\"Item " + i + "\",\"publishedAt\":\"2024-05-01T09:00:00Z\"},")
        .collect(Collectors.joining());
  }

  private static byte[] utf16(String text) {
    return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
  }

  /** One hostile document, the reader that reads it, and the outcome it must give. */
  static final class Row {
    final String name;
    final byte[] input;
    final Class<?> type;
    MastheadJson reader;
    Expected expected;

    Row(String name, byte[] input, Class<?> type, MastheadJson reader) {
      this.name = name;
      this.input = input;
      this.type = type;
      this.reader = reader;
    }

    Row with(MastheadJson reader) {
      this.reader = reader;
      return this;
    }

    Object read() {
      return reader.reader(type).read(input);
    }

    Row malformed(String code, String pointer) {
      expected = new Malformed(code, pointer, true, 0, 0);
      return this;
    }

    Row malformedAt(String code, String pointer, int line, int column) {
      expected = new Malformed(code, pointer, true, line, column);
      return this;
    }

    Row malformedUnlocated(String code, String pointer) {
      expected = new Malformed(code, pointer, false, 0, 0);
      return this;
    }

    /** Expects exactly these violations, given as pointer and code pairs in report order. */
    Row invalid(String... pointersAndCodes) {
      List<Tuple> violations = new ArrayList<>();
      for (int i = 0; i < pointersAndCodes.length; i += 2) {
        violations.add(tuple(pointersAndCodes[i], pointersAndCodes[i + 1]));
      }
      expected = new Invalid(violations);
      return this;
    }

    Row accepted(Consumer<Article> check) {
      expected = new Accepted(check);
      return this;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What a row must give. */
  interface Expected {
    void verify(Throwable thrown, Object result);
  }

  /** A {@link MalformedJsonException} with this code and pointer, at a known place when located. */
  record Malformed(String code, String pointer, boolean located, int line, int column) implements Expected {
    @Override
    public void verify(Throwable thrown, Object result) {
      assertThat(thrown).isInstanceOf(MalformedJsonException.class);
      MalformedJsonException e = (MalformedJsonException) thrown;
      assertThat(e.code()).as("code of %s", e.getMessage()).isEqualTo(code);
      assertThat(e.pointer()).as("pointer of %s", e.getMessage()).isEqualTo(pointer);
      if (located) {
        assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
        assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
      }
      if (line > 0) {
        assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(line);
        assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(column);
      }
      assertThat(e.detail()).isNotBlank();
    }
  }

  /** An {@link InvalidContentException} with exactly these violations. */
  record Invalid(List<Tuple> violations) implements Expected {
    @Override
    public void verify(Throwable thrown, Object result) {
      assertThat(thrown).isInstanceOf(InvalidContentException.class);
      assertThat(((InvalidContentException) thrown).violations())
          .extracting(Violation::pointer, Violation::code)
          .containsExactlyElementsOf(violations);
    }
  }

  /** No exception, and a value that passes the check. */
  record Accepted(Consumer<Article> check) implements Expected {
    @Override
    public void verify(Throwable thrown, Object result) {
      assertThat(thrown).as("exception").isNull();
      assertThat(result).isInstanceOf(Article.class);
      check.accept((Article) result);
    }
  }
}
