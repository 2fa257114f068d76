package dev.masthead.json.generated;

import java.util.stream.LongStream;

/**
 * The seeds a generated test runs: {@code -Dmasthead.seed=N} replays the one seed {@code N};
 * otherwise {@code -Dmasthead.runs} seeds (default 1,000) from {@code -Dmasthead.seedBase}
 * (default a fixed base, so that every build runs the same content; {@code random} picks a new
 * base, printed, to explore).
 */
public final class Seeds {
  private static final long FIXED_BASE = 0x6D61737468656164L; // "masthead"

  private Seeds() {}

  /**
   * Returns the seeds to run.
   *
   * @param purpose names the test, so that each test starts from its own fixed base
   * @return the seeds
   */
  public static LongStream seeds(String purpose) {
    String replay = System.getProperty("masthead.seed");
    if (replay != null && !replay.isBlank()) {
      return LongStream.of(Long.parseLong(replay.trim()));
    }
    int runs = Integer.getInteger("masthead.runs", 1_000);
    String base = System.getProperty("masthead.seedBase", "");
    long first;
    if (base.equals("random")) {
      first = System.nanoTime();
      System.out.println(purpose + ": seeds from " + first);
    } else if (!base.isBlank()) {
      first = Long.parseLong(base.trim());
    } else {
      first = FIXED_BASE + purpose.hashCode();
    }
    return LongStream.range(0, runs).map(i -> first + i);
  }
}
