package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckedTextTest {
  private static final MastheadValidator VALIDATOR = MastheadValidator.standard();

  @ParameterizedTest
  @ValueSource(ints = {'a', ' ', '~', 0x00A0, 0x00E9, 0x0301, 0x4E2D, 0x1F600})
  void allows_ordinary_code_points(int codePoint) {
    assertThat(CheckedText.isAllowed(codePoint)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0x0000, 0x0007, '\t', '\n', 0x007F, 0x0085, 0x2028, 0x202A, 0x202E, 0x200B, 0xFEFF, 0xFDD0, 0xFFFE, 0xE000, 0xF0000})
  void rejects_controls_separators_overrides_invisibles_noncharacters_and_private_use(int codePoint) {
    assertThat(CheckedText.isAllowed(codePoint)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0x0301, 0x0308, 0x20DD})
  void recognises_combining_marks(int codePoint) {
    assertThat(CheckedText.isCombiningMark(codePoint)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {'a', 0x00E9, ' ', 0x4E2D})
  void does_not_take_letters_or_spaces_for_combining_marks(int codePoint) {
    assertThat(CheckedText.isCombiningMark(codePoint)).isFalse();
  }

  @Test
  void names_each_constant() {
    assertThat(CheckedText.NOTHING).hasToString("NOTHING");
    assertThat(CheckedText.CHARACTERS).hasToString("CHARACTERS");
    assertThat(CheckedText.CHARACTERS_IN_BMP).hasToString("CHARACTERS_IN_BMP");
  }

  @Test
  void checks_every_character_when_nothing_is_known() {
    Article article = article(a -> a.headline = "Council \u202Eapproves budget");

    assertThat(VALIDATOR.validate(article, ValidationLevel.WELL_FORMED, CheckedText.NOTHING))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/headline", Codes.BIDI_OVERRIDE));
  }

  @Test
  void skips_the_characters_the_caller_vouches_for() {
    // The caller's facts do not hold here: the documented consequence is that the character check is
    // skipped, which is what makes the facts worth handing over.
    Article article = article(a -> a.headline = "Council \u202Eapproves budget");

    assertThat(VALIDATOR.validate(article, ValidationLevel.WELL_FORMED, CheckedText.CHARACTERS)).isEmpty();
    assertThat(VALIDATOR.validate(article, ValidationLevel.WELL_FORMED, CheckedText.CHARACTERS_IN_BMP)).isEmpty();
  }

  @Test
  void still_checks_length_and_blankness_when_characters_are_vouched_for() {
    Article article = article(a -> a.headline = " ");

    assertThat(VALIDATOR.validate(article, ValidationLevel.WELL_FORMED, CheckedText.CHARACTERS))
        .extracting(Violation::code)
        .containsExactly(Codes.BLANK);
  }
}
