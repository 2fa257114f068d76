package dev.masthead.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {
  @Test
  void prints_pointer_code_and_message() {
    assertThat(Violation.of("/authors/0/url", Codes.URL_SCHEME, "must use http or https"))
        .hasToString("/authors/0/url: url_scheme: must use http or https");
  }

  @Test
  void is_a_value() {
    assertThat(Violation.of("/id", Codes.BLANK, "must not be blank"))
        .isEqualTo(new Violation("/id", Codes.BLANK, "must not be blank"))
        .hasSameHashCodeAs(new Violation("/id", Codes.BLANK, "must not be blank"))
        .isNotEqualTo(Violation.of("/id", Codes.REQUIRED, "must not be blank"));
  }

  @Test
  void rejects_null_parts_naming_them() {
    assertThatThrownBy(() -> Violation.of(null, Codes.BLANK, "m")).hasMessage("pointer");
    assertThatThrownBy(() -> Violation.of("", null, "m")).hasMessage("code");
    assertThatThrownBy(() -> Violation.of("", Codes.BLANK, null)).hasMessage("message");
  }

  @Test
  void orders_by_pointer_with_numeric_segments_in_numeric_order_then_by_code() {
    List<Violation> violations = new ArrayList<>(List.of(
        Violation.of("/body/10/text", Codes.BLANK, "m"),
        Violation.of("/headline", Codes.TOO_LONG, "m"),
        Violation.of("/body/2/text", Codes.BLANK, "m"),
        Violation.of("/body", Codes.TOO_MANY, "m"),
        Violation.of("/authors/0/name", Codes.MULTIPLE_AUTHORS, "m"),
        Violation.of("/authors/0/name", Codes.BYLINE_IN_NAME, "m"),
        Violation.of("/body/2", Codes.REQUIRED, "m")));

    violations.sort(Violation.ORDER);

    assertThat(violations)
        .extracting(v -> v.pointer() + " " + v.code())
        .containsExactly(
            "/authors/0/name byline_in_name",
            "/authors/0/name multiple_authors",
            "/body too_many",
            "/body/2 required",
            "/body/2/text blank",
            "/body/10/text blank",
            "/headline too_long");
  }

  @Test
  void prints_pointers_from_input_on_one_short_line() {
    Violation forged = Violation.of("/x\nFAKE: ok\u202e/" + "n".repeat(100), Codes.UNKNOWN_PROPERTY, "is unknown");

    assertThat(forged.toString())
        .isEqualTo("/x\\u000AFAKE: ok\\u202E/" + "n".repeat(32) + "…: unknown_property: is unknown")
        .doesNotContain("\n");
    assertThat(forged.pointer()).contains("\n");
  }

  @Test
  void prints_ordinary_pointers_unchanged() {
    assertThat(Violation.printable("/body/3/image/credit/name")).isEqualTo("/body/3/image/credit/name");
    assertThat(Violation.printable("/authors/0/نام")).isEqualTo("/authors/0/نام");
  }

  @Test
  void orders_numbers_of_up_to_18_digits_numerically() {
    List<Violation> violations = new ArrayList<>(List.of(
        Violation.of("/body/10", Codes.BLANK, "m"),
        Violation.of("/body/9", Codes.BLANK, "m"),
        Violation.of("/body/100000000000000000", Codes.BLANK, "m"),
        Violation.of("/body/99999999999999999", Codes.BLANK, "m")));

    violations.sort(Violation.ORDER);

    assertThat(violations).extracting(Violation::pointer).containsExactly(
        "/body/9", "/body/10", "/body/99999999999999999", "/body/100000000000000000");
  }

  @Test
  void orders_longer_numbers_and_empty_segments_as_text() {
    List<Violation> violations = new ArrayList<>(List.of(
        Violation.of("/labels/9", Codes.BLANK, "m"),
        Violation.of("/labels/1000000000000000000", Codes.BLANK, "m"),
        Violation.of("/labels/", Codes.BLANK, "m")));

    violations.sort(Violation.ORDER);

    assertThat(violations).extracting(Violation::pointer).containsExactly(
        "/labels/", "/labels/1000000000000000000", "/labels/9");
  }
}
