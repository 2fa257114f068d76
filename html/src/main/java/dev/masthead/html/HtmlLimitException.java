package dev.masthead.html;

/**
 * Thrown when HTML exceeds one of the limits of {@link HtmlReader}: nothing was read from it.
 *
 * <p>{@code catch (HtmlLimitException e) { log(e.limit() + " " + e.maximum()); }}
 *
 * <p>The message names the limit and its value, such as {@code nesting must be at most 256
 * elements deep}.
 */
public final class HtmlLimitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The limit exceeded. */
  private final HtmlLimit limit;
  /** Its value. */
  private final int maximum;

  /**
   * Creates the exception.
   *
   * @param limit the limit exceeded
   * @param maximum its value
   */
  public HtmlLimitException(HtmlLimit limit, int maximum) {
    super(limit.message(maximum));
    this.limit = limit;
    this.maximum = maximum;
  }

  /**
   * Returns the limit exceeded.
   *
   * @return the limit
   */
  public HtmlLimit limit() {
    return limit;
  }

  /**
   * Returns the value of the limit exceeded.
   *
   * @return the largest value allowed
   */
  public int maximum() {
    return maximum;
  }
}
