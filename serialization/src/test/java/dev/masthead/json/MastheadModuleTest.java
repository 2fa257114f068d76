package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
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
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import dev.masthead.wire.testing.MalformedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/** The wire format through an application's own Jackson mapper with the module added. */
class MastheadModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new MastheadModule()).build();

  /** Every public type and the exact compact text of its wire form. */
  static Stream<Arguments> wireForms() {
    return Stream.of(
        Arguments.of("article", Samples.article(), Samples.ARTICLE),
        Arguments.of("minimal draft article", Samples.minimalArticle(),
            "{\"id\":\"draft-1\",\"slug\":\"draft\",\"headline\":\"Draft\",\"language\":\"en\",\"status\":\"draft\"}"),
        Arguments.of("article with every property", Samples.fullArticle(), FULL_ARTICLE),
        Arguments.of("author with a name and slug only", Author.of("Jane Doe", "jane-doe"),
            "{\"name\":\"Jane Doe\",\"slug\":\"jane-doe\",\"kind\":\"person\"}"),
        Arguments.of("organization author", Author.builder("Example News Agency", "example-news-agency")
                .kind(AuthorKind.ORGANIZATION).build(),
            "{\"name\":\"Example News Agency\",\"slug\":\"example-news-agency\",\"kind\":\"organization\"}"),
        Arguments.of("credit", Credit.of(Credit.PHOTO, "A. Smith", "Example Agency"),
            "{\"role\":\"photo\",\"name\":\"A. Smith\",\"organization\":\"Example Agency\"}"),
        Arguments.of("credit of an organization only", Credit.of(Credit.EDITING, null, "Copy Desk"),
            "{\"role\":\"editing\",\"organization\":\"Copy Desk\"}"),
        Arguments.of("image with nothing known yet", Image.builder().build(), "{}"),
        Arguments.of("image", Samples.article().leadImage(),
            "{\"url\":\"https://cdn.example.com/img/council.jpg\",\"altText\":\"Councillors vote in the chamber\","
                + "\"width\":1200,\"height\":800,"
                + "\"credit\":{\"role\":\"photo\",\"name\":\"A. Smith\",\"organization\":\"Example Agency\"}}"),
        Arguments.of("paragraph", Paragraph.of("Plain."), "{\"type\":\"paragraph\",\"text\":\"Plain.\"}"),
        Arguments.of("paragraph with a link", Paragraph.of("Read it.", Link.of(0, 4, "https://news.example.com/a")),
            "{\"type\":\"paragraph\",\"text\":\"Read it.\",\"links\":[{\"start\":0,\"end\":4,\"href\":\"https://news.example.com/a\"}]}"),
        Arguments.of("heading", Heading.of(2, "Costs"), "{\"type\":\"heading\",\"level\":2,\"text\":\"Costs\"}"),
        Arguments.of("quote", Quote.of("Yes.", "The mayor"), "{\"type\":\"quote\",\"text\":\"Yes.\",\"attribution\":\"The mayor\"}"),
        Arguments.of("quote without attribution", Quote.of("Yes."), "{\"type\":\"quote\",\"text\":\"Yes.\"}"),
        Arguments.of("unordered list", ListBlock.of(false, "One", "Two"),
            "{\"type\":\"list\",\"ordered\":false,\"items\":[\"One\",\"Two\"]}"),
        Arguments.of("image block", ImageBlock.of(Image.builder().url("https://cdn.example.com/a.jpg").build()),
            "{\"type\":\"image\",\"image\":{\"url\":\"https://cdn.example.com/a.jpg\"}}"),
        Arguments.of("divider", Divider.of(), "{\"type\":\"divider\"}"),
        Arguments.of("link", Link.of(4, 11, "https://news.example.com/council"),
            "{\"start\":4,\"end\":11,\"href\":\"https://news.example.com/council\"}"),
        Arguments.of("ticker", Samples.ticker(), Samples.TICKER),
        Arguments.of("empty ticker", Ticker.of("home", "News Ticker"), "{\"id\":\"home\",\"label\":\"News Ticker\"}"),
        Arguments.of("ticker item of normal priority",
            TickerItem.builder("t2", "Rain on Thursday", Instant.parse("2024-05-01T07:45:00.5Z")).build(),
            "{\"id\":\"t2\",\"headline\":\"Rain on Thursday\",\"priority\":\"normal\",\"publishedAt\":\"2024-05-01T07:45:00.500Z\"}"),
        Arguments.of("ticker item", Samples.breakingItem(),
            "{\"id\":\"t1\",\"headline\":\"Council approves budget\",\"url\":\"https://news.example.com/politics/budget\","
                + "\"articleId\":\"art-2024-000123\",\"priority\":\"breaking\",\"publishedAt\":\"2024-05-01T10:00:00Z\","
                + "\"expiresAt\":\"2024-05-01T18:00:00Z\"}"));
  }

  private static final String FULL_ARTICLE =
      "{\"id\":\"art-2024-000124\",\"slug\":\"riverton-council-approves-2025-budget\",\"kicker\":\"City Hall\","
          + "\"headline\":\"Riverton council approves \u00a3412m budget\","
          + "\"subheadline\":\"Every branch library stays open\","
          + "\"summary\":\"The budget passed 31\u201312 shortly after 1 a.m.\","
          + "\"body\":["
          + "{\"type\":\"paragraph\",\"text\":\"Budget passed \uD83C\uDF89 Read \\\"the plan\\\" at C:\\\\budget.\\nThen vote.\","
          + "\"links\":[{\"start\":16,\"end\":20,\"href\":\"https://council.example.org/budget/2025\"}]},"
          + "{\"type\":\"heading\",\"level\":3,\"text\":\"What the budget pays for\"},"
          + "{\"type\":\"list\",\"ordered\":false,\"items\":[\"\u00a338m for roads\",\"\u00a312m for libraries\"]},"
          + "{\"type\":\"quote\",\"text\":\"This budget keeps every library open.\",\"attribution\":\"Dana Whitfield, mayor\"},"
          + "{\"type\":\"quote\",\"text\":\"No attribution here.\"},"
          + "{\"type\":\"image\",\"image\":{\"url\":\"https://cdn.example.com/img/bridge.jpg\"}},"
          + "{\"type\":\"divider\"}],"
          + "\"authors\":["
          + "{\"name\":\"Jane Doe\",\"slug\":\"jane-doe\",\"kind\":\"person\","
          + "\"bio\":\"Jane covers City Hall.\\nShe has done so since 2019.\",\"jobTitle\":\"City Hall reporter\","
          + "\"articleCount\":0,\"url\":\"https://news.example.com/authors/jane-doe\","
          + "\"avatarUrl\":\"https://cdn.example.com/avatars/jane-doe.jpg\","
          + "\"sameAs\":[\"https://social.example.org/@janedoe\",\"https://other.example.net/janedoe\"],"
          + "\"email\":\"jane.doe@news.example.com\"},"
          + "{\"name\":\"\u0646\u06cc\u0644\u0648\u0641\u0631 \u062d\u0645\u06cc\u062f\u06cc\u200c\u0646\u0698\u0627\u062f\","
          + "\"slug\":\"niloufar-hamidinejad\",\"kind\":\"person\"},"
          + "{\"name\":\"Example News Agency\",\"slug\":\"example-news-agency\",\"kind\":\"organization\"}],"
          + "\"credits\":[{\"role\":\"additional_reporting\",\"name\":\"Tom\u00e1s Ibarra\"},"
          + "{\"role\":\"graphic\",\"name\":\"Mei Lin\",\"organization\":\"Riverton Gazette\","
          + "\"text\":\"Graphic: Mei Lin/Riverton Gazette\",\"copyrightNotice\":\"\u00a9 2024 Riverton Gazette Ltd.\","
          + "\"license\":\"https://news.example.com/licensing\"}],"
          + "\"leadImage\":{\"url\":\"https://cdn.example.com/img/chamber.jpg\",\"altText\":\"Councillors raise their hands\","
          + "\"caption\":\"The vote in \\\"the Drum\\\".\",\"width\":2400,\"height\":1600,"
          + "\"credit\":{\"role\":\"photo\",\"name\":\"Sam Okafor\",\"organization\":\"Riverton Gazette\"}},"
          + "\"section\":\"politics\",\"tags\":[\"budget\",\"city council\"],\"language\":\"en-GB\","
          + "\"dateline\":\"RIVERTON\",\"status\":\"withdrawn\",\"publishedAt\":\"2024-05-01T06:30:00.250Z\","
          + "\"updatedAt\":\"2024-05-01T09:15:42.000000001Z\",\"embargoedUntil\":\"2024-05-01T06:00:00Z\","
          + "\"expiresAt\":\"2026-05-01T00:00:00.000001Z\","
          + "\"canonicalUrl\":\"https://news.example.com/politics/2024/05/01/budget\"}";

  @ParameterizedTest(name = "{0}")
  @MethodSource("wireForms")
  void writes_the_wire_format(String name, Object value, String json) {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wireForms")
  void reads_the_wire_format_back_to_an_equal_value(String name, Object value, String json) {
    Class<?> type = value instanceof Block ? Block.class : value.getClass();
    assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wireForms")
  void writes_what_the_facade_writes(String name, Object value, String json) {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(MastheadJson.standard().write(value));
  }

  @Test
  void reads_each_block_kind_as_its_own_type() {
    assertThat(MAPPER.readValue("{\"type\":\"heading\",\"level\":2,\"text\":\"Costs\"}", Block.class))
        .isEqualTo(Heading.of(2, "Costs"));
    assertThat(MAPPER.readValue("{\"text\":\"Costs\",\"level\":2,\"type\":\"heading\"}", Block.class))
        .as("type need not come first")
        .isEqualTo(Heading.of(2, "Costs"));
    assertThat(MAPPER.readValue("{\"type\":\"divider\"}", Block.class)).isEqualTo(Divider.of());
  }

  /** An application's own type that declares one kind of block. */
  public record Section(Heading heading, Paragraph lead) {}

  @Test
  void reads_a_property_declared_as_one_block_kind_without_coercion() {
    String json = "{\"heading\":{\"type\":\"heading\",\"level\":2,\"text\":\"Costs\"},"
        + "\"lead\":{\"type\":\"paragraph\",\"text\":\"Plain.\"}}";

    assertThat(MAPPER.readValue(json, Section.class)).isEqualTo(new Section(Heading.of(2, "Costs"), Paragraph.of("Plain.")));
    assertThat(MAPPER.writeValueAsString(new Section(Heading.of(2, "Costs"), Paragraph.of("Plain.")))).isEqualTo(json);
    JacksonException coerced = catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue("{\"type\":\"heading\",\"level\":\"2\",\"text\":\"Costs\"}", Heading.class));
    JacksonException otherKind = catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue(json.replace("\"type\":\"heading\"", "\"type\":\"paragraph\""), Section.class));
    assertThat(coerced.getMessage()).contains("must be an integer, not a string");
    assertThat(otherKind.getMessage()).contains("block type must be heading, not paragraph").contains("/heading/type");
    assertThat(otherKind.getPath()).extracting(JacksonException.Reference::getPropertyName).containsExactly("heading");
  }

  @Test
  void writes_timestamps_in_utc_with_z() {
    Instant published = OffsetDateTime.parse("2024-05-01T12:00:00+02:00").toInstant();
    Article article = Samples.article().withPublishedAt(published).withUpdatedAt(published);

    assertThat(MAPPER.writeValueAsString(article))
        .contains("\"publishedAt\":\"2024-05-01T10:00:00Z\"")
        .doesNotContain("+02:00");
  }

  @Test
  void reads_an_offset_and_writes_it_back_as_z() {
    String json = Samples.article("\"publishedAt\":\"2024-05-01T10:00:00Z\"", "\"publishedAt\":\"2024-05-01T12:00:00+02:00\"");

    Article article = MAPPER.readValue(json, Article.class);

    assertThat(article.publishedAt()).isEqualTo(Samples.PUBLISHED_AT);
    assertThat(MAPPER.writeValueAsString(article)).isEqualTo(Samples.ARTICLE);
  }

  @Test
  void writes_enums_in_lower_case() {
    Article article = Samples.minimalArticle();

    assertThat(MAPPER.writeValueAsString(article.withStatus(ArticleStatus.PUBLISHED))).contains("\"status\":\"published\"");
    assertThat(MAPPER.writeValueAsString(Samples.breakingItem().toBuilder().priority(TickerPriority.URGENT).build()))
        .contains("\"priority\":\"urgent\"");
  }

  @Test
  void reads_absent_defaults() {
    Article article = MAPPER.readValue("{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\"}", Article.class);
    Author author = MAPPER.readValue("{\"name\":\"Jane Doe\",\"slug\":\"jane-doe\"}", Author.class);
    TickerItem item = MAPPER.readValue("{\"id\":\"t\",\"headline\":\"T\",\"publishedAt\":\"2024-05-01T10:00:00Z\"}", TickerItem.class);

    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.body()).isEmpty();
    assertThat(article.tags()).isEmpty();
    assertThat(author.kind()).isEqualTo(AuthorKind.PERSON);
    assertThat(item.priority()).isEqualTo(TickerPriority.NORMAL);
  }

  @Test
  void is_found_by_find_and_add_modules() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(MastheadModule.class);
    assertThat(mapper.writeValueAsString(Samples.article())).isEqualTo(Samples.ARTICLE);
    assertThat(mapper.readValue(Samples.ARTICLE, Article.class)).isEqualTo(Samples.article());
  }

  @Test
  void names_itself_and_its_version() {
    MastheadModule module = new MastheadModule();

    assertThat(module.getModuleName()).isEqualTo("masthead");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getGroupId()).isEqualTo("dev.masthead");
    assertThat(module.version().getArtifactId()).isEqualTo("masthead-serialization");
  }

  /** An application's own request type that holds Masthead values. */
  public record Envelope(String requestId, Article article, List<Block> extras, Ticker ticker) {}

  @Test
  void writes_and_reads_masthead_values_inside_an_application_record() {
    Envelope envelope = new Envelope("r-1", Samples.article(), List.of(Divider.of(), Heading.of(2, "More")), Samples.ticker());

    String json = MAPPER.writeValueAsString(envelope);

    assertThat(json).isEqualTo("{\"requestId\":\"r-1\",\"article\":" + Samples.ARTICLE
        + ",\"extras\":[{\"type\":\"divider\"},{\"type\":\"heading\",\"level\":2,\"text\":\"More\"}],"
        + "\"ticker\":" + Samples.TICKER + "}");
    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void leaves_the_parser_after_the_value_for_the_application_to_continue() {
    String json = "{\"article\":" + Samples.ARTICLE + ",\"extras\":[],\"requestId\":\"r-2\",\"ticker\":null}";

    Envelope envelope = MAPPER.readValue(json, Envelope.class);

    assertThat(envelope.requestId()).isEqualTo("r-2");
    assertThat(envelope.article()).isEqualTo(Samples.article());
    assertThat(MAPPER.readValue("[" + Samples.ARTICLE + "," + Samples.ARTICLE + "]", new TypeReference<List<Article>>() {}))
        .containsExactly(Samples.article(), Samples.article());
  }

  @Test
  void reports_bad_input_inside_an_application_record_as_a_jackson_exception_with_its_path() {
    String json = "{\"requestId\":\"r-3\",\"article\":" + Samples.article(
        "\"headline\":\"City council approves 2025 budget\"", "\"headline\":412") + "}";

    JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("/article/headline").contains("must be a string, not an integer");
    assertThat(e.getPath()).extracting(JacksonException.Reference::getPropertyName).containsExactly("article");
    assertThat(e.getLocation()).isNotNull();
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
  }

  @Test
  void reports_an_unknown_block_type_inside_an_application_record() {
    String json = "{\"extras\":[{\"type\":\"divider\"},{\"type\":\"java.lang.Runtime\"}]}";

    JacksonException e = catchThrowableOfType(JacksonException.class, () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("unknown block type").contains("/extras/1/type");
    assertThat(e.getPathReference()).contains("extras");
  }

  @Test
  void reports_duplicate_keys_and_coercion_as_the_facade_does() {
    JacksonException duplicate = catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue("{\"name\":\"A\",\"name\":\"B\",\"slug\":\"a\"}", Author.class));
    JacksonException coerced = catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue("{\"name\":\"A\",\"slug\":\"a\",\"articleCount\":\"412\"}", Author.class));

    assertThat(duplicate.getMessage()).contains("duplicate key \"name\"");
    assertThat(coerced.getMessage()).contains("must be an integer, not a string").contains("/articleCount");
  }

  @Test
  void reads_without_validating() {
    String json = Samples.article("\"headline\":\"City council approves 2025 budget\"", "\"headline\":\" \"");

    assertThat(MAPPER.readValue(json, Article.class).headline()).isEqualTo(" ");
  }

  @Test
  void reports_a_failure_as_a_databind_exception_caused_by_a_malformed_json_exception() {
    String json = "{\"requestId\":\"r-3\",\"article\":" + Samples.article("\"articleCount\":412", "\"articleCount\":\"412\"") + "}";

    DatabindException e = catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e.getCause()).isInstanceOf(MalformedJsonException.class);
    MalformedJsonException cause = (MalformedJsonException) e.getCause();
    assertThat(cause.code()).isEqualTo(MalformedJsonException.WRONG_TYPE);
    assertThat(cause.pointer()).isEqualTo("/article/authors/0/articleCount");
    assertThat(cause.detail()).isEqualTo("must be an integer, not a string");
    assertThat(cause.line()).isEqualTo(1);
    assertThat(cause.column()).isEqualTo(json.indexOf("\"412\"") + 1);
  }

  static Stream<Arguments> lowered() {
    String article = Samples.ARTICLE;
    String twoAuthors = article.replace("\"authors\":[", "\"authors\":[{\"name\":\"John Roe\",\"slug\":\"john-roe\"},");
    int size = article.getBytes(StandardCharsets.UTF_8).length;
    return Stream.of(
        Arguments.of("maxDocumentBytes", (UnaryOperator<MastheadModule.Builder>) b -> b.maxDocumentBytes(size - 1),
            article, MalformedJsonException.DOCUMENT_TOO_LARGE, ""),
        Arguments.of("maxDepth", (UnaryOperator<MastheadModule.Builder>) b -> b.maxDepth(2),
            article, MalformedJsonException.TOO_DEEP, "/body/0"),
        Arguments.of("maxStringLength", (UnaryOperator<MastheadModule.Builder>) b -> b.maxStringLength(10),
            article, MalformedJsonException.STRING_TOO_LONG, "/id"),
        Arguments.of("maxNumberLength", (UnaryOperator<MastheadModule.Builder>) b -> b.maxNumberLength(2),
            article, MalformedJsonException.NUMBER_TOO_LONG, "/authors/0/articleCount"),
        Arguments.of("maxNameLength", (UnaryOperator<MastheadModule.Builder>) b -> b.maxNameLength(5),
            article, MalformedJsonException.NAME_TOO_LONG, ""),
        Arguments.of("maxTokens", (UnaryOperator<MastheadModule.Builder>) b -> b.maxTokens(20),
            article, MalformedJsonException.TOO_MANY_TOKENS, "/body/0/links/0/end"),
        Arguments.of("maxBlocks", (UnaryOperator<MastheadModule.Builder>) b -> b.maxBlocks(1),
            article, MalformedJsonException.TOO_MANY_ELEMENTS, "/body/1"),
        Arguments.of("maxAuthors", (UnaryOperator<MastheadModule.Builder>) b -> b.maxAuthors(1),
            twoAuthors, MalformedJsonException.TOO_MANY_ELEMENTS, "/authors/1"),
        Arguments.of("maxTags", (UnaryOperator<MastheadModule.Builder>) b -> b.maxTags(1),
            article, MalformedJsonException.TOO_MANY_ELEMENTS, "/tags/1"),
        Arguments.of("maxTickerItems", (UnaryOperator<MastheadModule.Builder>) b -> b.maxTickerItems(1),
            Samples.TICKER.replace("\"items\":[", "\"items\":[{\"id\":\"t0\",\"headline\":\"Earlier\","
                + "\"publishedAt\":\"2024-05-01T09:00:00Z\"},"), MalformedJsonException.TOO_MANY_ELEMENTS, "/items/1"),
        Arguments.of("maxElements", (UnaryOperator<MastheadModule.Builder>) b -> b.maxElements(1),
            article, MalformedJsonException.TOO_MANY_ELEMENTS, "/body/2/items/1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lowered")
  void holds_each_limit_set_on_the_builder_whatever_the_mapper_allows(
      String limit, UnaryOperator<MastheadModule.Builder> set, String json, String code, String pointer) {
    JsonMapper limited = JsonMapper.builder().addModule(set.apply(MastheadModule.builder()).build()).build();
    Class<?> type = json.startsWith("{\"id\":\"home\"") ? Ticker.class : Article.class;

    DatabindException e = catchThrowableOfType(DatabindException.class, () -> limited.readValue(json, type));

    assertThat(e).as(limit).isNotNull();
    assertThat(e.getCause()).isInstanceOf(MalformedJsonException.class);
    MalformedJsonException cause = (MalformedJsonException) e.getCause();
    assertThat(cause.code()).as(cause.getMessage()).isEqualTo(code);
    assertThat(cause.pointer()).as(cause.getMessage()).isEqualTo(pointer);
    // The same document within the limits of MastheadJson, and of the default module.
    assertThat(MAPPER.readValue(json, type)).isNotNull();
  }

  @Test
  void refuses_limits_below_one() {
    assertThatThrownBy(() -> MastheadModule.builder().maxTokens(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokens must be at least 1");
  }

  @Test
  void refuses_a_21_mb_article_through_a_plain_mapper_without_reading_it_all() {
    byte[] json = hugeArticle(21_000_000);
    CountingInputStream in = new CountingInputStream(json);
    JsonMapper plain = JsonMapper.builder().addModule(new MastheadModule()).build();

    DatabindException e = catchThrowableOfType(DatabindException.class, () -> plain.readValue(in, Article.class));

    assertThat(e.getCause()).isInstanceOf(MalformedJsonException.class);
    MalformedJsonException cause = (MalformedJsonException) e.getCause();
    assertThat(cause.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE);
    assertThat(cause.detail()).isEqualTo("document is larger than the limit of 10000000 bytes");
    assertThat(cause.line()).isEqualTo(1);
    // Refused at the first token that ends past 10,000,000 bytes: at most one paragraph further.
    assertThat(cause.column()).isBetween(9_990_000, 10_011_000);
    assertThat(in.read).as("bytes read of %s", json.length).isLessThan(10_100_000);
  }

  /** An article of about {@code bytes} bytes: paragraphs of 10,000 characters. */
  static byte[] hugeArticle(int bytes) {
    String paragraph = "{\"type\":\"paragraph\",\"text\":\"" + "a".repeat(10_000) + "\"}";
    int body = Samples.ARTICLE.indexOf("\"body\":[") + 8;
    StringBuilder json = new StringBuilder(bytes + 20_000).append(Samples.ARTICLE, 0, body);
    while (json.length() < bytes) {
      json.append(paragraph).append(',');
    }
    json.append(Samples.ARTICLE.substring(body));
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Counts the bytes a reader takes. */
  private static final class CountingInputStream extends InputStream {
    private final ByteArrayInputStream in;
    long read;

    CountingInputStream(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      int b = in.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = in.read(buffer, offset, length);
      read += Math.max(0, n);
      return n;
    }
  }

  @Test
  void reads_the_shared_base_article_as_the_samples_do() {
    assertThat(MalformedInput.ARTICLE).isEqualTo(Samples.ARTICLE);
    assertThat(MalformedInput.TICKER).isEqualTo(Samples.TICKER);
  }
}
