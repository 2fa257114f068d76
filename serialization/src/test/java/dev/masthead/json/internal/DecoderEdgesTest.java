package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Correction;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Ticker;
import dev.masthead.model.UnknownBlock;
import dev.masthead.wire.Decoder;
import dev.masthead.wire.ProblemCodes;
import dev.masthead.wire.ReadOptions;
import dev.masthead.wire.Token;
import dev.masthead.wire.TokenSink;
import dev.masthead.wire.TokenSource;
import dev.masthead.wire.UnknownContent;
import dev.masthead.wire.WireProblem;
import java.io.StringWriter;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The shared decoder over a Jackson parser, at the edges that the documents of the other tests do
 * not reach: how it maps pointers back into the document, what it says of a value that is not an
 * object, block kinds, unknown blocks at the element limit, quoted names and offsets.
 */
class DecoderEdgesTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final ReadOptions DROP = new ReadOptions(false, 10, 10, 10, 10, 10, UnknownContent.DROP);
  private static final ReadOptions KEEP_TWO = new ReadOptions(false, 10, 10, 10, 10, 2, UnknownContent.KEEP);
  private static final String HEAD = "\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\"";
  /** Two items in document order, the second of which comes first in display order. */
  private static final String TICKER = "{\"id\":\"home\",\"label\":\"News\",\"items\":["
      + "{\"id\":\"t1\",\"headline\":\"Later\",\"priority\":\"normal\",\"publishedAt\":\"2024-05-01T10:00:00Z\"},"
      + "{\"id\":\"t2\",\"headline\":\"Now\",\"priority\":\"breaking\",\"publishedAt\":\"2024-05-01T09:00:00Z\"}]}";

  /** A decoder standing at the first token of {@code json}. */
  private static Decoder decoder(String json, ReadOptions options) {
    JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json);
    parser.nextToken();
    return new Decoder(ParserSource.of(parser), options);
  }

  private static Decoder decoder(String json) {
    return decoder(json, ReadOptions.DEFAULT);
  }

  @Test
  void maps_pointers_past_dropped_blocks_to_their_place_in_the_document() {
    Decoder decoder = decoder("{" + HEAD + ",\"body\":[{\"type\":\"poll\"},"
        + "{\"type\":\"paragraph\",\"text\":\"One.\"},{\"type\":\"video\"},{\"type\":\"divider\"}]}", DROP);
    Article article = decoder.readArticle();

    UnaryOperator<String> pointers = decoder.documentPointers(article);

    assertThat(article.body()).containsExactly(Paragraph.of("One."), Divider.of());
    assertThat(pointers.apply("/body/0")).isEqualTo("/body/1");
    assertThat(pointers.apply("/body/0/text")).isEqualTo("/body/1/text");
    assertThat(pointers.apply("/body/1")).isEqualTo("/body/3");
  }

  @Test
  void leaves_pointers_that_name_no_kept_block_as_they_are() {
    Decoder decoder = decoder("{" + HEAD + ",\"body\":[{\"type\":\"poll\"},{\"type\":\"divider\"}]}", DROP);
    UnaryOperator<String> pointers = decoder.documentPointers(decoder.readArticle());

    assertThat(pointers.apply("/headline")).isEqualTo("/headline");
    assertThat(pointers.apply("/body/1")).as("one past the blocks kept").isEqualTo("/body/1");
    assertThat(pointers.apply("/body/7/text")).isEqualTo("/body/7/text");
    assertThat(pointers.apply("/body/x/text")).isEqualTo("/body/x/text");
  }

  /** With no block dropped, the mapping is the identity, even for an index written unusually. */
  @Test
  void maps_nothing_when_no_block_was_dropped() {
    Decoder decoder = decoder("{" + HEAD + ",\"body\":[{\"type\":\"divider\"},{\"type\":\"divider\"}]}", DROP);
    UnaryOperator<String> pointers = decoder.documentPointers(decoder.readArticle());

    assertThat(pointers.apply("/body/01/text")).isEqualTo("/body/01/text");
    assertThat(pointers.apply("/body/+1")).isEqualTo("/body/+1");
  }

  @Test
  void maps_ticker_items_in_display_order_to_their_place_in_the_document() {
    Decoder decoder = decoder(TICKER);
    Ticker ticker = decoder.readTicker();

    UnaryOperator<String> pointers = decoder.documentPointers(ticker);

    assertThat(ticker.items()).extracting(item -> item.id()).containsExactly("t2", "t1");
    assertThat(pointers.apply("/items/0/url")).isEqualTo("/items/1/url");
    assertThat(pointers.apply("/items/1")).isEqualTo("/items/0");
    assertThat(pointers.apply("/label")).isEqualTo("/label");
    assertThat(pointers.apply("/items/2/url")).as("one past the items").isEqualTo("/items/2/url");
    assertThat(pointers.apply("/items/x/url")).isEqualTo("/items/x/url");
  }

  /** An equal ticker read by another decoder holds other instances: they have no place in this document. */
  @Test
  void leaves_pointers_into_a_ticker_it_did_not_read_as_they_are() {
    Decoder decoder = decoder(TICKER);
    decoder.readTicker();
    Ticker other = decoder(TICKER).readTicker();

    UnaryOperator<String> pointers = decoder.documentPointers(other);

    assertThat(pointers.apply("/items/0/url")).isEqualTo("/items/0/url");
    assertThat(pointers.apply("/items/1")).isEqualTo("/items/1");
  }

  static Stream<Arguments> objectTypes() {
    return Stream.of(
        Arguments.of(Article.class, "an article"),
        Arguments.of(Block.class, "a block"),
        Arguments.of(dev.masthead.model.Author.class, "an author"),
        Arguments.of(dev.masthead.model.Credit.class, "a credit"),
        Arguments.of(dev.masthead.model.Rendition.class, "a rendition"),
        Arguments.of(dev.masthead.model.Rights.class, "a rights statement"),
        Arguments.of(dev.masthead.model.Subject.class, "a subject"),
        Arguments.of(Correction.class, "a correction"),
        Arguments.of(dev.masthead.model.Span.class, "a span"),
        Arguments.of(dev.masthead.model.Link.class, "a link"),
        Arguments.of(Ticker.class, "a ticker"),
        Arguments.of(dev.masthead.model.TickerItem.class, "a ticker item"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("objectTypes")
  void refuses_a_string_where_an_object_starts(Class<?> type, String what) {
    WireProblem problem = catchThrowableOfType(WireProblem.class, () -> Decoder.reader(type).apply(decoder("\"x\"")));

    assertThat(problem).as(what).isNotNull();
    assertThat(problem.code()).isEqualTo(ProblemCodes.WRONG_TYPE);
    assertThat(problem.pointer()).isEqualTo("");
    assertThat(problem.detail()).isEqualTo("must be " + what + " (an object), not a string");
  }

  @Test
  void names_the_end_of_the_input_where_a_value_should_start() {
    WireProblem problem = catchThrowableOfType(WireProblem.class, () -> decoder("").readArticle());

    assertThat(problem.code()).isEqualTo(ProblemCodes.WRONG_TYPE);
    assertThat(problem.detail()).isEqualTo("must be an article (an object), not the end of the input");
  }

  @Test
  void names_a_structural_token_where_a_value_should_start() {
    JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), "[]");
    parser.nextToken();
    parser.nextToken();
    Decoder decoder = new Decoder(ParserSource.of(parser), ReadOptions.DEFAULT);

    WireProblem problem = catchThrowableOfType(WireProblem.class, decoder::readArticle);

    assertThat(problem.detail()).isEqualTo("must be an article (an object), not end_array");
  }

  static Stream<Arguments> otherKinds() {
    return Stream.of(
        Arguments.of(Paragraph.class, "{\"type\":\"heading\",\"level\":2,\"text\":\"x\"}", "paragraph", "heading"),
        Arguments.of(Heading.class, "{\"type\":\"quote\",\"text\":\"x\"}", "heading", "quote"),
        Arguments.of(Quote.class, "{\"type\":\"paragraph\",\"text\":\"x\"}", "quote", "paragraph"),
        Arguments.of(ListBlock.class, "{\"type\":\"divider\"}", "list", "divider"),
        Arguments.of(ImageBlock.class, "{\"type\":\"list\",\"items\":[\"a\"]}", "image", "list"),
        Arguments.of(Divider.class, "{\"type\":\"image\",\"image\":{\"url\":\"https://a.example/i.jpg\"}}",
            "divider", "image"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("otherKinds")
  void names_the_block_kind_expected_and_the_one_found(Class<? extends Block> kind, String json, String expected,
      String found) {
    WireProblem problem = catchThrowableOfType(WireProblem.class, () -> Decoder.reader(kind).apply(decoder(json)));

    assertThat(problem.code()).isEqualTo(ProblemCodes.UNKNOWN_BLOCK_TYPE);
    assertThat(problem.pointer()).isEqualTo("/type");
    assertThat(problem.detail()).isEqualTo("block type must be " + expected + ", not " + found);
  }

  @Test
  void names_a_reader_by_the_type_it_reads() {
    assertThat(Decoder.reader(Heading.class)).hasToString("Decoder.reader(Heading)");
    assertThat(Decoder.reader(Article.class)).hasToString("Decoder.reader(Article)");
  }

  @Test
  void keeps_an_unknown_block_with_as_many_members_as_allowed() {
    String json = "{\"type\":\"poll\",\"open\":false}";

    assertThat(decoder(json, KEEP_TWO).readBlock()).isEqualTo(new UnknownBlock("poll", json));
  }

  @Test
  void keeps_an_unknown_block_whose_nested_object_and_array_are_at_the_limit() {
    String object = "{\"type\":\"poll\",\"votes\":{\"yes\":1,\"no\":false}}";
    String array = "{\"type\":\"poll\",\"votes\":[true,false]}";

    assertThat(decoder(object, KEEP_TWO).readBlock()).isEqualTo(new UnknownBlock("poll", object));
    assertThat(decoder(array, KEEP_TWO).readBlock()).isEqualTo(new UnknownBlock("poll", array));
  }

  @Test
  void refuses_an_unknown_block_one_member_past_the_limit() {
    WireProblem top = catchThrowableOfType(WireProblem.class,
        () -> decoder("{\"type\":\"poll\",\"a\":1,\"b\":2}", KEEP_TWO).readBlock());
    WireProblem nested = catchThrowableOfType(WireProblem.class,
        () -> decoder("{\"type\":\"poll\",\"votes\":[1,2,3]}", KEEP_TWO).readBlock());

    assertThat(top.code()).isEqualTo(ProblemCodes.TOO_MANY_ELEMENTS);
    assertThat(nested.code()).isEqualTo(ProblemCodes.TOO_MANY_ELEMENTS);
  }

  @Test
  void quotes_a_name_of_32_characters_whole_and_cuts_a_longer_one() {
    String name = "abcdefghijklmnopqrstuvwxyz012345";
    WireProblem whole = catchThrowableOfType(WireProblem.class,
        () -> decoder("{\"name\":\"A\",\"" + name + "\":1,\"" + name + "\":2}").readAuthor());
    WireProblem cut = catchThrowableOfType(WireProblem.class,
        () -> decoder("{\"name\":\"A\",\"" + name + "6\":1,\"" + name + "6\":2}").readAuthor());

    assertThat(whole.code()).isEqualTo(ProblemCodes.DUPLICATE_KEY);
    assertThat(whole.detail()).isEqualTo("duplicate key \"" + name + "\"");
    assertThat(cut.detail()).isEqualTo("duplicate key \"" + name + "…\"");
  }

  @Test
  void quotes_a_space_as_it_is_and_escapes_a_control_character() {
    WireProblem space = catchThrowableOfType(WireProblem.class,
        () -> decoder("{\"name\":\"A\",\"a b\":1,\"a b\":2}").readAuthor());
    WireProblem control = catchThrowableOfType(WireProblem.class,
        () -> decoder("{\"name\":\"A\",\"a\\u001fb\":1,\"a\\u001fb\":2}").readAuthor());

    assertThat(space.detail()).isEqualTo("duplicate key \"a b\"");
    assertThat(control.detail()).isEqualTo("duplicate key \"a\\u001Fb\"");
  }

  @Test
  void reads_an_offset_with_minutes() {
    Correction east = decoder("{\"text\":\"x\",\"publishedAt\":\"2024-05-01T10:00:00+05:30\"}").readCorrection();
    Correction west = decoder("{\"text\":\"x\",\"publishedAt\":\"2024-05-01T10:00:00-09:45\"}").readCorrection();

    assertThat(east.publishedAt()).isEqualTo(Instant.parse("2024-05-01T04:30:00Z"));
    assertThat(west.publishedAt()).isEqualTo(Instant.parse("2024-05-01T19:45:00Z"));
  }

  /** Jackson closes what a copy leaves open when its generator closes; this binding's copies do not. */
  @Test
  void closes_the_copy_of_an_unknown_block_itself() {
    String json = "{\"type\":\"poll\",\"votes\":[1,2]}";
    JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json);
    parser.nextToken();
    Decoder decoder = new Decoder(new UnclosedCopies(ParserSource.of(parser)), KEEP_TWO);

    assertThat(decoder.readBlock()).isEqualTo(new UnknownBlock("poll", json));
  }

  /** A parser's tokens, whose copies are flushed as written, never closed. */
  private static final class UnclosedCopies implements TokenSource {
    private final TokenSource source;

    UnclosedCopies(TokenSource source) {
      this.source = source;
    }

    @Override
    public Token nextToken() {
      return source.nextToken();
    }

    @Override
    public Token currentToken() {
      return source.currentToken();
    }

    @Override
    public String nextName() {
      return source.nextName();
    }

    @Override
    public String string() {
      return source.string();
    }

    @Override
    public boolean isInt() {
      return source.isInt();
    }

    @Override
    public int intValue() {
      return source.intValue();
    }

    @Override
    public String numberText() {
      return source.numberText();
    }

    @Override
    public int line() {
      return source.line();
    }

    @Override
    public int column() {
      return source.column();
    }

    @Override
    public String pointer() {
      return source.pointer();
    }

    @Override
    public String copy(Consumer<TokenSink> write) {
      StringWriter out = new StringWriter();
      JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
      write.accept(new GeneratorSink(generator));
      generator.flush();
      return out.toString();
    }

    @Override
    public TokenSource open(String json) {
      return source.open(json);
    }
  }
}
