package dev.masthead.model;

import java.util.Locale;

/**
 * The closed set of body block kinds; on the wire, a block's {@code "type"} is {@link #wireName()}.
 *
 * <p>{@link #UNKNOWN} stands for every type this version does not know. Only a reader set to keep
 * such blocks makes one ({@link UnknownBlock}); its wire type is {@link UnknownBlock#wireType()}.
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
  DIVIDER,
  /**
   * An {@link UnknownBlock}: a type this version does not know, kept unread. Its {@link #wireName()}
   * is {@code unknown}, which no document uses; the block's own type is {@link
   * UnknownBlock#wireType()}.
   */
  UNKNOWN;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  /**
   * Returns the name of this kind on the wire: {@code paragraph}, {@code heading}, {@code quote},
   * {@code list}, {@code image} or {@code divider}; {@code unknown} for {@link #UNKNOWN}, whose
   * blocks carry their own.
   *
   * @return the wire name
   */
  public String wireName() {
    return wireName;
  }
}
