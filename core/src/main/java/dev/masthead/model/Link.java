package dev.masthead.model;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.NotNull;

/**
 * A link over a range of a paragraph's text, in Unicode code points, end exclusive.
 *
 * <p>{@code Link.of(4, 11, "https://news.example.com/council")} links "council" in "The council
 * voted."
 *
 * <p>Offsets count code points, not UTF-16 units, so an emoji or a CJK extension character is one
 * position. The paragraph checks that the range lies inside its text ({@link
 * dev.masthead.model.LinkRanges}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the index of the first linked code point
 * @param end the index after the last linked code point
 * @param href the target, an absolute http or https URL
 */
public record Link(int start, int end, @NotNull(message = MessageTemplates.REQUIRED) @HttpUrl String href) {
  /**
   * Creates a link from its components, checking only that {@code href} is not null.
   *
   * @param start the index of the first linked code point
   * @param end the index after the last linked code point
   * @param href the target, an absolute http or https URL
   * @throws NullPointerException naming a required component that is null
   */
  public Link {
    Lists.require(href, "href");
  }

  /**
   * Returns a link.
   *
   * @param start the index of the first linked code point
   * @param end the index after the last linked code point
   * @param href the target, an absolute http or https URL
   * @return the link
   * @throws dev.masthead.validation.InvalidContentException if {@code href} is not such a URL
   */
  public static Link of(int start, int end, String href) {
    return MastheadValidator.standard().requireWellFormed(new Link(start, end, href));
  }

  /**
   * Returns a link over the first occurrence of {@code anchor} in {@code text}.
   *
   * @param text the paragraph's text
   * @param anchor the linked words, which must occur in {@code text}
   * @param href the target, an absolute http or https URL
   * @return the link
   * @throws IllegalArgumentException if {@code anchor} is empty or does not occur in {@code text}
   */
  public static Link over(String text, String anchor, String href) {
    int index = anchor.isEmpty() ? -1 : text.indexOf(anchor);
    if (index < 0) {
      throw new IllegalArgumentException("anchor must occur in text");
    }
    int start = text.codePointCount(0, index);
    return of(start, start + anchor.codePointCount(0, anchor.length()), href);
  }
}
