package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Rights;
import dev.masthead.model.Ticker;
import dev.masthead.model.UnknownBlock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module at the edges of its settings: unknown content kept or dropped, each limit held
 * exactly at its value and counted from where a nested value starts, every block kind declared on
 * its own, and values written among others.
 */
class ModuleEdgesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new MastheadModule()).build();
  /** The longest name is 8 characters, the longest string 5; 10 tokens; depth 1. */
  private static final String SMALL = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"Hello\",\"language\":\"en\"}";
  /** Depth 3: the article, its body, a block. */
  private static final String DEEP =
      "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\",\"body\":[{\"type\":\"divider\"}]}";
  private static final TypeReference<Map<String, Article>> NESTED = new TypeReference<>() {};

  private static JsonMapper mapper(UnaryOperator<MastheadModule.Builder> settings) {
    return JsonMapper.builder().addModule(settings.apply(MastheadModule.builder()).build()).build();
  }

  private static MalformedJsonException failure(Runnable read) {
    DatabindException e = catchThrowableOfType(DatabindException.class, read::run);
    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOf(MalformedJsonException.class);
    return (MalformedJsonException) e.getCause();
  }

  @Test
  void keeps_an_unknown_block_when_set_to_keep() {
    JsonMapper keeping = mapper(b -> b.unknownContent(UnknownContent.KEEP));

    Block block = keeping.readValue("{\"type\":\"poll\",\"votes\":2}", Block.class);

    assertThat(block).isEqualTo(new UnknownBlock("poll", "{\"type\":\"poll\",\"votes\":2}"));
  }

  @Test
  void drops_an_unknown_block_when_set_to_drop() {
    JsonMapper dropping = mapper(b -> b.unknownContent(UnknownContent.DROP));

    Article article = dropping.readValue(DEEP.replace("\"divider\"}]", "\"poll\"},{\"type\":\"divider\"}]"), Article.class);

    assertThat(article.body()).containsExactly(Divider.of());
  }

  @Test
  void refuses_an_unknown_block_when_set_to_refuse() {
    JsonMapper refusing = mapper(b -> b.unknownContent(UnknownContent.REFUSE));

    MalformedJsonException e = failure(() -> refusing.readValue("{\"type\":\"poll\"}", Block.class));

    assertThat(e.code()).isEqualTo(MalformedJsonException.UNKNOWN_BLOCK_TYPE);
  }

  static Stream<Arguments> exactLimits() {
    return Stream.of(
        Arguments.of("maxDocumentBytes", (UnaryOperator<MastheadModule.Builder>) b -> b.maxDocumentBytes(SMALL.length()),
            (UnaryOperator<MastheadModule.Builder>) b -> b.maxDocumentBytes(SMALL.length() - 1),
            MalformedJsonException.DOCUMENT_TOO_LARGE),
        Arguments.of("maxNameLength", (UnaryOperator<MastheadModule.Builder>) b -> b.maxNameLength(8),
            (UnaryOperator<MastheadModule.Builder>) b -> b.maxNameLength(7), MalformedJsonException.NAME_TOO_LONG),
        Arguments.of("maxStringLength", (UnaryOperator<MastheadModule.Builder>) b -> b.maxStringLength(5),
            (UnaryOperator<MastheadModule.Builder>) b -> b.maxStringLength(4), MalformedJsonException.STRING_TOO_LONG),
        Arguments.of("maxTokens", (UnaryOperator<MastheadModule.Builder>) b -> b.maxTokens(10),
            (UnaryOperator<MastheadModule.Builder>) b -> b.maxTokens(9), MalformedJsonException.TOO_MANY_TOKENS),
        Arguments.of("maxDepth", (UnaryOperator<MastheadModule.Builder>) b -> b.maxDepth(1),
            null, MalformedJsonException.TOO_DEEP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exactLimits")
  void reads_a_value_exactly_at_a_limit_and_refuses_it_one_below(
      String limit, UnaryOperator<MastheadModule.Builder> at, UnaryOperator<MastheadModule.Builder> below, String code) {
    assertThat(mapper(at).readValue(SMALL, Article.class).headline()).as(limit).isEqualTo("Hello");
    if (below != null) {
      assertThat(failure(() -> mapper(below).readValue(SMALL, Article.class)).code()).as(limit).isEqualTo(code);
    }
  }

  @Test
  void counts_depth_from_the_value_at_the_root_and_inside_another_document() {
    JsonMapper three = mapper(b -> b.maxDepth(3));
    JsonMapper two = mapper(b -> b.maxDepth(2));
    String nested = "{\"article\":" + DEEP + "}";

    assertThat(three.readValue(DEEP, Article.class).body()).containsExactly(Divider.of());
    assertThat(three.readValue(nested, NESTED).get("article").body()).containsExactly(Divider.of());
    MalformedJsonException root = failure(() -> two.readValue(DEEP, Article.class));
    MalformedJsonException inside = failure(() -> two.readValue(nested, NESTED));
    assertThat(root.code()).isEqualTo(MalformedJsonException.TOO_DEEP);
    assertThat(root.pointer()).isEqualTo("/body/0");
    assertThat(inside.code()).isEqualTo(MalformedJsonException.TOO_DEEP);
    assertThat(inside.pointer()).isEqualTo("/article/body/0");
  }

  @Test
  void counts_size_from_where_a_value_starts_inside_another_document() {
    String nested = "{\"article\":" + SMALL + "}";
    JsonMapper exact = mapper(b -> b.maxDocumentBytes(SMALL.length()));
    JsonMapper under = mapper(b -> b.maxDocumentBytes(SMALL.length() - 1));

    assertThat(exact.readValue(nested, NESTED).get("article").headline()).isEqualTo("Hello");
    assertThat(failure(() -> under.readValue(nested, NESTED)).code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE);
  }

  static Stream<Arguments> otherKinds() {
    return Stream.of(
        Arguments.of(Paragraph.class, "{\"type\":\"heading\",\"level\":2,\"text\":\"x\"}", "paragraph"),
        Arguments.of(Heading.class, "{\"type\":\"quote\",\"text\":\"x\"}", "heading"),
        Arguments.of(Quote.class, "{\"type\":\"paragraph\",\"text\":\"x\"}", "quote"),
        Arguments.of(ListBlock.class, "{\"type\":\"divider\"}", "list"),
        Arguments.of(ImageBlock.class, "{\"type\":\"list\",\"items\":[\"a\"]}", "image"),
        Arguments.of(Divider.class, "{\"type\":\"quote\",\"text\":\"x\"}", "divider"));
  }

  /** Without the module's reader, Jackson would read a record of that kind from any object. */
  @ParameterizedTest(name = "{2}")
  @MethodSource("otherKinds")
  void reads_a_value_declared_as_one_block_kind_with_the_module(Class<? extends Block> kind, String json, String name) {
    JsonMapper mapper = JsonMapper.builder().addModule(new MastheadModule()).build();

    MalformedJsonException e = failure(() -> mapper.readValue(json, kind));

    assertThat(e.code()).isEqualTo(MalformedJsonException.UNKNOWN_BLOCK_TYPE);
    assertThat(e.detail()).startsWith("block type must be " + name + ", not ");
  }

  @Test
  void writes_a_ticker_and_rights_among_other_values() {
    Rights rights = Rights.builder().copyrightHolder("Agency").build();
    Ticker ticker = Ticker.of("home", "News");

    assertThat(MAPPER.writeValueAsString(List.of(rights, rights)))
        .isEqualTo("[{\"copyrightHolder\":\"Agency\"},{\"copyrightHolder\":\"Agency\"}]");
    assertThat(MAPPER.writeValueAsString(List.of(ticker, ticker)))
        .isEqualTo("[{\"id\":\"home\",\"label\":\"News\"},{\"id\":\"home\",\"label\":\"News\"}]");
  }
}
