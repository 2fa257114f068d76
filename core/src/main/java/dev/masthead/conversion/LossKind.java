package dev.masthead.conversion;

import java.util.Locale;

/**
 * What a conversion did to one value that it did not carry over unchanged.
 *
 * <p>Written in lower case ({@code dropped}, {@code changed}, {@code guessed}) in reports.
 */
public enum LossKind {
  /** The value has no place in the target format and was left out. */
  DROPPED,
  /** The value was carried over in another form, such as normalised white space or a re-encoded URL. */
  CHANGED,
  /** The value was absent and the converter derived one, such as a slug made from a headline. */
  GUESSED;

  /**
   * Returns the lower-case name used in reports.
   *
   * @return {@code dropped}, {@code changed} or {@code guessed}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
