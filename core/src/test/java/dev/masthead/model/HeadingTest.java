package dev.masthead.model;

import static dev.masthead.model.Fixtures.articleWith;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingTest {
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void accepts_levels_2_to_6(int level) {
    Heading heading = Heading.of(level, "What the budget means");

    assertThat(heading.level()).isEqualTo(level);
    assertThat(heading.type()).isEqualTo(BlockType.HEADING);
  }

  @Test
  void rejects_level_1_which_is_the_headline() {
    assertThat(violations(articleWith(Paragraph.of("Intro."), new Heading(1, "Title"))))
        .containsExactly(Violation.of("/body/1/level", Codes.TOO_SMALL, "must be at least 2"));
  }

  @Test
  void rejects_levels_above_6() {
    assertThat(violations(new Heading(7, "Title")))
        .containsExactly(Violation.of("/level", Codes.TOO_LARGE, "must be at most 6"));
    assertThatThrownBy(() -> Heading.of(0, "Title"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("heading is not well-formed: /level: too_small: must be at least 2");
  }

  @Test
  void holds_single_line_text_of_at_most_300_code_points() {
    assertThat(violations(new Heading(2, "x".repeat(300)))).isEmpty();
    assertThat(violations(new Heading(2, "x".repeat(301))))
        .containsExactly(Violation.of("/text", Codes.TOO_LONG, "must be at most 300 characters"));
    assertThat(violations(new Heading(2, "two\nlines")))
        .extracting(Violation::code)
        .containsExactly(Codes.LINE_BREAK);
    assertThatThrownBy(() -> new Heading(2, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }
}
