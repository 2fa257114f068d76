package dev.masthead.validation;

import static dev.masthead.model.Fixtures.PUBLISHED_AT;
import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Article;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampOrderTest {
  private static final Instant BEFORE = PUBLISHED_AT.minusSeconds(1);
  private static final Instant AFTER = PUBLISHED_AT.plus(Duration.ofHours(8));

  @Test
  void accepts_timestamps_in_order() {
    Article article = article(a -> {
      a.embargoedUntil = PUBLISHED_AT;
      a.updatedAt = AFTER;
      a.expiresAt = AFTER;
    });

    assertThat(violations(article)).isEmpty();
  }

  @Test
  void accepts_an_update_at_the_publication_time() {
    assertThat(violations(article(a -> a.updatedAt = PUBLISHED_AT))).isEmpty();
  }

  @Test
  void rejects_an_update_before_publication() {
    assertThat(violations(article(a -> a.updatedAt = BEFORE)))
        .containsExactly(Violation.of("/updatedAt", Codes.TIMESTAMP_ORDER, "must not be before publishedAt"));
  }

  @Test
  void rejects_an_expiry_at_the_publication_time() {
    assertThat(violations(article(a -> a.expiresAt = PUBLISHED_AT)))
        .containsExactly(Violation.of("/expiresAt", Codes.TIMESTAMP_ORDER, "must be after publishedAt"));
  }

  @Test
  void rejects_an_expiry_before_publication() {
    assertThat(violations(article(a -> a.expiresAt = BEFORE)))
        .containsExactly(Violation.of("/expiresAt", Codes.TIMESTAMP_ORDER, "must be after publishedAt"));
  }

  @Test
  void rejects_publication_before_the_embargo_ends() {
    assertThat(violations(article(a -> a.embargoedUntil = PUBLISHED_AT.plusSeconds(1))))
        .containsExactly(
            Violation.of("/publishedAt", Codes.TIMESTAMP_ORDER, "must not be before embargoedUntil"));
  }

  @Test
  void reports_every_timestamp_out_of_order() {
    Article article = article(a -> {
      a.embargoedUntil = AFTER;
      a.updatedAt = BEFORE;
      a.expiresAt = BEFORE;
    });

    assertThat(violations(article))
        .extracting(Violation::pointer)
        .containsExactly("/expiresAt", "/publishedAt", "/updatedAt");
  }

  @Test
  void leaves_unpublished_articles_unordered() {
    Article draft = article(a -> {
      a.publishedAt = null;
      a.embargoedUntil = AFTER;
      a.updatedAt = BEFORE;
      a.expiresAt = BEFORE;
    });

    assertThat(violations(draft)).isEmpty();
  }

  @Test
  void makes_with_copies_reject_an_update_before_publication() {
    assertThatThrownBy(() -> Fixtures.article().withUpdatedAt(BEFORE))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not well-formed: /updatedAt: timestamp_order: must not be before publishedAt");
  }

  @Test
  void rejects_a_ticker_item_that_expires_when_or_before_it_appears() {
    for (Instant expiresAt : List.of(PUBLISHED_AT, BEFORE)) {
      TickerItem item = new TickerItem("t1", "Budget approved", null, null, null, PUBLISHED_AT, expiresAt);

      assertThat(violations(item))
          .containsExactly(Violation.of("/expiresAt", Codes.TIMESTAMP_ORDER, "must be after publishedAt"));
      assertThat(violations(new Ticker("home", "News Ticker", List.of(item), null)))
          .extracting(Violation::pointer)
          .containsExactly("/items/0/expiresAt");
    }
  }

  @Test
  void accepts_a_ticker_item_that_expires_after_it_appears() {
    TickerItem item = new TickerItem("t1", "Budget approved", null, null, TickerPriority.URGENT, PUBLISHED_AT,
        PUBLISHED_AT.plusNanos(1));

    assertThat(violations(item)).isEmpty();
  }
}
