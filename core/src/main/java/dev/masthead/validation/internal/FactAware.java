package dev.masthead.validation.internal;

import org.jspecify.annotations.Nullable;

/**
 * A constraint validator that can use what a reader has already checked about the texts of a
 * value ({@link TextFacts}), so that {@link FastValidator} runs only what is left of its rule.
 *
 * @param <T> the type of value validated
 */
interface FactAware<T> {
  /**
   * Whether {@code value} is valid, given {@code facts}; the same answer as the validator's own
   * {@code isValid} for a value of which the facts hold.
   *
   * @param value the value, or null
   * @param facts the {@link TextFacts} bits known of every text of the value
   */
  boolean isValid(@Nullable T value, int facts);
}
