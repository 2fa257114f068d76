package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void covers_the_first_occurrence_of_words() {
    assertThat(Span.over("The council voted; the council left.", "council")).isEqualTo(Span.of(4, 11));
  }

  @Test
  void counts_offsets_in_code_points() {
    String text = Fixtures.repeat(0x1F3DB, 2) + " vote \ud83d\ude00 now";

    Span span = Span.over(text, "vote \ud83d\ude00");

    assertThat(span).isEqualTo(new Span(3, 9));
    assertThat(violations(Paragraph.builder(text).addStrong(span).build())).isEmpty();
  }

  @Test
  void rejects_words_that_are_absent_or_empty() {
    assertThatThrownBy(() -> Span.over("The council voted.", "mayor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words must occur in text");
    assertThatThrownBy(() -> Span.over("The council voted.", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words must occur in text");
  }
}
