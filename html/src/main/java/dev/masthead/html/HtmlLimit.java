package dev.masthead.html;

/**
 * A bound that {@link HtmlReader} puts on the HTML it reads, so that hostile input costs bounded time
 * and memory. Each is set on {@link HtmlReader.Builder}; {@link HtmlLimitException#limit()} names the
 * one exceeded.
 */
public enum HtmlLimit {
  /** The length of the input in UTF-16 characters ({@link HtmlReader.Builder#maxInputChars(int)}). */
  INPUT_SIZE("input must be at most ", " characters"),
  /** How deeply elements nest ({@link HtmlReader.Builder#maxDepth(int)}). */
  DEPTH("nesting must be at most ", " elements deep"),
  /** How many blocks the body would have ({@link HtmlReader.Builder#maxBlocks(int)}). */
  BLOCKS("body must have at most ", " blocks");

  private final String before;
  private final String after;

  HtmlLimit(String before, String after) {
    this.before = before;
    this.after = after;
  }

  /** Returns the message for exceeding {@code maximum}, such as {@code input must be at most 10 characters}. */
  String message(int maximum) {
    return before + maximum + after;
  }
}
