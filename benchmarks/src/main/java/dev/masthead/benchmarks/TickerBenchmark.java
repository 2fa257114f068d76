package dev.masthead.benchmarks;

import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ticker's behaviour, which runs on every update of a live page: adding an item to a full
 * ticker (validate the item, replace by id, sort, drop to capacity) and the view a reader sees at a
 * given instant.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TickerBenchmark {
  private Ticker full;
  private TickerItem item;
  private Ticker ticker;
  private Instant now;

  /** Builds the tickers and checks that both operations do real work on them. */
  @Setup
  public void setUp() {
    full = Documents.fullTicker();
    // Urgent and recent: it lands in the middle, and the oldest normal item makes room for it.
    item = TickerItem.builder("wire-new", "Port reopens on the evening tide", Documents.PUBLISHED_AT.plusSeconds(60))
        .url("https://news.example.com/live/wire/new")
        .priority(TickerPriority.URGENT)
        .build();
    ticker = Documents.ticker();
    now = Documents.PUBLISHED_AT.plus(Duration.ofMinutes(30));

    Ticker added = tickerAdd();
    if (full.items().size() != Ticker.MAX_ITEMS || added.items().size() != Ticker.MAX_ITEMS
        || added.item(item.id()).isEmpty()) {
      throw new IllegalStateException("tickerAdd must add to a full ticker and keep its capacity");
    }
    int active = tickerActiveAt().items().size();
    if (active == 0 || active == ticker.items().size()) {
      throw new IllegalStateException("tickerActiveAt must drop some items and keep others, kept " + active);
    }
  }

  @Benchmark
  public Ticker tickerAdd() {
    return full.plus(item);
  }

  @Benchmark
  public Ticker tickerActiveAt() {
    return ticker.activeAt(now);
  }
}
