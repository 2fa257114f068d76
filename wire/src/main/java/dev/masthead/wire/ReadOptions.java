package dev.masthead.wire;

import dev.masthead.model.Article;
import dev.masthead.model.Ticker;

/**
 * The limits and leniency of one reader. The list caps apply while reading, before anything is
 * built; {@code maxElements} caps every other array and object, known or unknown.
 *
 * @param strict whether unknown properties are reported rather than ignored
 * @param maxBlocks the most body blocks
 * @param maxAuthors the most authors
 * @param maxTags the most tags
 * @param maxTickerItems the most ticker items
 * @param maxElements the most elements of any other array or members of any object
 * @param unknownContent what to do with block types and values from a newer version
 */
public record ReadOptions(
    boolean strict, int maxBlocks, int maxAuthors, int maxTags, int maxTickerItems, int maxElements,
    UnknownContent unknownContent) {
  /** Lenient options with the model's list caps and 10,000 elements: the defaults of {@code MastheadJson} and the modules. */
  public static final ReadOptions DEFAULT = new ReadOptions(
      false, Article.MAX_BLOCKS, Article.MAX_AUTHORS, Article.MAX_TAGS, Ticker.MAX_ITEMS, 10_000);

  /**
   * Options that refuse unknown block types and values, as every reader did before {@link
   * UnknownContent} was added.
   *
   * @param strict whether unknown properties are reported rather than ignored
   * @param maxBlocks the most body blocks
   * @param maxAuthors the most authors
   * @param maxTags the most tags
   * @param maxTickerItems the most ticker items
   * @param maxElements the most elements of any other array or members of any object
   */
  public ReadOptions(
      boolean strict, int maxBlocks, int maxAuthors, int maxTags, int maxTickerItems, int maxElements) {
    this(strict, maxBlocks, maxAuthors, maxTags, maxTickerItems, maxElements, UnknownContent.REFUSE);
  }
}
