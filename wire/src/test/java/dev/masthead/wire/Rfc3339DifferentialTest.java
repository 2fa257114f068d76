package dev.masthead.wire;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The RFC 3339 parser agrees with a strict {@code java.time} formatter of the same grammar on
 * random near-valid text: the same texts are accepted, as the same instants. The one documented
 * difference is checked apart: RFC 3339 allows offsets up to 23:59, {@code java.time} only to
 * 18:00.
 */
class Rfc3339DifferentialTest {
  private static final int RUNS = 200_000;
  private static final DateTimeFormatter STRICT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendValue(YEAR, 4, 4, SignStyle.NOT_NEGATIVE)
      .appendLiteral('-')
      .appendValue(MONTH_OF_YEAR, 2)
      .appendLiteral('-')
      .appendValue(DAY_OF_MONTH, 2)
      .appendLiteral('T')
      .appendValue(HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(MINUTE_OF_HOUR, 2)
      .appendLiteral(':')
      .appendValue(SECOND_OF_MINUTE, 2)
      .optionalStart()
      .appendFraction(NANO_OF_SECOND, 1, 9, true)
      .optionalEnd()
      .appendOffset("+HH:MM", "Z")
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(IsoChronology.INSTANCE);
  private static final String NOISE = "0159-:Tt.Zz+ x";

  @Test
  void agrees_with_a_strict_java_time_formatter() {
    SplittableRandom random = new SplittableRandom(0x3339L);
    int accepted = 0;
    for (int run = 0; run < RUNS; run++) {
      String text = text(random, false);
      Instant expected = javaTime(text);

      Instant parsed = Rfc3339.parse(text);
      if (expected == null && parsed != null) {
        // The documented difference, which a changed character can produce: an offset past 18:00.
        assertThat(text).as("run %d: accepted only by Masthead", run).containsPattern("[+-](1[89]|2[0-3]):[0-5][0-9]$")
            .doesNotEndWith("18:00");
      } else {
        assertThat(parsed).as("run %d: %s", run, text).isEqualTo(expected);
      }
      accepted += expected == null ? 0 : 1;
    }
    assertThat(accepted).as("both answers are met often").isBetween(RUNS / 10, RUNS * 9 / 10);
  }

  @Test
  void accepts_offsets_beyond_java_times_range_as_rfc_3339_allows() {
    SplittableRandom random = new SplittableRandom(0x2359L);
    for (int run = 0; run < 10_000; run++) {
      String text = text(random, true);
      // The same date-time at the offset minus six hours is within java.time's range.
      int sign = text.charAt(text.length() - 6) == '-' ? -1 : 1;
      int hours = Integer.parseInt(text.substring(text.length() - 5, text.length() - 3));
      String nearer = text.substring(0, text.length() - 5) + String.format("%02d", hours - 6) + text.substring(text.length() - 3);
      Instant reference = javaTime(nearer);

      Instant parsed = Rfc3339.parse(text);
      if (reference == null) {
        assertThat(parsed).as(text).isNull();
      } else {
        assertThat(parsed).as(text).isEqualTo(reference.minusSeconds(sign * 6L * 3600));
      }
    }
  }

  private static @Nullable Instant javaTime(String text) {
    try {
      return OffsetDateTime.parse(text, STRICT).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A date-time with fields at and around their bounds, sometimes with one character changed. */
  private static String text(SplittableRandom random, boolean farOffset) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("%04d", random.nextInt(3) == 0 ? random.nextInt(10_000) : random.nextInt(1896, 2204)));
    text.append('-').append(String.format("%02d", random.nextInt(14)));
    text.append('-').append(String.format("%02d", random.nextInt(4) == 0 ? random.nextInt(28, 33) : random.nextInt(33)));
    text.append(random.nextInt(10) == 0 ? 't' : 'T');
    text.append(String.format("%02d", random.nextInt(25)));
    text.append(':').append(String.format("%02d", random.nextInt(61)));
    text.append(':').append(String.format("%02d", random.nextInt(62)));
    if (random.nextBoolean()) {
      text.append('.');
      int digits = random.nextInt(11);
      for (int i = 0; i < digits; i++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
    }
    int offset = random.nextInt(farOffset ? 1 : 4);
    if (!farOffset && offset == 0) {
      text.append(random.nextInt(5) == 0 ? 'z' : 'Z');
    } else {
      // java.time allows offsets up to 18:00 only; the test of farther offsets is apart.
      int hours = farOffset ? random.nextInt(19, 24) : random.nextInt(18);
      text.append(random.nextBoolean() ? '+' : '-')
          .append(String.format("%02d", hours))
          .append(':')
          .append(String.format("%02d", random.nextInt(61)));
    }
    if (!farOffset && random.nextInt(4) == 0) {
      int at = random.nextInt(text.length());
      text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
    }
    if (!farOffset && random.nextInt(20) == 0) {
      text.append(random.nextBoolean() ? " " : "0");
    }
    return text.toString();
  }
}
