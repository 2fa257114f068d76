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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    Object value = MastheadJson.standard().read(Files.readString(file), type);

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

  @Test
  void rejects_documents_of_the_wrong_shape() {
    assertThat(errors("{\"id\":\"a-1\"}", Article.class)).isNotEmpty();
    assertThat(errors("{\"id\":\"a-1\",\"slug\":\"a\",\"headline\":\"H\",\"language\":\"en\","
        + "\"body\":[{\"type\":\"video\"}]}", Article.class)).isNotEmpty();
    assertThat(errors("{\"id\":\"home\",\"label\":\"News Ticker\",\"items\":[{\"id\":\"t1\"}]}", Ticker.class))
        .isNotEmpty();
    assertThat(errors("{\"id\":\"a-1\",\"slug\":\"a\",\"headline\":\"H\",\"language\":\"en\","
        + "\"publishedAt\":1714557600}", Article.class)).isNotEmpty();
    // The definitions of the other types are checked too, not only the document roots.
    assertThat(errors("{\"slug\":\"jane-doe\"}", Author.class)).isNotEmpty();
    assertThat(errors("{\"id\":\"t1\",\"headline\":\"H\"}", TickerItem.class)).isNotEmpty();
  }

  @Test
  void ship_in_the_jar_with_their_ids() {
    assertThat(TREES.readTree(JsonSchemas.article()).get("$id").asString()).isEqualTo(JsonSchemas.ARTICLE_ID);
    assertThat(TREES.readTree(JsonSchemas.ticker()).get("$id").asString()).isEqualTo(JsonSchemas.TICKER_ID);
  }
}
