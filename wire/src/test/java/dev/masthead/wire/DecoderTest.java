package dev.masthead.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Heading;
import dev.masthead.model.UnknownBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder over a token source that is no JSON library: what it needs of a binding, and no more. */
class DecoderTest {
  private static Decoder decoder(String... tokens) {
    Tokens source = new Tokens(List.of(tokens));
    source.nextToken();
    return new Decoder(source, ReadOptions.DEFAULT);
  }

  @Test
  void reads_a_value_from_any_token_source() {
    Author author = decoder("{", "name", "\"Jane Doe\"", "slug", "\"jane-doe\"", "articleCount", "412",
        "sameAs", "[", "\"https://social.example.org/jane\"", "]", "}").readAuthor();

    assertThat(author.name()).isEqualTo("Jane Doe");
    assertThat(author.kind()).isEqualTo(AuthorKind.PERSON);
    assertThat(author.articleCount()).isEqualTo(412);
    assertThat(author.sameAs()).containsExactly("https://social.example.org/jane");
  }

  @Test
  void refuses_a_string_for_a_number_with_the_pointer_and_place_the_source_gives() {
    WireProblem problem = catchThrowableOfType(WireProblem.class,
        () -> decoder("{", "name", "\"Jane Doe\"", "slug", "\"jane-doe\"", "articleCount", "\"412\"", "}").readAuthor());

    assertThat(problem.code()).isEqualTo(ProblemCodes.WRONG_TYPE);
    assertThat(problem.pointer()).isEqualTo("/articleCount");
    assertThat(problem.detail()).isEqualTo("must be an integer, not a string");
    assertThat(problem.column()).isEqualTo(7);
    assertThat(problem.getMessage()).isEqualTo("must be an integer, not a string (at /articleCount)");
  }

  @Test
  void refuses_a_duplicate_key() {
    WireProblem problem = catchThrowableOfType(WireProblem.class,
        () -> decoder("{", "name", "\"A\"", "name", "\"B\"", "slug", "\"a\"", "}").readAuthor());

    assertThat(problem.code()).isEqualTo(ProblemCodes.DUPLICATE_KEY);
    assertThat(problem.detail()).isEqualTo("duplicate key \"name\"");
  }

  @Test
  void refuses_a_block_of_another_kind() {
    WireProblem problem = catchThrowableOfType(WireProblem.class,
        () -> decoder("{", "type", "\"quote\"", "text", "\"x\"", "}").readBlock(Heading.class));

    assertThat(problem.code()).isEqualTo(ProblemCodes.UNKNOWN_BLOCK_TYPE);
    assertThat(problem.detail()).isEqualTo("block type must be heading, not quote");
  }

  @Test
  void keeps_an_unknown_block_as_the_sources_copy() {
    Tokens source = new Tokens(List.of("{", "type", "\"poll\"", "votes", "[", "1", "2.5", "]", "}"));
    source.nextToken();
    Decoder decoder = new Decoder(source,
        new ReadOptions(false, 10, 10, 10, 10, 10, UnknownContent.KEEP));

    assertThat(decoder.readBlock()).isEqualTo(new UnknownBlock("poll", "{ type \"poll\" votes [ 1 2.5 ] }"));
  }

  @Test
  void reports_missing_required_properties_with_their_pointers() {
    Decoder decoder = decoder("{", "kind", "\"person\"", "}");

    decoder.readAuthor();

    assertThat(decoder.missingProperties()).containsExactly("/name", "/slug");
  }

  @Test
  void reader_reads_the_type_it_is_made_for() {
    Author author = Decoder.reader(Author.class).apply(decoder("{", "name", "\"Jane Doe\"", "slug", "\"jane-doe\"", "}"));
    Heading heading = Decoder.reader(Heading.class).apply(decoder("{", "type", "\"heading\"", "level", "2", "text", "\"Why\"", "}"));
    dev.masthead.model.Block block = Decoder.reader(dev.masthead.model.Block.class).apply(decoder("{", "type", "\"divider\"", "}"));
    dev.masthead.model.DigitalSourceType source =
        Decoder.reader(dev.masthead.model.DigitalSourceType.class).apply(decoder("\"" + dev.masthead.model.DigitalSourceType.PRINT.uri() + "\""));

    assertThat(author.slug()).isEqualTo("jane-doe");
    assertThat(heading.level()).isEqualTo(2);
    assertThat(block).isInstanceOf(dev.masthead.model.Divider.class);
    assertThat(source).isEqualTo(dev.masthead.model.DigitalSourceType.PRINT);
  }

  @Test
  void reader_of_a_block_kind_refuses_another_kind() {
    WireProblem problem = catchThrowableOfType(WireProblem.class,
        () -> Decoder.reader(Heading.class).apply(decoder("{", "type", "\"quote\"", "text", "\"x\"", "}")));

    assertThat(problem.code()).isEqualTo(ProblemCodes.UNKNOWN_BLOCK_TYPE);
  }

  @Test
  void reader_refuses_a_type_the_wire_format_does_not_read() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Decoder.reader(String.class)))
        .hasMessage("type must be a Masthead type, not java.lang.String");
  }
}
