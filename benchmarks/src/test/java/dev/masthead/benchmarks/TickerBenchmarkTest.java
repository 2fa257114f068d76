package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Ticker;
import org.junit.jupiter.api.Test;

class TickerBenchmarkTest {
  private final TickerBenchmark benchmark = new TickerBenchmark();

  @Test
  void adding_to_a_full_ticker_keeps_its_capacity() {
    benchmark.setUp();

    Ticker added = benchmark.tickerAdd();

    assertThat(added.items()).hasSize(Ticker.MAX_ITEMS);
    assertThat(added.item("wire-new")).isPresent();
  }

  @Test
  void active_view_drops_expired_items() {
    benchmark.setUp();

    assertThat(benchmark.tickerActiveAt().items()).hasSizeBetween(1, Documents.ticker().items().size() - 1);
  }
}
