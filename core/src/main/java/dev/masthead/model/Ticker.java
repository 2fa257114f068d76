package dev.masthead.model;

import dev.masthead.validation.Distinct;
import dev.masthead.validation.Identifier;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.TimestampRange;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A news ticker: a labelled strip of short items, most urgent and newest first.
 *
 * <p>{@code Ticker.of("home", "News Ticker").plus(item).activeAt(now).items()}
 *
 * <p>A ticker has behaviour, not only data. {@link #plus(TickerItem)} returns a new ticker in which
 * an item with the same id is replaced and the capacity is kept by dropping the least important
 * items; {@link #activeAt(Instant)} is the ticker a reader sees at a given time.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Immutable and thread-safe.
 *   <li>{@link #items()} is never null, holds no null, and is always in display order: by priority
 *       (breaking, urgent, normal), then newest {@code publishedAt} first, then by id. The
 *       constructor sorts what it is given; the order is the ticker's, not the caller's.
 *   <li>At most {@value #MAX_ITEMS} items, ids unique.
 * </ul>
 *
 * @param id the identifier
 * @param label the label readers see, such as "News Ticker", 1 to 100 code points
 * @param items the items, in display order
 * @param updatedAt when the ticker last changed
 */
public record Ticker(
    @NotNull(message = MessageTemplates.REQUIRED) @Identifier String id,
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 100) String label,
    @Size(max = Ticker.MAX_ITEMS, message = MessageTemplates.TOO_MANY) @Distinct(by = "id") List<@Valid TickerItem> items,
    @TimestampRange @Nullable Instant updatedAt) {

  /** The most items a ticker holds, and the capacity {@link #plus(TickerItem)} keeps. */
  public static final int MAX_ITEMS = 200;

  /** Display order: priority, then newest first, then id. */
  public static final Comparator<TickerItem> DISPLAY_ORDER =
      Comparator.comparing(TickerItem::priority)
          .thenComparing(TickerItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(TickerItem::id, Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Copies {@code items} in display order; null reads as empty.
   *
   * @param id the identifier
   * @param label the label readers see, such as "News Ticker", 1 to 100 code points
   * @param items the items, in display order
   * @param updatedAt when the ticker last changed
   */
  public Ticker {
    Lists.require(id, "id");
    Lists.require(label, "label");
    List<TickerItem> copy = Lists.copy("items", items);
    if (!isSorted(copy)) {
      TickerItem[] sorted = copy.toArray(new TickerItem[0]);
      Arrays.sort(sorted, DISPLAY_ORDER);
      copy = List.of(sorted);
    }
    items = copy;
  }

  private static boolean isSorted(List<TickerItem> items) {
    for (int i = 1; i < items.size(); i++) {
      if (DISPLAY_ORDER.compare(items.get(i - 1), items.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns an empty ticker.
   *
   * @param id the identifier
   * @param label the label, such as "News Ticker"
   * @return the ticker
   * @throws dev.masthead.validation.InvalidContentException if the id or label is not well-formed
   */
  public static Ticker of(String id, String label) {
    return of(id, label, List.of(), null);
  }

  /**
   * Returns a ticker.
   *
   * @param id the identifier
   * @param label the label
   * @param items the items, in any order
   * @param updatedAt when the ticker last changed, or null
   * @return the ticker, its items in display order
   * @throws dev.masthead.validation.InvalidContentException if the ticker is not well-formed
   */
  public static Ticker of(
      String id, String label, Collection<? extends TickerItem> items, @Nullable Instant updatedAt) {
    return MastheadValidator.standard().requireWellFormed(new Ticker(id, label, Lists.copy("items", Lists.require(items, "items")), updatedAt));
  }

  /**
   * Returns a ticker with {@code item} added, keeping at most {@value #MAX_ITEMS} items. A full
   * ticker keeps the items first in display order, so the new item itself is dropped when it ranks
   * last; {@link #item(String)} on the result tells whether it was kept.
   *
   * @param item the item; one with the same id is replaced
   * @return a new ticker
   * @throws dev.masthead.validation.InvalidContentException if the item is not well-formed
   * @see #plus(TickerItem, int)
   */
  public Ticker plus(TickerItem item) {
    return plus(item, MAX_ITEMS);
  }

  /**
   * Returns a ticker with {@code item} added. An item with the same id is replaced. When more than
   * {@code capacity} items remain, the last in display order are dropped: the lowest priority
   * first, and among equals the oldest, which may be the new item itself.
   *
   * @param item the item
   * @param capacity the most items to keep, 1 to {@value #MAX_ITEMS}
   * @return a new ticker
   * @throws IllegalArgumentException if {@code capacity} is out of range
   * @throws dev.masthead.validation.InvalidContentException if the item is not well-formed
   */
  public Ticker plus(TickerItem item, int capacity) {
    Objects.requireNonNull(item, "item");
    if (capacity < 1 || capacity > MAX_ITEMS) {
      throw new IllegalArgumentException("capacity must be between 1 and " + MAX_ITEMS);
    }
    MastheadValidator.standard().requireWellFormed(item);
    List<TickerItem> next = new ArrayList<>(items.size() + 1);
    for (TickerItem existing : items) {
      if (!existing.id().equals(item.id())) {
        next.add(existing);
      }
    }
    next.add(item);
    next.sort(DISPLAY_ORDER);
    if (next.size() > capacity) {
      next.subList(capacity, next.size()).clear();
    }
    return new Ticker(id, label, next, updatedAt);
  }

  /**
   * Returns a ticker without the item that has {@code item}'s id, the counterpart of {@link
   * #plus(TickerItem)}.
   *
   * @param item the item to remove
   * @return a new ticker, or this one when it has no item of that id
   */
  public Ticker minus(TickerItem item) {
    return minus(Objects.requireNonNull(item, "item").id());
  }

  /**
   * Returns a ticker without the item of the given id.
   *
   * @param itemId the id of the item to remove
   * @return a new ticker, or this one when it has no such item
   */
  public Ticker minus(String itemId) {
    Objects.requireNonNull(itemId, "itemId");
    if (item(itemId).isEmpty()) {
      return this;
    }
    List<TickerItem> next = new ArrayList<>(items);
    next.removeIf(existing -> existing.id().equals(itemId));
    return new Ticker(id, label, next, updatedAt);
  }

  /**
   * Returns the item of the given id.
   *
   * @param itemId the id
   * @return the item, or empty
   */
  public Optional<TickerItem> item(String itemId) {
    Objects.requireNonNull(itemId, "itemId");
    for (TickerItem item : items) {
      if (item.id().equals(itemId)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the ticker a reader sees at {@code instant}: only the items that have appeared and not
   * expired ({@link TickerItem#isActiveAt(Instant)}), in display order.
   *
   * @param instant the time of reading, such as {@code clock.instant()}
   * @return a ticker, this one when every item is active
   */
  public Ticker activeAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    List<TickerItem> active = new ArrayList<>(items.size());
    for (TickerItem item : items) {
      if (item.isActiveAt(instant)) {
        active.add(item);
      }
    }
    return active.size() == items.size() ? this : new Ticker(id, label, active, updatedAt);
  }

  /**
   * Returns a copy with the given update time.
   *
   * @param updatedAt when the ticker last changed, or null
   * @return a copy, or this ticker when the time is the same
   * @throws dev.masthead.validation.InvalidContentException if the time is out of range
   */
  public Ticker withUpdatedAt(@Nullable Instant updatedAt) {
    return Objects.equals(updatedAt, this.updatedAt) ? this : of(id, label, items, updatedAt);
  }
}
