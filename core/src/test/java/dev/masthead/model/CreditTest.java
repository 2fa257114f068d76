package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditTest {
  @ParameterizedTest
  @CsvSource(value = {
    "photo, A. Smith, Example Agency, Photo: A. Smith/Example Agency",
    "photo, A. Smith, NULL, Photo: A. Smith",
    "photo, NULL, Example Agency, Photo: Example Agency",
    "additional_reporting, B. Jones, NULL, Additional reporting: B. Jones",
    "graphic, NULL, Example Studio, Graphic: Example Studio",
    "drone_footage, C. Lee, Example Air, Drone footage: C. Lee/Example Air"
  }, nullValues = "NULL")
  void derives_the_credit_line_from_role_name_and_organization(
      String role, String name, String organization, String line) {
    assertThat(Credit.of(role, name, organization).line()).isEqualTo(line);
  }

  @Test
  void gives_the_printed_text_when_there_is_one() {
    Credit credit = Credit.builder(Credit.PHOTO).name("A. Smith").organization("Example Agency")
        .text("Picture by A. Smith for Example Agency").build();

    assertThat(credit.line()).isEqualTo("Picture by A. Smith for Example Agency");
  }

  @Test
  void has_the_well_known_roles_as_tokens() {
    assertThat(Credit.PHOTO).isEqualTo("photo");
    assertThat(Credit.ADDITIONAL_REPORTING).isEqualTo("additional_reporting");
    for (String role : new String[] {Credit.PHOTO, Credit.VIDEO, Credit.ILLUSTRATION, Credit.GRAPHIC,
        Credit.ADDITIONAL_REPORTING, Credit.EDITING, Credit.TRANSLATION, Credit.RESEARCH}) {
      assertThat(violations(new Credit(role, "A. Smith", null, null, null, null))).isEmpty();
    }
  }

  @Test
  void to_builder_build_equals_the_original() {
    Credit credit = Credit.builder(Credit.PHOTO)
        .name("A. Smith")
        .organization("Example Agency")
        .text("Photo: A. Smith/Example Agency")
        .copyrightNotice("\u00a9 2024 Example Agency")
        .license("https://creativecommons.org/licenses/by/4.0/")
        .build();

    assertThat(credit.toBuilder().build()).isEqualTo(credit);
    assertThat(credit.toBuilder().role(Credit.VIDEO).build().role()).isEqualTo("video");
  }

  @Test
  void build_rejects_malformed_credits_listing_every_violation() {
    assertThatThrownBy(() -> Credit.builder("Photo").text("\u202e").build())
        .isInstanceOf(InvalidContentException.class)
        .satisfies(e -> assertThat(((InvalidContentException) e).violations())
            .extracting(Violation::pointer, Violation::code)
            .containsExactly(
                tuple("/name", Codes.CREDIT_PARTY),
                tuple("/role", Codes.INVALID_TOKEN),
                tuple("/text", Codes.BIDI_OVERRIDE)));
  }

  @Test
  void limits_text_to_500_and_the_copyright_notice_to_1000_code_points() {
    assertThat(violations(new Credit("photo", "A", null, "x".repeat(500), "x".repeat(1_000), null))).isEmpty();
    assertThat(violations(new Credit("photo", "A", null, "x".repeat(501), "x".repeat(1_001), null)))
        .containsExactly(
            Violation.of("/copyrightNotice", Codes.TOO_LONG, "must be at most 1000 characters"),
            Violation.of("/text", Codes.TOO_LONG, "must be at most 500 characters"));
  }

  @Test
  void a_builder_whose_role_was_cleared_reports_it_as_required() {
    Credit.Builder builder = Credit.builder("photo").name("Ann Lee").role(null);

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.violations())
            .extracting(Violation::pointer, Violation::code)
            .containsExactly(tuple("/role", Codes.REQUIRED)));
  }
}
