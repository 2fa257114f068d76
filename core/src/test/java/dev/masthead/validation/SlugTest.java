package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.articleBy;
import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
  @ParameterizedTest
  @ValueSource(strings = {"budget", "city-council-approves-budget", "2025", "a1-2b-c3", "x"})
  void accepts_lower_case_words_joined_by_single_hyphens(String slug) {
    assertThat(violations(article(a -> a.slug = slug))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Budget", "city_council", "-budget", "budget-", "city--council", "city council",
      "caf\u00e9", "budget/2025", "../budget"})
  void rejects_anything_else(String slug) {
    assertThat(violations(article(a -> a.slug = slug)))
        .containsExactly(Violation.of(
            "/slug", Codes.INVALID_SLUG, "must be lower-case letters and digits joined by single hyphens"));
  }

  @Test
  void accepts_128_characters_and_rejects_129() {
    assertThat(violations(article(a -> a.slug = "a".repeat(128)))).isEmpty();
    assertThat(violations(article(a -> a.slug = "a".repeat(129))))
        .containsExactly(Violation.of("/slug", Codes.TOO_LONG, "must be at most 128 characters"));
  }

  @Test
  void rejects_an_empty_slug_as_blank() {
    assertThat(violations(article(a -> a.slug = "")))
        .containsExactly(Violation.of("/slug", Codes.BLANK, "must not be blank"));
  }

  @Test
  void applies_to_the_section_and_author_slugs() {
    assertThat(violations(article(a -> a.section = "World News")))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/section", Codes.INVALID_SLUG));
    assertThat(violations(articleBy(author(p -> p.slug = "Jane_Doe"))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/authors/0/slug", Codes.INVALID_SLUG));
  }

  @Test
  void allows_no_section_but_requires_a_slug() {
    assertThat(violations(article(a -> a.section = null))).isEmpty();
    assertThatThrownBy(() -> article(a -> a.slug = null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("slug must not be null");
  }
}
