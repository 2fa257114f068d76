package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionTest {
  private static final Instant AT = Instant.parse("2024-05-02T09:00:00Z");

  @Test
  void holds_the_text_and_time_of_a_correction() {
    Correction correction = Correction.of("An earlier version misstated the total.", AT);

    assertThat(correction.text()).isEqualTo("An earlier version misstated the total.");
    assertThat(correction.publishedAt()).isEqualTo(AT);
  }

  @Test
  void needs_both_parts() {
    assertThatThrownBy(() -> new Correction(null, AT))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    assertThatThrownBy(() -> new Correction("Corrected.", null))
        .isInstanceOf(NullPointerException.class).hasMessage("publishedAt must not be null");
    assertThatThrownBy(() -> Correction.of(null, AT))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
  }

  @Test
  void holds_single_line_text_of_at_most_2000_code_points() {
    assertThat(violations(new Correction("\uD83C\uDF89".repeat(2_000), AT))).isEmpty();
    assertThatThrownBy(() -> Correction.of("x".repeat(2_001), AT))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("correction is not well-formed: /text: too_long: must be at most 2000 characters");
    assertThat(violations(new Correction("one\ntwo", AT))).extracting(Violation::code).containsExactly(Codes.LINE_BREAK);
  }

  @Test
  void keeps_its_time_inside_the_timestamp_window() {
    assertThat(violations(new Correction("Fixed.", Instant.parse("1899-12-31T23:59:59Z"))))
        .containsExactly(Violation.of("/publishedAt", Codes.TIMESTAMP_RANGE, "must be from 1900-01-01 to 2200-01-01"));
  }

  @Test
  void points_into_the_article_and_caps_the_list_at_50() {
    List<Correction> many = new ArrayList<>();
    for (int i = 0; i <= 50; i++) {
      many.add(Correction.of("Correction " + i, AT));
    }
    assertThat(violations(Fixtures.article(a -> a.corrections = many)))
        .containsExactly(Violation.of("/corrections", Codes.TOO_MANY, "must have at most 50 elements"));
    assertThat(violations(Fixtures.article(a -> a.corrections = List.of(new Correction("", AT)))))
        .containsExactly(Violation.of("/corrections/0/text", Codes.BLANK, "must not be blank"));
  }
}
