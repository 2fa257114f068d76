package dev.masthead.syndication.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates as RSS 2.0 writes them: RFC 822 with a four-digit year, in GMT. */
public final class Rfc822 {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private Rfc822() {}

  /**
   * Returns the date, such as {@code Wed, 1 May 2024 10:00:00 GMT}.
   *
   * @param instant the time, at whole seconds (RFC 822 has no fractions)
   * @return the date
   */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
