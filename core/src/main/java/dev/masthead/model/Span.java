package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;

/**
 * A range of a paragraph's text, in Unicode code points, end exclusive: the shape of emphasis and
 * strong importance, as {@link Link} is of a link.
 *
 * <p>{@code Span.of(4, 11)} covers "council" in "The council voted."
 *
 * <p>Offsets count code points, not UTF-16 units. The paragraph checks that the span lies inside
 * its text and after the previous span of its list ({@link SpanRanges}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the index of the first code point
 * @param end the index after the last code point
 */
public record Span(int start, int end) {
  /**
   * Returns a span.
   *
   * @param start the index of the first code point
   * @param end the index after the last code point
   * @return the span
   */
  public static Span of(int start, int end) {
    return MastheadValidator.standard().requireWellFormed(new Span(start, end));
  }

  /**
   * Returns the span over the first occurrence of {@code words} in {@code text}.
   *
   * @param text the paragraph's text
   * @param words the words to cover, which must occur in {@code text}
   * @return the span
   * @throws IllegalArgumentException if {@code words} is empty or does not occur in {@code text}
   */
  public static Span over(String text, String words) {
    int index = words.isEmpty() ? -1 : text.indexOf(words);
    if (index < 0) {
      throw new IllegalArgumentException("words must occur in text");
    }
    int start = text.codePointCount(0, index);
    return of(start, start + words.codePointCount(0, words.length()));
  }
}
