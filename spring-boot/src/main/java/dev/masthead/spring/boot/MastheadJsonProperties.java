package dev.masthead.spring.boot;

import dev.masthead.json.MastheadModule;
import dev.masthead.json.UnknownContent;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read limits of the Masthead module on Spring Boot's JSON mapper, bound from the {@code
 * masthead.json.*} properties; each mirrors the setter of {@link MastheadModule.Builder} of the same
 * name.
 *
 * <p>{@code masthead.json.max-document-bytes=2000000}
 *
 * <p>A property left unset keeps the module's default, the same as {@link
 * dev.masthead.json.MastheadJson}'s. Spring binds the properties through the setters: this class is
 * mutable and not thread-safe, and is read once, when the mapper is built.
 */
@ConfigurationProperties("masthead.json")
public class MastheadJsonProperties {
  /** The largest Masthead document read through the mapper, in bytes; 10,000,000 when unset. */
  private @Nullable Long maxDocumentBytes;
  /** The deepest nesting of objects and arrays; 32 when unset. */
  private @Nullable Integer maxDepth;
  /** The longest string value, in characters; 100,000 when unset. */
  private @Nullable Integer maxStringLength;
  /** The longest number literal, in characters; 24 when unset. */
  private @Nullable Integer maxNumberLength;
  /** The longest property name, in characters; 256 when unset. */
  private @Nullable Integer maxNameLength;
  /** The most JSON tokens in a document; 1,000,000 when unset. */
  private @Nullable Long maxTokens;
  /** The most body blocks read; 2,000 when unset. */
  private @Nullable Integer maxBlocks;
  /** The most authors read; 50 when unset. */
  private @Nullable Integer maxAuthors;
  /** The most tags read; 100 when unset. */
  private @Nullable Integer maxTags;
  /** The most ticker items read; 200 when unset. */
  private @Nullable Integer maxTickerItems;
  /** The most elements of any other array, and members of any object, including unknown content that is skipped; 10,000 when unset. */
  private @Nullable Integer maxElements;
  /** What reading does with block types and values this version does not know: refuse (the default), keep or drop. */
  private @Nullable UnknownContent unknownContent;

  /** Creates properties with every limit unset. */
  public MastheadJsonProperties() {}

  /**
   * Returns the largest Masthead document read through the mapper, in bytes; 10,000,000 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Long getMaxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Sets the largest Masthead document read through the mapper, in bytes; 10,000,000 when unset.
   *
   * @param maxDocumentBytes the value, or null to keep the default
   */
  public void setMaxDocumentBytes(@Nullable Long maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /**
   * Returns the deepest nesting of objects and arrays; 32 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxDepth() {
    return maxDepth;
  }

  /**
   * Sets the deepest nesting of objects and arrays; 32 when unset.
   *
   * @param maxDepth the value, or null to keep the default
   */
  public void setMaxDepth(@Nullable Integer maxDepth) {
    this.maxDepth = maxDepth;
  }

  /**
   * Returns the longest string value, in characters; 100,000 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Sets the longest string value, in characters; 100,000 when unset.
   *
   * @param maxStringLength the value, or null to keep the default
   */
  public void setMaxStringLength(@Nullable Integer maxStringLength) {
    this.maxStringLength = maxStringLength;
  }

  /**
   * Returns the longest number literal, in characters; 24 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Sets the longest number literal, in characters; 24 when unset.
   *
   * @param maxNumberLength the value, or null to keep the default
   */
  public void setMaxNumberLength(@Nullable Integer maxNumberLength) {
    this.maxNumberLength = maxNumberLength;
  }

  /**
   * Returns the longest property name, in characters; 256 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * Sets the longest property name, in characters; 256 when unset.
   *
   * @param maxNameLength the value, or null to keep the default
   */
  public void setMaxNameLength(@Nullable Integer maxNameLength) {
    this.maxNameLength = maxNameLength;
  }

  /**
   * Returns the most JSON tokens in a document; 1,000,000 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Long getMaxTokens() {
    return maxTokens;
  }

  /**
   * Sets the most JSON tokens in a document; 1,000,000 when unset.
   *
   * @param maxTokens the value, or null to keep the default
   */
  public void setMaxTokens(@Nullable Long maxTokens) {
    this.maxTokens = maxTokens;
  }

  /**
   * Returns the most body blocks read; 2,000 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxBlocks() {
    return maxBlocks;
  }

  /**
   * Sets the most body blocks read; 2,000 when unset.
   *
   * @param maxBlocks the value, or null to keep the default
   */
  public void setMaxBlocks(@Nullable Integer maxBlocks) {
    this.maxBlocks = maxBlocks;
  }

  /**
   * Returns the most authors read; 50 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxAuthors() {
    return maxAuthors;
  }

  /**
   * Sets the most authors read; 50 when unset.
   *
   * @param maxAuthors the value, or null to keep the default
   */
  public void setMaxAuthors(@Nullable Integer maxAuthors) {
    this.maxAuthors = maxAuthors;
  }

  /**
   * Returns the most tags read; 100 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxTags() {
    return maxTags;
  }

  /**
   * Sets the most tags read; 100 when unset.
   *
   * @param maxTags the value, or null to keep the default
   */
  public void setMaxTags(@Nullable Integer maxTags) {
    this.maxTags = maxTags;
  }

  /**
   * Returns the most ticker items read; 200 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxTickerItems() {
    return maxTickerItems;
  }

  /**
   * Sets the most ticker items read; 200 when unset.
   *
   * @param maxTickerItems the value, or null to keep the default
   */
  public void setMaxTickerItems(@Nullable Integer maxTickerItems) {
    this.maxTickerItems = maxTickerItems;
  }

  /**
   * Returns the most elements of any other array, and members of any object, including unknown content that is skipped; 10,000 when unset.
   *
   * @return the value, or null when unset
   */
  public @Nullable Integer getMaxElements() {
    return maxElements;
  }

  /**
   * Sets the most elements of any other array, and members of any object, including unknown content that is skipped; 10,000 when unset.
   *
   * @param maxElements the value, or null to keep the default
   */
  public void setMaxElements(@Nullable Integer maxElements) {
    this.maxElements = maxElements;
  }

  /**
   * Returns what reading does with block types and values this version does not know: refuse (the default), keep or drop.
   *
   * @return the value, or null when unset
   */
  public @Nullable UnknownContent getUnknownContent() {
    return unknownContent;
  }

  /**
   * Sets what reading does with block types and values this version does not know: refuse (the default), keep or drop.
   *
   * @param unknownContent the value, or null to keep the default
   */
  public void setUnknownContent(@Nullable UnknownContent unknownContent) {
    this.unknownContent = unknownContent;
  }

  /**
   * Returns a module with these limits: the module's defaults where a property is unset.
   *
   * @return a new module
   */
  public MastheadModule toModule() {
    MastheadModule.Builder builder = MastheadModule.builder();
    if (maxDocumentBytes != null) {
      builder.maxDocumentBytes(maxDocumentBytes);
    }
    if (maxDepth != null) {
      builder.maxDepth(maxDepth);
    }
    if (maxStringLength != null) {
      builder.maxStringLength(maxStringLength);
    }
    if (maxNumberLength != null) {
      builder.maxNumberLength(maxNumberLength);
    }
    if (maxNameLength != null) {
      builder.maxNameLength(maxNameLength);
    }
    if (maxTokens != null) {
      builder.maxTokens(maxTokens);
    }
    if (maxBlocks != null) {
      builder.maxBlocks(maxBlocks);
    }
    if (maxAuthors != null) {
      builder.maxAuthors(maxAuthors);
    }
    if (maxTags != null) {
      builder.maxTags(maxTags);
    }
    if (maxTickerItems != null) {
      builder.maxTickerItems(maxTickerItems);
    }
    if (maxElements != null) {
      builder.maxElements(maxElements);
    }
    if (unknownContent != null) {
      builder.unknownContent(unknownContent);
    }
    return builder.build();
  }
}
