package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TickerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
  private static final Instant NOW = CLOCK.instant();

  private static Instant minutesAgo(long minutes) {
    return NOW.minus(Duration.ofMinutes(minutes));
  }

  private static TickerItem item(String id, TickerPriority priority, long minutesAgo) {
    return TickerItem.builder(id, "Headline " + id, minutesAgo(minutesAgo)).priority(priority).build();
  }

  private static TickerItem normal(String id, long minutesAgo) {
    return item(id, TickerPriority.NORMAL, minutesAgo);
  }

  private static List<String> ids(Ticker ticker) {
    List<String> ids = new ArrayList<>();
    for (TickerItem item : ticker.items()) {
      ids.add(item.id());
    }
    return ids;
  }

  @Test
  void starts_empty_with_its_label() {
    Ticker ticker = Ticker.of("home", "News Ticker");

    assertThat(ticker.id()).isEqualTo("home");
    assertThat(ticker.label()).isEqualTo("News Ticker");
    assertThat(ticker.items()).isEmpty();
    assertThat(ticker.updatedAt()).isNull();
  }

  @Test
  void rejects_a_malformed_id_or_label() {
    assertThatThrownBy(() -> Ticker.of("home page", " "))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("ticker is not well-formed:\n"
            + "  /id: invalid_id: must be 1 to 128 of A-Z a-z 0-9 . _ : - starting with a letter or digit, without ..\n"
            + "  /label: blank: must not be blank");
  }

  @Test
  void plus_returns_a_new_ticker_and_leaves_the_old_one_unchanged() {
    Ticker empty = Ticker.of("home", "News Ticker");
    TickerItem item = normal("t1", 5);

    Ticker one = empty.plus(item);

    assertThat(one).isNotSameAs(empty);
    assertThat(one.items()).containsExactly(item);
    assertThat(empty.items()).isEmpty();
    assertThat(one.id()).isEqualTo("home");
    assertThat(one.label()).isEqualTo("News Ticker");
  }

  @Test
  void plus_replaces_an_item_with_the_same_id() {
    Ticker ticker = Ticker.of("home", "News Ticker").plus(normal("t1", 30)).plus(normal("t2", 20));
    TickerItem update = TickerItem.builder("t1", "Budget approved after recount", minutesAgo(1))
        .priority(TickerPriority.URGENT)
        .build();

    Ticker updated = ticker.plus(update);

    assertThat(updated.items()).hasSize(2).first().isEqualTo(update);
    assertThat(ids(updated)).containsExactly("t1", "t2");
    assertThat(ticker.item("t1")).contains(normal("t1", 30));
  }

  @Test
  void orders_items_by_priority_then_newest_first_then_id() {
    Ticker ticker = Ticker.of("home", "News Ticker")
        .plus(normal("n-old", 50))
        .plus(item("u-old", TickerPriority.URGENT, 40))
        .plus(normal("n-new", 1))
        .plus(item("b-old", TickerPriority.BREAKING, 60))
        .plus(item("u-new", TickerPriority.URGENT, 2))
        .plus(normal("n-tie-b", 10))
        .plus(normal("n-tie-a", 10))
        .plus(item("b-new", TickerPriority.BREAKING, 3));

    assertThat(ids(ticker))
        .containsExactly("b-new", "b-old", "u-new", "u-old", "n-new", "n-tie-a", "n-tie-b", "n-old");
  }

  @Test
  void the_constructor_sorts_items_given_in_any_order() {
    List<TickerItem> items = Arrays.asList(
        normal("n1", 1), item("b1", TickerPriority.BREAKING, 30), item("u1", TickerPriority.URGENT, 5),
        normal("n0", 1), item("b2", TickerPriority.BREAKING, 1));
    Collections.reverse(items);

    Ticker constructed = new Ticker("home", "News Ticker", items, null);
    Ticker factory = Ticker.of("home", "News Ticker", items, null);

    assertThat(ids(constructed)).containsExactly("b2", "b1", "u1", "n0", "n1");
    assertThat(factory).isEqualTo(constructed);
  }

  @Test
  void plus_keeps_the_capacity_by_dropping_the_oldest_of_the_lowest_priority() {
    Ticker ticker = Ticker.of("home", "News Ticker")
        .plus(item("b1", TickerPriority.BREAKING, 90))
        .plus(normal("n-old", 60))
        .plus(normal("n-new", 10));

    Ticker full = ticker.plus(item("u1", TickerPriority.URGENT, 80), 3);

    assertThat(ids(full)).containsExactly("b1", "u1", "n-new");
  }

  @Test
  void plus_may_drop_the_new_item_itself() {
    Ticker ticker = Ticker.of("home", "News Ticker")
        .plus(item("b1", TickerPriority.BREAKING, 5))
        .plus(normal("n1", 10));

    Ticker after = ticker.plus(normal("n-older", 20), 2);

    assertThat(after.items()).isEqualTo(ticker.items());
    assertThat(after.item("n-older")).isEmpty();
  }

  @Test
  void plus_keeps_at_most_200_items_by_default() {
    Ticker ticker = Ticker.of("home", "News Ticker");
    for (int i = 0; i < Ticker.MAX_ITEMS; i++) {
      ticker = ticker.plus(normal("n" + i, 1_000 - i));
    }

    Ticker after = ticker.plus(normal("newest", 0));

    assertThat(ticker.items()).hasSize(200);
    assertThat(after.items()).hasSize(200);
    assertThat(after.item("newest")).isPresent();
    assertThat(after.item("n0")).isEmpty();
    assertThat(after.item("n1")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
  void rejects_a_capacity_outside_1_to_200(int capacity) {
    Ticker ticker = Ticker.of("home", "News Ticker");

    assertThatThrownBy(() -> ticker.plus(normal("t1", 1), capacity))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be between 1 and 200");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 200})
  void accepts_a_capacity_of_1_to_200(int capacity) {
    Ticker ticker = Ticker.of("home", "News Ticker").plus(normal("t0", 10));

    assertThat(ticker.plus(normal("t1", 1), capacity).items()).hasSize(Math.min(capacity, 2));
  }

  @Test
  void plus_rejects_a_malformed_item() {
    TickerItem bad = new TickerItem("t1", "\u00a0", null, null, null, NOW, null);

    assertThatThrownBy(() -> Ticker.of("home", "News Ticker").plus(bad))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("ticker item is not well-formed: /headline: blank: must not be blank");
  }

  @Test
  void active_at_leaves_out_expired_and_future_items() {
    TickerItem live = normal("live", 30);
    TickerItem expiringNow = TickerItem.builder("expiring", "Gone now", minutesAgo(60)).expiresAt(NOW).build();
    TickerItem expiringLater =
        TickerItem.builder("later", "Still here", minutesAgo(60)).expiresAt(NOW.plusSeconds(1)).build();
    TickerItem startingNow = normal("starting", 0);
    TickerItem scheduled = TickerItem.builder("scheduled", "Not yet", NOW.plusSeconds(1)).build();
    Ticker ticker = Ticker.of("home", "News Ticker",
        List.of(live, expiringNow, expiringLater, startingNow, scheduled), null);

    Ticker active = ticker.activeAt(CLOCK.instant());

    assertThat(ids(active)).containsExactly("starting", "live", "later");
    assertThat(ticker.items()).hasSize(5);
    assertThat(active.id()).isEqualTo("home");
  }

  @Test
  void active_at_returns_the_same_ticker_when_every_item_is_active() {
    Ticker ticker = Ticker.of("home", "News Ticker").plus(normal("t1", 1));

    assertThat(ticker.activeAt(CLOCK.instant())).isSameAs(ticker);
  }

  @Test
  void minus_removes_an_item() {
    Ticker ticker = Ticker.of("home", "News Ticker").plus(normal("t1", 1)).plus(normal("t2", 2));

    Ticker after = ticker.minus("t1");

    assertThat(ids(after)).containsExactly("t2");
    assertThat(ids(ticker)).containsExactly("t1", "t2");
  }

  @Test
  void minus_returns_the_same_ticker_when_there_is_no_such_item() {
    Ticker ticker = Ticker.of("home", "News Ticker").plus(normal("t1", 1));

    assertThat(ticker.minus("t9")).isSameAs(ticker);
  }

  @Test
  void finds_an_item_by_id() {
    TickerItem item = normal("t1", 1);
    Ticker ticker = Ticker.of("home", "News Ticker").plus(item);

    assertThat(ticker.item("t1")).contains(item);
    assertThat(ticker.item("t2")).isEmpty();
  }

  @Test
  void rejects_duplicate_item_ids_where_they_stand() {
    Ticker ticker = new Ticker("home", "News Ticker",
        List.of(normal("t1", 1), item("t2", TickerPriority.URGENT, 5), normal("t1", 10)), null);

    assertThat(ids(ticker)).containsExactly("t2", "t1", "t1");
    assertThat(violations(ticker))
        .containsExactly(Violation.of("/items/2/id", Codes.DUPLICATE, "must be unique in its list"));
    assertThatThrownBy(() -> Ticker.of("home", "News Ticker", ticker.items(), null))
        .isInstanceOf(InvalidContentException.class);
  }

  @Test
  void copies_items_keeps_them_unmodifiable_and_rejects_null_elements() {
    List<TickerItem> items = new ArrayList<>(List.of(normal("t1", 1)));
    Ticker ticker = new Ticker("home", "News Ticker", items, null);

    items.add(normal("t2", 2));

    assertThat(ids(ticker)).containsExactly("t1");
    assertThatThrownBy(() -> ticker.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Ticker("home", "News Ticker", null, null).items()).isEmpty();
    assertThatThrownBy(() -> new Ticker("home", "News Ticker", Arrays.asList(normal("t1", 1), null), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("items[1] must not be null");
  }

  @Test
  void holds_at_most_200_items() {
    List<TickerItem> items = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      items.add(normal("t" + i, i));
    }

    assertThat(violations(new Ticker("home", "News Ticker", items.subList(0, 200), null))).isEmpty();
    assertThat(violations(new Ticker("home", "News Ticker", items, null)))
        .containsExactly(Violation.of("/items", Codes.TOO_MANY, "must have at most 200 elements"));
  }

  @Test
  void with_updated_at_returns_a_copy_or_the_same_instance() {
    Ticker ticker = Ticker.of("home", "News Ticker").plus(normal("t1", 1));

    Ticker updated = ticker.withUpdatedAt(NOW);

    assertThat(updated.updatedAt()).isEqualTo(NOW);
    assertThat(updated.items()).isEqualTo(ticker.items());
    assertThat(ticker.updatedAt()).isNull();
    assertThat(updated.withUpdatedAt(NOW)).isSameAs(updated);
    assertThatThrownBy(() -> ticker.withUpdatedAt(Instant.parse("2200-01-01T00:00:00Z")))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("ticker is not well-formed: /updatedAt: timestamp_range: must be from 1900-01-01 to 2200-01-01");
  }

  @Test
  void keeps_its_update_time_through_plus_minus_and_active_at() {
    Ticker ticker = Ticker.of("home", "News Ticker", List.of(normal("t1", 1)), NOW);
    TickerItem future = TickerItem.builder("t2", "Later", NOW.plusSeconds(60)).build();

    assertThat(ticker.plus(future).updatedAt()).isEqualTo(NOW);
    assertThat(ticker.plus(future).activeAt(NOW).updatedAt()).isEqualTo(NOW);
    assertThat(ticker.minus("t1").updatedAt()).isEqualTo(NOW);
  }

  @Test
  void minus_an_item_removes_the_item_with_its_id() {
    Ticker ticker = Ticker.of("home", "News Ticker").plus(normal("t1", 30)).plus(normal("t2", 20));

    Ticker smaller = ticker.minus(normal("t1", 5));

    assertThat(smaller.items()).extracting(TickerItem::id).containsExactly("t2");
  }
}
