package dev.masthead.wire;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A strict and allocation-free parser of RFC 3339 date-times with an offset, such as {@code
 * 2024-05-01T10:00:00Z} or {@code 2024-05-01T12:00:00.250+02:00}.
 *
 * <p>Rejected: a missing offset, a missing seconds field, a leap second (60), an impossible date
 * (February 30), fractions of more than nine digits, years outside 0000 to 9999, and anything
 * around the value. {@code T} and {@code Z} may be lower case, as RFC 3339 allows.
 */
final class Rfc3339 {
  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private Rfc3339() {}

  /** Returns the instant, or null when {@code text} is not a strict RFC 3339 date-time. */
  static @Nullable Instant parse(String text) {
    int n = text.length();
    if (n < 20 || n > 35) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = text.charAt(4) == '-' ? digits(text, 5, 2) : -1;
    int day = text.charAt(7) == '-' ? digits(text, 8, 2) : -1;
    char t = text.charAt(10);
    int hour = t == 'T' || t == 't' ? digits(text, 11, 2) : -1;
    int minute = text.charAt(13) == ':' ? digits(text, 14, 2) : -1;
    int second = text.charAt(16) == ':' ? digits(text, 17, 2) : -1;
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      int fractionDigits = i - start;
      if (fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      nanos = digits(text, start, fractionDigits);
      for (int k = fractionDigits; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= n) {
      return null;
    }
    int offsetSeconds;
    char zone = text.charAt(i);
    if (zone == 'Z' || zone == 'z') {
      if (i + 1 != n) {
        return null;
      }
      offsetSeconds = 0;
    } else if ((zone == '+' || zone == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
      int offsetHours = digits(text, i + 1, 2);
      int offsetMinutes = digits(text, i + 4, 2);
      if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochDay = epochDay(year, month, day);
    long seconds = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private static int daysInMonth(int year, int month) {
    if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
      return 29;
    }
    return DAYS_IN_MONTH[month - 1];
  }

  /** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }

  /** Returns the value of {@code count} decimal digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
