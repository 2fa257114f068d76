package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;

class RightsTest {
  private static final String NO_PART =
      "must hold at least one of copyrightHolder, copyrightNotice, usageTerms, license and acquireLicensePage";

  @Test
  void builds_a_statement_with_every_part_and_back() {
    Rights rights = Rights.builder()
        .copyrightHolder("Example Agency")
        .copyrightNotice("© 2024 Example Agency")
        .usageTerms("Editorial use only.")
        .license("https://photos.example.com/licences/editorial")
        .acquireLicensePage("https://photos.example.com/buy/123")
        .build();

    assertThat(rights.copyrightHolder()).isEqualTo("Example Agency");
    assertThat(rights.acquireLicensePage()).isEqualTo("https://photos.example.com/buy/123");
    assertThat(rights.toBuilder().build()).isEqualTo(rights);
    assertThat(rights.toBuilder().usageTerms(null).build().usageTerms()).isNull();
  }

  @Test
  void accepts_any_single_part() {
    assertThat(violations(new Rights("Example Agency", null, null, null, null))).isEmpty();
    assertThat(violations(new Rights(null, null, "Editorial use only.", null, null))).isEmpty();
    assertThat(violations(new Rights(null, null, null, null, "https://photos.example.com/buy"))).isEmpty();
  }

  @Test
  void rejects_a_statement_without_any_part() {
    assertThat(violations(new Rights(null, null, null, null, null)))
        .containsExactly(Violation.of("", Codes.RIGHTS_PART, NO_PART));
    assertThatThrownBy(() -> Rights.builder().build())
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("rights is not well-formed: : rights_part: " + NO_PART);
  }

  @Test
  void points_at_the_statement_where_it_stands() {
    Rights empty = new Rights(null, null, null, null, null);
    Image image = new Image("https://cdn.example.com/a.jpg", null, null, null, null, null, java.util.List.of(), empty, null);

    assertThat(violations(Fixtures.article(a -> {
          a.rights = empty;
          a.leadImage = image;
        })))
        .containsExactly(
            Violation.of("/leadImage/rights", Codes.RIGHTS_PART, NO_PART),
            Violation.of("/rights", Codes.RIGHTS_PART, NO_PART));
  }

  @Test
  void holds_single_line_texts_within_their_limits() {
    assertThat(violations(new Rights("x".repeat(201), "y".repeat(1_001), "z".repeat(2_001), null, null)))
        .containsExactly(
            Violation.of("/copyrightHolder", Codes.TOO_LONG, "must be at most 200 characters"),
            Violation.of("/copyrightNotice", Codes.TOO_LONG, "must be at most 1000 characters"),
            Violation.of("/usageTerms", Codes.TOO_LONG, "must be at most 2000 characters"));
    assertThat(violations(new Rights("Example\nAgency", null, null, null, null)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/copyrightHolder", Codes.LINE_BREAK));
  }

  @Test
  void takes_licenses_as_http_urls_only() {
    assertThat(violations(new Rights(null, null, null, "data:text/html,x", "ftp://example.com/buy")))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/acquireLicensePage", Codes.URL_SCHEME),
            org.assertj.core.groups.Tuple.tuple("/license", Codes.URL_SCHEME));
  }
}
