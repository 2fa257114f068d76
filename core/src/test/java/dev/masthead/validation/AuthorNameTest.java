package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.articleBy;
import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.janeDoe;
import static dev.masthead.model.Fixtures.repeat;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Note;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNameTest {
  private static Article byName(String name) {
    return articleBy(author(a -> a.name = name));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Jane Doe",
    "Siavosh Hosseini",
    // the same name in Persian script
    "\u0633\u06cc\u0627\u0648\u0634 \u062d\u0633\u06cc\u0646\u06cc",
    // the Persian name with a right-to-left mark after it
    "\u0633\u06cc\u0627\u0648\u0634 \u062d\u0633\u06cc\u0646\u06cc\u200f",
    // the Persian name in a right-to-left isolate, inside Latin text
    "\u2067\u0633\u06cc\u0627\u0648\u0634 \u062d\u0633\u06cc\u0646\u06cc\u2069 (Siavosh Hosseini)",
    // "Mohammad-Reza" joined with a zero-width non-joiner
    "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627 Karimi",
    "Byron Bay",
    "Abby Lee",
    "O\u2019Brien",
    "<b>Jane</b>"
  })
  void accepts_names_in_any_script_with_bidi_marks_and_joiners(String name) {
    assertThat(violations(byName(name))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"By Jane Doe", "by jane doe", "BY JANE DOE", "bY Jane"})
  void rejects_a_byline_given_as_a_name(String name) {
    assertThat(violations(byName(name)))
        .containsExactly(Violation.of(
            "/authors/0/name", Codes.BYLINE_IN_NAME, "must be a name, not a byline starting with \"By\""));
  }

  @Test
  void points_at_the_author_that_has_the_bad_name() {
    Author second = author(a -> {
      a.name = "By John Smith";
      a.slug = "john-smith";
    });

    assertThat(violations(article(a -> a.authors = List.of(janeDoe(), second))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/authors/1/name", Codes.BYLINE_IN_NAME));
  }

  @Test
  void accepts_200_code_points_and_rejects_201() {
    assertThat(violations(byName(repeat(0x1F600, 200)))).isEmpty();
    assertThat(violations(byName(repeat(0x1F600, 201))))
        .containsExactly(Violation.of("/authors/0/name", Codes.TOO_LONG, "must be at most 200 characters"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\u00a0", "\u3000\u3000"})
  void rejects_blank_names(String name) {
    assertThat(violations(byName(name)))
        .containsExactly(Violation.of("/authors/0/name", Codes.BLANK, "must not be blank"));
  }

  @Test
  void applies_the_plain_text_rules_to_names() {
    assertThat(violations(byName("Jane\nDoe")))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/authors/0/name", Codes.LINE_BREAK));
    assertThat(violations(byName("Jane\u202eDoe")))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/authors/0/name", Codes.BIDI_OVERRIDE));
  }

  @Test
  void rejects_a_missing_name() {
    assertThatThrownBy(() -> byName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
  }

  @Test
  void leaves_an_absent_name_on_an_application_bean_alone() {
    try (ValidatorFactory factory = MastheadValidator.newValidatorFactory()) {
      MastheadValidator validator = MastheadValidator.of(factory.getValidator());

      assertThat(validator.validate(new Note(null, null), ValidationLevel.WELL_FORMED)).isEmpty();
      assertThat(validator.validate(new Note("Jane Doe", null), ValidationLevel.WELL_FORMED)).isEmpty();
      assertThat(validator.validate(new Note("By Jane Doe", null), ValidationLevel.WELL_FORMED))
          .extracting(Violation::pointer, Violation::code)
          .containsExactly(tuple("/by", Codes.BYLINE_IN_NAME));
      assertThat(validator.validate(new Note(" ", null), ValidationLevel.WELL_FORMED))
          .extracting(Violation::pointer, Violation::code)
          .containsExactly(tuple("/by", Codes.BLANK));
    }
  }
}
