package dev.masthead.validation;

import static dev.masthead.model.Fixtures.PUBLISHED_AT;
import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.item;
import static dev.masthead.model.Fixtures.janeDoe;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Author;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerPriority;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctTest {
  private static final String MESSAGE = "must be unique in its list";

  @Test
  void accepts_distinct_tags() {
    assertThat(violations(article(a -> a.tags = List.of("budget", "council", "tax", "schools")))).isEmpty();
  }

  @Test
  void rejects_a_repeated_tag_ignoring_case_at_the_second_occurrence() {
    assertThat(violations(article(a -> a.tags = List.of("budget", "council", "tax", "Budget"))))
        .containsExactly(Violation.of("/tags/3", Codes.DUPLICATE, MESSAGE));
  }

  @Test
  void reports_every_repeat() {
    assertThat(violations(article(a -> a.tags = List.of("tax", "TAX", "budget", "Tax"))))
        .containsExactly(
            Violation.of("/tags/1", Codes.DUPLICATE, MESSAGE),
            Violation.of("/tags/3", Codes.DUPLICATE, MESSAGE));
  }

  @Test
  void accepts_authors_with_the_same_name_and_different_slugs() {
    Author namesake = author(a -> a.slug = "jane-doe-2");

    assertThat(violations(article(a -> a.authors = List.of(janeDoe(), namesake)))).isEmpty();
  }

  @Test
  void rejects_authors_that_share_a_slug_at_the_second_slug() {
    Author other = author(a -> a.name = "John Smith");

    assertThat(violations(article(a -> a.authors = List.of(janeDoe(), other))))
        .containsExactly(Violation.of("/authors/1/slug", Codes.DUPLICATE, MESSAGE));
  }

  @Test
  void rejects_ticker_items_that_share_an_id_where_the_ticker_keeps_them() {
    // Display order puts the breaking item first and the older normal one last.
    Ticker ticker = new Ticker("home", "News Ticker", List.of(
        item("t1", TickerPriority.NORMAL, PUBLISHED_AT),
        item("t2", TickerPriority.NORMAL, PUBLISHED_AT.plus(Duration.ofHours(1))),
        item("t1", TickerPriority.BREAKING, PUBLISHED_AT)), null);

    assertThat(ticker.items()).extracting(item -> item.id()).containsExactly("t1", "t2", "t1");
    assertThat(violations(ticker)).containsExactly(Violation.of("/items/2/id", Codes.DUPLICATE, MESSAGE));
  }

  @Test
  void accepts_ticker_items_with_distinct_ids() {
    Ticker ticker = new Ticker("home", "News Ticker", List.of(
        item("t1", TickerPriority.NORMAL, PUBLISHED_AT), item("t2", TickerPriority.NORMAL, PUBLISHED_AT)), null);

    assertThat(violations(ticker)).isEmpty();
  }
}
