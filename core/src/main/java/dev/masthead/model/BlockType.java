package dev.masthead.model;

import java.util.Locale;

/**
 * The closed set of body block kinds; on the wire, a block's {@code "type"} is {@link #wireName()}.
 */
public enum BlockType {
  /** A {@link Paragraph}. */
  PARAGRAPH,
  /** A {@link Heading}. */
  HEADING,
  /** A {@link Quote}. */
  QUOTE,
  /** A {@link ListBlock}. */
  LIST,
  /** An {@link ImageBlock}. */
  IMAGE,
  /** A {@link Divider}. */
  DIVIDER;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  /**
   * Returns the name of this kind on the wire: {@code paragraph}, {@code heading}, {@code quote},
   * {@code list}, {@code image} or {@code divider}.
   *
   * @return the wire name
   */
  public String wireName() {
    return wireName;
  }
}
