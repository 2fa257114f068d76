package dev.masthead.kafka;

import static dev.masthead.kafka.Fixtures.NOON;
import static dev.masthead.kafka.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TickerItemSerdeTest {
  @Test
  void round_trips_an_item() {
    TickerItemSerde serde = new TickerItemSerde();
    TickerItem item = Fixtures.item("t1", TickerPriority.URGENT, NOON, Duration.ofMinutes(30));

    byte[] bytes = serde.serialize("ticker-items", item);

    assertThat(serde.deserialize("ticker-items", bytes)).isEqualTo(item);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
        "{\"id\":\"t1\",\"headline\":\"Headline t1\",\"url\":\"https://news.example.com/t1\",\"priority\":\"urgent\","
            + "\"publishedAt\":\"2024-05-01T12:00:00Z\",\"expiresAt\":\"2024-05-01T12:30:00Z\"}");
  }

  @Test
  void rejects_an_unknown_priority() {
    TickerItemSerde serde = new TickerItemSerde();
    byte[] json = utf8("{\"id\":\"t1\",\"headline\":\"H\",\"priority\":\"flash\",\"publishedAt\":\"2024-05-01T12:00:00Z\"}");

    MastheadSerializationException e =
        catchThrowableOfType(MastheadSerializationException.class, () -> serde.deserialize("ticker-items", json));

    assertThat(e.code()).isEqualTo("unknown_value");
    assertThat(e.pointer()).isEqualTo("/priority");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void rejects_an_item_that_expires_before_it_appears() {
    TickerItemSerde serde = new TickerItemSerde();
    byte[] json = utf8("{\"id\":\"t1\",\"headline\":\"H\",\"publishedAt\":\"2024-05-01T12:00:00Z\","
        + "\"expiresAt\":\"2024-05-01T11:00:00Z\"}");

    MastheadSerializationException e =
        catchThrowableOfType(MastheadSerializationException.class, () -> serde.deserialize("ticker-items", json));

    assertThat(e.pointer()).isEqualTo("/expiresAt");
    assertThat(e.line()).isZero();
  }
}
