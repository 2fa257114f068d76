package dev.masthead.html;

/**
 * A bound that {@link HtmlReader} puts on the HTML it reads, so that hostile input costs bounded time
 * and memory. Each is set on {@link HtmlReader.Builder}; {@link HtmlLimitException#limit()} names the
 * one exceeded.
 */
public enum HtmlLimit {
  /** The length of the input in UTF-16 characters ({@link HtmlReader.Builder#maxInputChars(int)}). */
  INPUT_SIZE("input", "characters"),
  /** How deeply elements nest ({@link HtmlReader.Builder#maxDepth(int)}). */
  DEPTH("nesting", "elements deep"),
  /** How many blocks the body would have ({@link HtmlReader.Builder#maxBlocks(int)}). */
  BLOCKS("body", "blocks");

  private final String subject;
  private final String unit;

  HtmlLimit(String subject, String unit) {
    this.subject = subject;
    this.unit = unit;
  }

  /** Returns the message for exceeding {@code maximum}, such as {@code input must be at most 10 characters}. */
  String message(int maximum) {
    return subject + " must be at most " + maximum + " " + unit;
  }
}
