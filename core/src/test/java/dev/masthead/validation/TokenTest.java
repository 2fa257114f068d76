package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Article;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Image;
import dev.masthead.model.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenTest {
  private static Article withRole(String role) {
    Credit credit = new Credit(role, "A. Smith", "Example Agency", null, null, null);
    Image image = Fixtures.leadImage();
    return article(a -> a.leadImage = new Image(image.url(), image.altText(), null, null, null, credit));
  }

  @ParameterizedTest
  @ValueSource(strings = {"photo", "additional_reporting", "video2", "x", "drone_footage"})
  void accepts_lower_case_tokens_of_the_open_vocabulary(String role) {
    assertThat(violations(withRole(role))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Photo", "PHOTO", "photo-credit", "1photo", "_photo", "photo credit", "fot\u00f3"})
  void rejects_other_roles(String role) {
    assertThat(violations(withRole(role)))
        .containsExactly(Violation.of(
            "/leadImage/credit/role", Codes.INVALID_TOKEN,
            "must be a lower-case letter followed by lower-case letters, digits and underscores"));
  }

  @Test
  void accepts_64_characters_and_rejects_65() {
    assertThat(violations(withRole("a".repeat(64)))).isEmpty();
    assertThat(violations(withRole("a".repeat(65))))
        .containsExactly(Violation.of("/leadImage/credit/role", Codes.TOO_LONG, "must be at most 64 characters"));
  }

  @Test
  void rejects_an_empty_role_as_blank_and_a_missing_one_as_required() {
    assertThat(violations(withRole("")))
        .containsExactly(Violation.of("/leadImage/credit/role", Codes.BLANK, "must not be blank"));
    assertThatThrownBy(() -> withRole(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role must not be null");
  }

  @Test
  void checks_a_token_on_an_applications_own_bean() {
    assertThat(MastheadValidator.standard().validate(new Labels("en", "drone_footage", DigitalSourceType.DIGITAL_CAPTURE))).isEmpty();
    assertThat(MastheadValidator.standard().validate(new Labels("en", "Drone", DigitalSourceType.DIGITAL_CAPTURE)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/role", Codes.INVALID_TOKEN));
  }
}
