package dev.masthead.kafka;

import static dev.masthead.kafka.Fixtures.NOON;
import static dev.masthead.kafka.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Ticker;
import dev.masthead.model.TickerPriority;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TickerSerdeTest {
  @Test
  void round_trips_a_ticker() {
    TickerSerde serde = new TickerSerde();
    Ticker ticker = Ticker.of("home", "News Ticker", List.of(
        Fixtures.item("t1", TickerPriority.NORMAL, NOON, null),
        Fixtures.item("t2", TickerPriority.BREAKING, NOON, Duration.ofHours(1))), NOON);

    assertThat(serde.deserialize("tickers", serde.serialize("tickers", ticker))).isEqualTo(ticker);
  }

  @Test
  void names_the_item_of_an_invalid_ticker() {
    TickerSerde serde = new TickerSerde();
    byte[] json = utf8("{\"id\":\"home\",\"label\":\"News Ticker\",\"items\":[{\"id\":\"t1\",\"headline\":\"H\","
        + "\"url\":\"ftp://news.example.com/x\",\"publishedAt\":\"2024-05-01T12:00:00Z\"}]}");

    MastheadSerializationException e =
        catchThrowableOfType(MastheadSerializationException.class, () -> serde.deserialize("tickers", json));

    assertThat(e.code()).isEqualTo("url_scheme");
    assertThat(e.pointer()).isEqualTo("/items/0/url");
  }

  @Test
  void applies_the_ticker_item_limit() {
    TickerSerde serde = new TickerSerde();
    serde.configure(Map.of(MastheadSerdeConfig.MAX_TICKER_ITEMS, 1), false);
    Ticker ticker = Ticker.of("home", "News Ticker", List.of(
        Fixtures.item("t1", TickerPriority.NORMAL, NOON, null),
        Fixtures.item("t2", TickerPriority.NORMAL, NOON, null)), null);

    MastheadSerializationException e = catchThrowableOfType(MastheadSerializationException.class,
        () -> serde.deserialize("tickers", serde.serialize("tickers", ticker)));

    assertThat(e.code()).isEqualTo("too_many_elements");
    assertThat(e.pointer()).isEqualTo("/items/1");
  }
}
