package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.model.Article;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {
  private static Article inLanguage(String language) {
    return article(a -> a.language = language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "fa", "fa-IR", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1996", "EN-gb"})
  void accepts_well_formed_bcp47_tags(String tag) {
    assertThat(violations(inLanguage(tag))).isEmpty();
  }

  @Test
  void rejects_an_underscore_tag_that_the_lenient_parser_reads_as_und() {
    assertThat(violations(inLanguage("en_GB")))
        .containsExactly(Violation.of(
            "/language", Codes.INVALID_LANGUAGE_TAG, "must be a well-formed BCP 47 language tag such as en-GB"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "en-", "-en", "en--GB", "e", "en GB", "123", "en-GB-", "\u0444\u0430", "en-\u0413\u0411"})
  void rejects_malformed_tags(String tag) {
    assertThat(violations(inLanguage(tag)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/language", Codes.INVALID_LANGUAGE_TAG));
  }

  @Test
  void rejects_an_empty_tag_as_blank() {
    assertThat(violations(inLanguage("")))
        .containsExactly(Violation.of("/language", Codes.BLANK, "must not be blank"));
  }

  @Test
  void rejects_a_tag_longer_than_64_characters() {
    String tag = "en-" + "a1b2c3d4-".repeat(7) + "x";

    assertThat(tag).hasSizeGreaterThan(64);
    assertThat(violations(inLanguage(tag)))
        .containsExactly(Violation.of("/language", Codes.TOO_LONG, "must be at most 64 characters"));
  }

  @Test
  void requires_a_language() {
    assertThatThrownBy(() -> inLanguage(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("language must not be null");
  }

  @Test
  void checks_a_tag_on_an_applications_own_bean() {
    assertThat(MastheadValidator.standard().validate(new Labels("de-CH", "photo", DigitalSourceType.DIGITAL_CAPTURE))).isEmpty();
    assertThat(MastheadValidator.standard().validate(new Labels("de_CH", "photo", DigitalSourceType.DIGITAL_CAPTURE)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/language", Codes.INVALID_LANGUAGE_TAG));
  }
}
