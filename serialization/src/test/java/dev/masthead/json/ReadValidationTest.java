package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.ValidationLevel;
import org.junit.jupiter.api.Test;

/** The deprecated levels of reading stand for the validation levels, and still set them. */
@SuppressWarnings("deprecation")
class ReadValidationTest {
  private static final String BLANK_HEADLINE = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\" \",\"language\":\"en\"}";

  @Test
  void each_stands_for_its_validation_level() {
    assertThat(ReadValidation.NONE.level()).isNull();
    assertThat(ReadValidation.WELL_FORMED.level()).isEqualTo(ValidationLevel.WELL_FORMED);
    assertThat(ReadValidation.PUBLISHABLE.level()).isEqualTo(ValidationLevel.PUBLISHABLE);
  }

  @Test
  void sets_the_level_at_which_a_reader_validates() {
    MastheadJson none = MastheadJson.builder().validation(ReadValidation.NONE).build();
    MastheadJson wellFormed = MastheadJson.builder().validation(ReadValidation.NONE)
        .validation(ReadValidation.WELL_FORMED).build();

    assertThat(none.readArticle(BLANK_HEADLINE).headline()).isEqualTo(" ");
    assertThat(catchThrowableOfType(InvalidContentException.class, () -> wellFormed.readArticle(BLANK_HEADLINE)))
        .hasMessageStartingWith("article is not well-formed:");
  }
}
