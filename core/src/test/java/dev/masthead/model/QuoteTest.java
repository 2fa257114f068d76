package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;

class QuoteTest {
  @Test
  void makes_a_quote_with_or_without_attribution() {
    assertThat(Quote.of("Now, our axis is insistent on this matter.").attribution()).isNull();
    assertThat(Quote.of("It is done.", "the mayor").attribution()).isEqualTo("the mayor");
    assertThat(Quote.of("It is done.").type()).isEqualTo(BlockType.QUOTE);
  }

  @Test
  void allows_line_breaks_in_the_text_but_not_the_attribution() {
    assertThat(violations(new Quote("First line,\nsecond line.", "the mayor"))).isEmpty();
    assertThatThrownBy(() -> Quote.of("It is done.", "the mayor,\nlater"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("quote is not well-formed: /attribution: line_break: "
            + "must be a single line without line separators (found U+000A at index 10)");
  }

  @Test
  void requires_text_of_at_most_20000_code_points() {
    assertThatThrownBy(() -> new Quote(null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
    assertThat(violations(new Quote("x".repeat(20_000), "y".repeat(200)))).isEmpty();
    assertThat(violations(new Quote("x".repeat(20_001), "y".repeat(201))))
        .containsExactly(
            Violation.of("/attribution", Codes.TOO_LONG, "must be at most 200 characters"),
            Violation.of("/text", Codes.TOO_LONG, "must be at most 20000 characters"));
  }
}
