package dev.masthead.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.UnknownBlock;
import dev.masthead.wire.UnknownContent;
import dev.masthead.wire.testing.MalformedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The wire format through a plain Jackson 2 {@link ObjectMapper} with the module registered. */
class MastheadJackson2ModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new MastheadJackson2Module());
  /** The golden files of the Jackson 3 module, shared rather than copied: they pin one format for both lines. */
  private static final Path GOLDEN = Path.of("..", "serialization", "src", "test", "resources", "golden");
  /** MastheadJson's canonical pretty form: two-space indentation, "name": value, a final newline. */
  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static List<Path> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  private static Class<?> type(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith("article")) {
      return Article.class;
    }
    if (name.startsWith("block-")) {
      return Block.class;
    }
    if (name.startsWith("image")) {
      return Image.class;
    }
    switch (name) {
      case "ticker.json": return Ticker.class;
      case "ticker-item.json": return TickerItem.class;
      case "author.json": return Author.class;
      case "credit.json": return Credit.class;
      default: throw new IllegalArgumentException("no type for golden file " + name);
    }
  }

  @Test
  void finds_every_golden_file_of_the_jackson_3_module() throws IOException {
    assertThat(goldenFiles()).extracting(file -> file.getFileName().toString())
        .contains("article-full.json", "article-minimal.json", "ticker.json", "block-paragraph.json")
        .hasSizeGreaterThanOrEqualTo(13);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void writes_every_golden_file_byte_for_byte_and_reads_it_back(Path file) throws IOException {
    String golden = Files.readString(file, StandardCharsets.UTF_8);
    Object value = MAPPER.readValue(golden, type(file));

    assertThat(PRETTY.writeValueAsString(value) + "\n").isEqualTo(golden);
    String compact = MAPPER.writeValueAsString(value);
    assertThat(compact).isEqualTo(MAPPER.readTree(golden).toString());
    assertThat(MAPPER.readValue(compact, type(file))).isEqualTo(value);
  }

  @Test
  void is_found_by_find_and_register_modules() throws IOException {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();

    assertThat(found.getRegisteredModuleIds()).contains("masthead");
    Article article = found.readValue(MalformedInput.ARTICLE, Article.class);
    assertThat(found.writeValueAsString(article)).isEqualTo(MalformedInput.ARTICLE);
    try (InputStream services = MastheadJackson2Module.class.getModule()
        .getResourceAsStream("META-INF/services/" + Module.class.getName())) {
      assertThat(services).isNotNull();
      assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(MastheadJackson2Module.class.getName());
    }
    assertThat(MastheadJackson2Module.class.getModule().getDescriptor().provides())
        .anySatisfy(provides -> {
          assertThat(provides.service()).isEqualTo(Module.class.getName());
          assertThat(provides.providers()).containsExactly(MastheadJackson2Module.class.getName());
        });
  }

  @Test
  void keeps_a_module_with_other_limits_registered_before_the_modules_it_finds() {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(MastheadJackson2Module.builder().maxDepth(2).build())
        .findAndRegisterModules();

    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> mapper.readValue(MalformedInput.ARTICLE, Article.class));

    assertThat(e.code()).isEqualTo("too_deep");
  }

  @Test
  void runs_with_no_jackson_3_on_the_class_path() {
    assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("tools.jackson.core.JsonParser"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(MastheadJackson2Module.class.getModule().getDescriptor().requires())
        .extracting(ModuleDescriptorName::of)
        .contains("com.fasterxml.jackson.databind", "dev.masthead.wire")
        .noneMatch(name -> name.startsWith("tools.jackson"));
  }

  /** Names a module requirement, for assertions. */
  private static final class ModuleDescriptorName {
    static String of(java.lang.module.ModuleDescriptor.Requires requires) {
      return requires.name();
    }
  }

  static List<MalformedInput.Case> malformed() {
    return MalformedInput.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void refuses_the_shared_hostile_table_with_its_codes_and_pointers(MalformedInput.Case row) {
    byte[] json = row.json().getBytes(StandardCharsets.UTF_8);
    Class<?> type = row.ticker() ? Ticker.class : Article.class;

    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> MAPPER.readValue(json, type));

    assertThat(e).as(row.name()).isNotNull();
    assertThat(e.code()).as(e.getMessage()).isEqualTo(row.code());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(row.pointer());
    assertThat(e.line()).as(e.getMessage()).isEqualTo(1);
    if (row.column() > 0) {
      assertThat(e.column()).as(e.getMessage()).isEqualTo(row.column());
    }
    assertThat(e.detail()).isNotBlank();
    assertThat(e).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void reads_null_lists_as_empty_and_null_optional_objects_as_absent() throws IOException {
    String json = MalformedInput.ARTICLE.replace("\"tags\":[\"budget\",\"council\"]", "\"tags\":null")
        .replace("\"credit\":{\"role\":\"photo\",\"name\":\"A. Smith\",\"organization\":\"Example Agency\"}",
            "\"credit\":null");

    Article article = MAPPER.readValue(json, Article.class);

    assertThat(article.tags()).isEmpty();
    assertThat(article.leadImage()).isNotNull();
    assertThat(article.leadImage().credit()).isNull();
  }

  /** An application's own type that holds Masthead values. */
  public record Envelope(String requestId, Article article, List<Block> extras) {}

  @Test
  void reads_and_writes_masthead_values_inside_an_application_record() throws IOException {
    String json = "{\"requestId\":\"r-1\",\"article\":" + MalformedInput.ARTICLE
        + ",\"extras\":[{\"type\":\"heading\",\"level\":2,\"text\":\"More\"}]}";

    Envelope envelope = MAPPER.readValue(json, Envelope.class);

    assertThat(envelope.article().headline()).isEqualTo("City council approves 2025 budget");
    assertThat(envelope.extras()).containsExactly(Heading.of(2, "More"));
    assertThat(MAPPER.writeValueAsString(envelope)).isEqualTo(json);
  }

  @Test
  void points_from_the_root_of_the_application_document() {
    String json = "{\"requestId\":\"r-3\",\"article\":" + MalformedInput.ARTICLE.replace(
        "\"articleCount\":412", "\"articleCount\":\"412\"") + "}";

    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e.code()).isEqualTo("wrong_type");
    assertThat(e.pointer()).isEqualTo("/article/authors/0/articleCount");
    assertThat(e.detail()).isEqualTo("must be an integer, not a string");
    assertThat(e.column()).isEqualTo(json.indexOf("\"412\"") + 1);
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("article");
  }

  @Test
  void answers_a_syntax_error_inside_a_value_with_masthead_code_and_place() {
    String truncated = MalformedInput.ARTICLE.substring(0, MalformedInput.ARTICLE.indexOf("\"authors\"") + 12);
    String badToken = MalformedInput.ARTICLE.replace("\"articleCount\":412", "\"articleCount\":412x");

    MastheadMappingException eof = catchThrowableOfType(MastheadMappingException.class,
        () -> MAPPER.readValue(truncated, Article.class));
    MastheadMappingException token = catchThrowableOfType(MastheadMappingException.class,
        () -> MAPPER.readValue(badToken, Article.class));

    assertThat(eof.code()).isEqualTo("syntax");
    assertThat(eof.detail()).startsWith("malformed JSON: ");
    assertThat(eof.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
    assertThat(token.code()).isEqualTo("syntax");
    assertThat(token.pointer()).isEqualTo("/authors/0/articleCount");
    assertThat(token.line()).isEqualTo(1);
    assertThat(token.column()).isGreaterThan(badToken.indexOf("412x"));
  }

  @Test
  void reports_every_missing_required_property_of_a_value() {
    String json = MalformedInput.ARTICLE.replace("\"id\":\"art-2024-000123\",\"slug\":\"city-council-approves-budget\",", "");

    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> MAPPER.readValue(json, Article.class));

    assertThat(e.code()).isEqualTo("missing_property");
    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.detail()).isEqualTo("missing required properties: /id, /slug");
  }

  @Test
  void refuses_a_block_of_another_kind_for_a_property_of_one_kind() {
    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> MAPPER.readValue("{\"type\":\"paragraph\",\"text\":\"x\"}", Heading.class));

    assertThat(e.code()).isEqualTo("unknown_block_type");
    assertThat(e.detail()).isEqualTo("block type must be heading, not paragraph");
  }

  static Stream<Arguments> lowered() {
    String article = MalformedInput.ARTICLE;
    String twoAuthors = article.replace("\"authors\":[", "\"authors\":[{\"name\":\"John Roe\",\"slug\":\"john-roe\"},");
    int size = article.getBytes(StandardCharsets.UTF_8).length;
    return Stream.of(
        Arguments.of("maxDocumentBytes", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxDocumentBytes(size - 1),
            article, "document_too_large", ""),
        Arguments.of("maxDepth", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxDepth(2),
            article, "too_deep", "/body/0"),
        Arguments.of("maxStringLength", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxStringLength(10),
            article, "string_too_long", "/id"),
        Arguments.of("maxNumberLength", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxNumberLength(2),
            article, "number_too_long", "/authors/0/articleCount"),
        Arguments.of("maxNameLength", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxNameLength(5),
            article, "name_too_long", ""),
        Arguments.of("maxTokens", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxTokens(20),
            article, "too_many_tokens", "/body/0/links/0/end"),
        Arguments.of("maxBlocks", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxBlocks(1),
            article, "too_many_elements", "/body/1"),
        Arguments.of("maxAuthors", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxAuthors(1),
            twoAuthors, "too_many_elements", "/authors/1"),
        Arguments.of("maxTags", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxTags(1),
            article, "too_many_elements", "/tags/1"),
        Arguments.of("maxTickerItems", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxTickerItems(1),
            MalformedInput.TICKER.replace("\"items\":[", "\"items\":[{\"id\":\"t0\",\"headline\":\"Earlier\","
                + "\"publishedAt\":\"2024-05-01T09:00:00Z\"},"), "too_many_elements", "/items/1"),
        Arguments.of("maxElements", (UnaryOperator<MastheadJackson2Module.Builder>) b -> b.maxElements(1),
            article, "too_many_elements", "/body/2/items/1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lowered")
  void holds_each_limit_set_on_the_builder(
      String limit, UnaryOperator<MastheadJackson2Module.Builder> set, String json, String code, String pointer)
      throws IOException {
    ObjectMapper limited = new ObjectMapper().registerModule(set.apply(MastheadJackson2Module.builder()).build());
    Class<?> type = json.startsWith("{\"id\":\"home\"") ? Ticker.class : Article.class;

    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> limited.readValue(json, type));

    assertThat(e).as(limit).isNotNull();
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    // The default module reads the same document.
    assertThat(MAPPER.readValue(json, type)).isNotNull();
  }

  @Test
  void reads_a_document_exactly_at_the_size_limit() throws IOException {
    int size = MalformedInput.ARTICLE.getBytes(StandardCharsets.UTF_8).length;
    ObjectMapper limited = new ObjectMapper()
        .registerModule(MastheadJackson2Module.builder().maxDocumentBytes(size).build());

    assertThat(limited.readValue(MalformedInput.ARTICLE, Article.class).headline())
        .isEqualTo("City council approves 2025 budget");
  }

  @Test
  void refuses_limits_below_one() {
    assertThatThrownBy(() -> MastheadJackson2Module.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be at least 1");
  }

  @Test
  void refuses_a_21_mb_article_at_the_size_limit_without_reading_it_all() {
    byte[] json = hugeArticle(21_000_000);
    CountingInputStream in = new CountingInputStream(json);

    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> MAPPER.readValue(in, Article.class));

    assertThat(e.code()).isEqualTo("document_too_large");
    assertThat(e.detail()).isEqualTo("document is larger than the limit of 10000000 bytes");
    assertThat(e.line()).isEqualTo(1);
    // Refused at the first token that ends past 10,000,000 bytes: at most one paragraph further.
    assertThat(e.column()).isBetween(9_990_000, 10_011_000);
    assertThat(in.read).as("bytes read of %s", json.length).isLessThan(10_100_000);
  }

  /** An article of about {@code bytes} bytes: paragraphs of 10,000 characters. */
  static byte[] hugeArticle(int bytes) {
    String paragraph = "{\"type\":\"paragraph\",\"text\":\"" + "a".repeat(10_000) + "\"}";
    StringBuilder json = new StringBuilder(bytes + 20_000).append(MalformedInput.ARTICLE, 0,
        MalformedInput.ARTICLE.indexOf("\"body\":[") + 8);
    while (json.length() < bytes) {
      json.append(paragraph).append(',');
    }
    json.append(MalformedInput.ARTICLE.substring(MalformedInput.ARTICLE.indexOf("\"body\":[") + 8));
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
  void keeps_an_unknown_block_when_told_and_writes_it_back_unchanged() throws JsonProcessingException {
    ObjectMapper keeping = new ObjectMapper()
        .registerModule(MastheadJackson2Module.builder().unknownContent(UnknownContent.KEEP).build());
    String video = "{\"type\":\"video\",\"src\":\"https://cdn.example.com/v.mp4\",\"seconds\":1e3,\"tags\":[1.50,null,true]}";
    String json = MalformedInput.ARTICLE.replace("\"body\":[", "\"body\":[" + video + ",");

    Article article = keeping.readValue(json, Article.class);

    assertThat(article.body().get(0)).isEqualTo(new UnknownBlock("video", video));
    assertThat(keeping.writeValueAsString(article)).isEqualTo(json);
    Throwable refused = catchThrowable(() -> MAPPER.readValue(json, Article.class));
    assertThat(refused).isInstanceOf(MastheadMappingException.class);
    assertThat(((MastheadMappingException) refused).code()).isEqualTo("unknown_block_type");
  }

  @Test
  void does_not_coerce_a_string_into_a_number_on_a_lenient_mapper() {
    ObjectMapper lenient = new ObjectMapper().registerModule(new MastheadJackson2Module())
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    MastheadMappingException e = catchThrowableOfType(MastheadMappingException.class,
        () -> lenient.readValue("{\"start\":\"4\",\"end\":11,\"href\":\"https://news.example.com/\"}",
            dev.masthead.model.Link.class));

    assertThat(e.code()).isEqualTo("wrong_type");
    assertThat(e.pointer()).isEqualTo("/start");
    assertThat(Paragraph.of("x").text()).isEqualTo("x");
  }
}
