package dev.masthead.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Author;
import dev.masthead.model.Heading;
import dev.masthead.model.UnknownBlock;
import org.junit.jupiter.api.Test;

/** The encoder into a token sink that is no JSON library. */
class EncoderTest {
  @Test
  void writes_properties_in_component_order_and_leaves_out_absent_ones() {
    Tokens sink = new Tokens();

    Encoder.write(sink, Author.builder("Jane Doe", "jane-doe").articleCount(412).build());

    assertThat(String.join(" ", sink.items()))
        .isEqualTo("{ name \"Jane Doe\" slug \"jane-doe\" kind \"person\" articleCount 412 }");
  }

  @Test
  void writes_a_blocks_type_first() {
    Tokens sink = new Tokens();

    Encoder.write(sink, Heading.of(2, "Budget"));

    assertThat(String.join(" ", sink.items())).isEqualTo("{ type \"heading\" level 2 text \"Budget\" }");
  }

  @Test
  void hands_a_kept_block_to_the_sink_whole() {
    Tokens sink = new Tokens();

    Encoder.write(sink, new UnknownBlock("poll", "{ type \"poll\" }"));

    assertThat(sink.items()).containsExactly("{", "type", "\"poll\"", "}");
  }

  @Test
  void refuses_what_is_not_a_masthead_type() {
    assertThatThrownBy(() -> Encoder.write(new Tokens(), "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Masthead type: java.lang.String");
  }
}
