package dev.masthead.validation.internal;

import dev.masthead.validation.Codes;
import dev.masthead.validation.TimestampRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;

/** Checks {@link TimestampRange}. */
public final class TimestampRangeValidator implements ConstraintValidator<TimestampRange, Instant> {
  /** The earliest timestamp allowed: 1900-01-01T00:00:00Z. */
  public static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
  /** The first timestamp no longer allowed: 2200-01-01T00:00:00Z. */
  public static final Instant MAX = Instant.parse("2200-01-01T00:00:00Z");

  @Override
  public boolean isValid(Instant value, ConstraintValidatorContext context) {
    if (value == null || (!value.isBefore(MIN) && value.isBefore(MAX))) {
      return true;
    }
    return Report.fail(context, Codes.TIMESTAMP_RANGE);
  }
}
