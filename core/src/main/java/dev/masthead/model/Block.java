package dev.masthead.model;

/**
 * One block of an article's body: a {@link Paragraph}, {@link Heading}, {@link Quote}, {@link
 * ListBlock}, {@link ImageBlock} or {@link Divider}. The family is sealed, so a {@code switch} on
 * {@link #type()} covers every kind. A reader set to keep content from a newer version also makes
 * {@link UnknownBlock}s, of type {@link BlockType#UNKNOWN}, which hold such a block unread.
 *
 * <p>{@code Block block = Paragraph.of("The council voted on Tuesday.");}
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Block permits Paragraph, Heading, Quote, ListBlock, ImageBlock, Divider, UnknownBlock {
  /**
   * Returns the kind of this block.
   *
   * @return the kind, never null
   */
  BlockType type();
}
