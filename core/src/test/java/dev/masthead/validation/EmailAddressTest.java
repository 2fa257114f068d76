package dev.masthead.validation;

import static dev.masthead.model.Fixtures.articleBy;
import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  private static Article withEmail(String email) {
    return articleBy(author(a -> a.email = email));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane.doe@example.com", "jane+news@mail.example.co.uk", "o'brien@example.ie",
      "j@example.com", "desk-7@news-room.example.org"})
  void accepts_ordinary_addresses(String email) {
    assertThat(violations(withEmail(email))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane", "@example.com", "jane@", "jane@localhost", "jane..doe@example.com",
      ".jane@example.com", "jane.@example.com", "jane doe@example.com", "jane@exa_mple.com",
      "jane@-example.com", "jane@example..com", "j\u00e4ne@example.com", "jane@ex\u0430mple.com",
      "\"jane\"@example.com", "jane@example.com.", "jane@[127.0.0.1]"})
  void rejects_malformed_addresses(String email) {
    assertThat(violations(withEmail(email)))
        .containsExactly(Violation.of(
            "/authors/0/email", Codes.INVALID_EMAIL, "must be an e-mail address such as name@example.com"));
  }

  @Test
  void limits_the_local_part_to_64_characters() {
    assertThat(violations(withEmail("a".repeat(64) + "@example.com"))).isEmpty();
    assertThat(violations(withEmail("a".repeat(65) + "@example.com")))
        .extracting(Violation::code)
        .containsExactly(Codes.INVALID_EMAIL);
  }

  @Test
  void accepts_254_characters_and_rejects_255() {
    String local = "a".repeat(64);
    String atLimit = local + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(63) + ".com";
    String overLimit = local + "@" + "b".repeat(61) + "." + "c".repeat(60) + "." + "d".repeat(63) + ".com";

    assertThat(atLimit).hasSize(254);
    assertThat(violations(withEmail(atLimit))).isEmpty();
    assertThat(violations(withEmail(overLimit)))
        .containsExactly(Violation.of("/authors/0/email", Codes.TOO_LONG, "must be at most 254 characters"));
  }

  @Test
  void rejects_an_empty_address_as_blank() {
    assertThat(violations(withEmail("")))
        .containsExactly(Violation.of("/authors/0/email", Codes.BLANK, "must not be blank"));
  }
}
