package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampRangeTest {
  private static final String MESSAGE = "must be from 1900-01-01 to 2200-01-01";

  private static Article withTimestamp(String field, Instant value) {
    return article(a -> {
      a.publishedAt = null;
      switch (field) {
        case "publishedAt":
          a.publishedAt = value;
          break;
        case "updatedAt":
          a.updatedAt = value;
          break;
        case "embargoedUntil":
          a.embargoedUntil = value;
          break;
        case "expiresAt":
          a.expiresAt = value;
          break;
        default:
          throw new IllegalArgumentException(field);
      }
    });
  }

  @ParameterizedTest
  @CsvSource({
    "publishedAt, 1900-01-01T00:00:00Z",
    "publishedAt, 2199-12-31T23:59:59.999999999Z",
    "updatedAt, 1900-01-01T00:00:00Z",
    "embargoedUntil, 2199-12-31T23:59:59Z",
    "expiresAt, 2024-05-01T10:00:00Z"
  })
  void accepts_timestamps_inside_the_window(String field, String instant) {
    assertThat(violations(withTimestamp(field, Instant.parse(instant)))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "publishedAt, 1899-12-31T23:59:59Z",
    "publishedAt, 2200-01-01T00:00:00Z",
    "updatedAt, 1899-12-31T23:59:59.999999999Z",
    "embargoedUntil, 2200-01-01T00:00:00Z",
    "expiresAt, 1000-01-01T00:00:00Z",
    "expiresAt, +50000-01-01T00:00:00Z"
  })
  void rejects_timestamps_outside_the_window(String field, String instant) {
    assertThat(violations(withTimestamp(field, Instant.parse(instant))))
        .containsExactly(Violation.of("/" + field, Codes.TIMESTAMP_RANGE, MESSAGE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z"})
  void applies_to_tickers_and_their_items(String instant) {
    Instant value = Instant.parse(instant);
    TickerItem item = new TickerItem("t1", "Budget approved", null, null, TickerPriority.NORMAL, value, null);

    assertThat(violations(new Ticker("home", "News Ticker", List.of(item), value)))
        .containsExactly(
            Violation.of("/items/0/publishedAt", Codes.TIMESTAMP_RANGE, MESSAGE),
            Violation.of("/updatedAt", Codes.TIMESTAMP_RANGE, MESSAGE));
  }
}
