package dev.masthead.wire;

import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import java.util.Objects;

/**
 * The settings of a Jackson module's reading, behind the builders of both Jackson modules: the
 * {@link ReadLimits} and the list caps and leniency of {@link ReadOptions}, with the defaults of
 * {@code MastheadJson}. Every setter refuses a limit below 1 with a message naming it.
 *
 * <p>{@code ModuleSettings settings = new ModuleSettings().maxDepth(16);}
 *
 * <p>This class is mutable and not thread-safe; the values it returns are immutable.
 */
public final class ModuleSettings {
  private long maxDocumentBytes = ReadLimits.DEFAULT.maxDocumentBytes();
  private int maxDepth = ReadLimits.DEFAULT.maxDepth();
  private int maxStringLength = ReadLimits.DEFAULT.maxStringLength();
  private int maxNumberLength = ReadLimits.DEFAULT.maxNumberLength();
  private int maxNameLength = ReadLimits.DEFAULT.maxNameLength();
  private long maxTokens = ReadLimits.DEFAULT.maxTokens();
  private int maxBlocks = Article.MAX_BLOCKS;
  private int maxAuthors = Article.MAX_AUTHORS;
  private int maxTags = Article.MAX_TAGS;
  private int maxTickerItems = Ticker.MAX_ITEMS;
  private int maxElements = ReadOptions.DEFAULT.maxElements();
  private UnknownContent unknownContent = UnknownContent.REFUSE;

  /** Creates settings with the defaults. */
  public ModuleSettings() {}

  /**
   * Sets the largest value read, in bytes (characters for text input), from where it starts.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxDocumentBytes(long value) {
    maxDocumentBytes = ReadLimits.positive(value, "maxDocumentBytes");
    return this;
  }

  /**
   * Sets the deepest nesting inside a value read.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxDepth(int value) {
    maxDepth = (int) ReadLimits.positive(value, "maxDepth");
    return this;
  }

  /**
   * Sets the longest string value, in characters.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxStringLength(int value) {
    maxStringLength = (int) ReadLimits.positive(value, "maxStringLength");
    return this;
  }

  /**
   * Sets the longest number literal, in characters.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxNumberLength(int value) {
    maxNumberLength = (int) ReadLimits.positive(value, "maxNumberLength");
    return this;
  }

  /**
   * Sets the longest property name, in characters.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxNameLength(int value) {
    maxNameLength = (int) ReadLimits.positive(value, "maxNameLength");
    return this;
  }

  /**
   * Sets the most tokens of a value read.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxTokens(long value) {
    maxTokens = ReadLimits.positive(value, "maxTokens");
    return this;
  }

  /**
   * Sets the most body blocks.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxBlocks(int value) {
    maxBlocks = (int) ReadLimits.positive(value, "maxBlocks");
    return this;
  }

  /**
   * Sets the most authors.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxAuthors(int value) {
    maxAuthors = (int) ReadLimits.positive(value, "maxAuthors");
    return this;
  }

  /**
   * Sets the most tags.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxTags(int value) {
    maxTags = (int) ReadLimits.positive(value, "maxTags");
    return this;
  }

  /**
   * Sets the most ticker items.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxTickerItems(int value) {
    maxTickerItems = (int) ReadLimits.positive(value, "maxTickerItems");
    return this;
  }

  /**
   * Sets the most elements of any other array and members of any object.
   *
   * @param value the limit, at least 1
   * @return this
   */
  public ModuleSettings maxElements(int value) {
    maxElements = (int) ReadLimits.positive(value, "maxElements");
    return this;
  }

  /**
   * Sets what reading does with block types and values this version does not know.
   *
   * @param value the choice
   * @return this
   */
  public ModuleSettings unknownContent(UnknownContent value) {
    unknownContent = Objects.requireNonNull(value, "unknownContent");
    return this;
  }

  /**
   * Returns the stream limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, maxTokens);
  }

  /**
   * Returns the list caps and leniency; a module ignores unknown properties.
   *
   * @return the options
   */
  public ReadOptions options() {
    return new ReadOptions(false, maxBlocks, maxAuthors, maxTags, maxTickerItems, maxElements, unknownContent);
  }
}
