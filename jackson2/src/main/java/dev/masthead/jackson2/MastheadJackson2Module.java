package dev.masthead.jackson2;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.masthead.jackson2.internal.Codec;
import dev.masthead.jackson2.internal.PackageVersion;
import dev.masthead.wire.ModuleSettings;
import dev.masthead.wire.UnknownContent;

/**
 * The Masthead wire format as a Jackson 2 module, for applications on Jackson 2 ({@code
 * com.fasterxml.jackson}): Spring Boot 3, Quarkus, Dropwizard.
 *
 * <p>{@code ObjectMapper mapper = new ObjectMapper().registerModule(new MastheadJackson2Module());}
 *
 * <p>It writes and reads every Masthead type with the same encoder and decoder as the Jackson 3
 * module and {@code MastheadJson}: the same bytes, no coercion ({@code "412"} is not a number),
 * duplicate keys and unknown block types refused, and the limits of {@code MastheadJson}'s defaults
 * (or those set with {@link #builder()}) held on every Masthead value it reads, whatever limits the
 * application's mapper sets: size, counted from where the value starts, nesting depth, string,
 * number and property-name length, token count, and the list caps. A value that cannot be read
 * fails with a {@link MastheadMappingException} with its code, its JSON Pointer from the root of
 * the document the mapper reads, and its line and column.
 *
 * <p>It does not validate: an application validates with its own Bean Validation ({@code @Valid})
 * or with {@link dev.masthead.validation.MastheadValidator}. It is found by {@code
 * ObjectMapper.findAndRegisterModules()}, with the default limits; a mapper keeps the first module
 * of this class it is given, so register one built with other limits before anything that finds
 * modules.
 */
public final class MastheadJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with the default limits of {@code MastheadJson}. */
  public MastheadJackson2Module() {
    this(new ModuleSettings());
  }

  private MastheadJackson2Module(ModuleSettings settings) {
    super("masthead", PackageVersion.VERSION);
    Codec.register(this, settings.options(), settings.limits());
  }

  /**
   * Returns a builder of a module with other limits; its setters are those of {@code
   * MastheadJson.Builder}.
   *
   * @return a new builder with the defaults of {@code MastheadJson}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MastheadJackson2Module}: {@code MastheadJackson2Module.builder().maxDocumentBytes(1_000_000).build()}.
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
     * UnknownContent#REFUSE} by default. The module reports nothing it drops or changes.
     *
     * @param unknownContent the choice
     * @return this builder
     */
    public Builder unknownContent(UnknownContent unknownContent) {
      settings.unknownContent(unknownContent);
      return this;
    }

    /**
     * Returns a module with these settings.
     *
     * @return a new module
     */
    public MastheadJackson2Module build() {
      return new MastheadJackson2Module(settings);
    }
  }
}
