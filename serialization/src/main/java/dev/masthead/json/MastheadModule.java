package dev.masthead.json;

import dev.masthead.json.internal.Codec;
import dev.masthead.json.internal.PackageVersion;
import dev.masthead.wire.ModuleSettings;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Masthead wire format as a Jackson 3 module, for applications that bring their own mapper.
 *
 * <p>{@code JsonMapper mapper = JsonMapper.builder().addModule(new MastheadModule()).build();}
 *
 * <p>It writes every Masthead type as {@link MastheadJson} does and reads it with the same decoder:
 * no coercion, duplicate keys and unknown block types refused, and the limits of {@link
 * MastheadJson}'s defaults (or those set with {@link #builder()}) held on every Masthead value it
 * reads, whatever limits the application's mapper sets: size, counted from where the value starts,
 * nesting depth, string, number and property-name length, token count, and the list caps. A value
 * that cannot be read fails with a {@link tools.jackson.databind.DatabindException} whose cause is
 * a {@link MalformedJsonException} with its code, its JSON Pointer from the root of the document
 * the mapper reads, and its line and column.
 *
 * <p>Unlike {@link MastheadJson} it does not validate: an application validates with its own Bean
 * Validation ({@code @Valid}) or with {@link dev.masthead.validation.MastheadValidator}. Syntax, the
 * encoding and what surrounds the Masthead value are the mapper's own business. It is also found by
 * {@code JsonMapper.builder().findAndAddModules()}, with the default limits.
 */
public final class MastheadModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with the default limits of {@link MastheadJson}. */
  public MastheadModule() {
    this(new ModuleSettings());
  }

  private MastheadModule(ModuleSettings settings) {
    super("masthead", PackageVersion.VERSION);
    Codec.register(this, settings.options(), settings.limits());
  }

  /**
   * Returns a builder of a module with other limits; its setters are those of {@link
   * MastheadJson.Builder}.
   *
   * @return a new builder with the defaults of {@link MastheadJson}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MastheadModule}: {@code MastheadModule.builder().maxDocumentBytes(1_000_000).build()}.
   * Each setter refuses a limit below 1.
   *
   * <p>This class is mutable and not thread-safe; {@link #build()} may be called again.
   */
  public static final class Builder {
    private final ModuleSettings settings = new ModuleSettings();

    private Builder() {}

    /**
     * Sets the largest Masthead value read, in bytes (characters for text input), counted from
     * where it starts; 10,000,000 by default.
     *
     * @param maxDocumentBytes the limit, at least 1
     * @return this builder
     */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      settings.maxDocumentBytes(maxDocumentBytes);
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays inside a value, the value counted as 1; 32 by
     * default.
     *
     * @param maxDepth the limit, at least 1
     * @return this builder
     */
    public Builder maxDepth(int maxDepth) {
      settings.maxDepth(maxDepth);
      return this;
    }

    /**
     * Sets the longest string value, in characters; 100,000 by default.
     *
     * @param maxStringLength the limit, at least 1
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      settings.maxStringLength(maxStringLength);
      return this;
    }

    /**
     * Sets the longest number literal, in characters; 24 by default.
     *
     * @param maxNumberLength the limit, at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int maxNumberLength) {
      settings.maxNumberLength(maxNumberLength);
      return this;
    }

    /**
     * Sets the longest property name, in characters; 256 by default.
     *
     * @param maxNameLength the limit, at least 1
     * @return this builder
     */
    public Builder maxNameLength(int maxNameLength) {
      settings.maxNameLength(maxNameLength);
      return this;
    }

    /**
     * Sets the most JSON tokens of a value; 1,000,000 by default.
     *
     * @param maxTokens the limit, at least 1
     * @return this builder
     */
    public Builder maxTokens(long maxTokens) {
      settings.maxTokens(maxTokens);
      return this;
    }

    /**
     * Sets the most body blocks read; 2,000 by default.
     *
     * @param maxBlocks the limit, at least 1
     * @return this builder
     */
    public Builder maxBlocks(int maxBlocks) {
      settings.maxBlocks(maxBlocks);
      return this;
    }

    /**
     * Sets the most authors read; 50 by default.
     *
     * @param maxAuthors the limit, at least 1
     * @return this builder
     */
    public Builder maxAuthors(int maxAuthors) {
      settings.maxAuthors(maxAuthors);
      return this;
    }

    /**
     * Sets the most tags read; 100 by default.
     *
     * @param maxTags the limit, at least 1
     * @return this builder
     */
    public Builder maxTags(int maxTags) {
      settings.maxTags(maxTags);
      return this;
    }

    /**
     * Sets the most ticker items read; 200 by default.
     *
     * @param maxTickerItems the limit, at least 1
     * @return this builder
     */
    public Builder maxTickerItems(int maxTickerItems) {
      settings.maxTickerItems(maxTickerItems);
      return this;
    }

    /**
     * Sets the most elements of any other array, and members of any object, including unknown
     * content that is skipped; 10,000 by default.
     *
     * @param maxElements the limit, at least 1
     * @return this builder
     */
    public Builder maxElements(int maxElements) {
      settings.maxElements(maxElements);
      return this;
    }

    /**
     * Sets what reading does with block types and values that this version does not know; {@link
     * UnknownContent#REFUSE} by default. The module reports nothing it drops or changes: use
     * {@link MastheadJson#readReported(String, Class)} for that.
     *
     * @param unknownContent the choice
     * @return this builder
     */
    public Builder unknownContent(UnknownContent unknownContent) {
      settings.unknownContent(Codec.unknownContent(unknownContent));
      return this;
    }

    /**
     * Returns a module with these settings.
     *
     * @return a new module
     */
    public MastheadModule build() {
      return new MastheadModule(settings);
    }
  }
}
