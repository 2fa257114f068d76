package dev.masthead.validation;

import static dev.masthead.model.Fixtures.PUBLISHED_AT;
import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
  @ParameterizedTest
  @ValueSource(strings = {"art-2024-000123", "a", "9", "A.b_c:d-e", "urn:news:123", "v1.2.3"})
  void accepts_letters_digits_and_the_four_separators(String id) {
    assertThat(violations(article(a -> a.id = id))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {".hidden", "-a", "_a", ":a", "a/b", "a..b", "../etc/passwd", "a b", "a\u00a0b",
      "\u0430bc", "a#b", "a?b", "a%2Fb"})
  void rejects_anything_that_is_unsafe_in_a_path_or_key(String id) {
    assertThat(violations(article(a -> a.id = id)))
        .containsExactly(Violation.of(
            "/id", Codes.INVALID_ID,
            "must be 1 to 128 of A-Z a-z 0-9 . _ : - starting with a letter or digit, without .."));
  }

  @Test
  void accepts_128_characters_and_rejects_129() {
    assertThat(violations(article(a -> a.id = "a".repeat(128)))).isEmpty();
    assertThat(violations(article(a -> a.id = "a".repeat(129))))
        .containsExactly(Violation.of("/id", Codes.TOO_LONG, "must be at most 128 characters"));
  }

  @Test
  void rejects_an_empty_identifier_as_blank_and_a_missing_one_as_required() {
    assertThat(violations(article(a -> a.id = "")))
        .containsExactly(Violation.of("/id", Codes.BLANK, "must not be blank"));
    assertThatThrownBy(() -> article(a -> a.id = null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id must not be null");
  }

  @Test
  void applies_to_tickers_their_items_and_the_articles_they_name() {
    TickerItem item =
        new TickerItem("item/1", "Budget approved", null, "art..1", TickerPriority.NORMAL, PUBLISHED_AT, null);

    assertThat(violations(new Ticker("home page", "News Ticker", List.of(item), null)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/id", Codes.INVALID_ID),
            tuple("/items/0/articleId", Codes.INVALID_ID),
            tuple("/items/0/id", Codes.INVALID_ID));
  }
}
