package dev.masthead.ninjs;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Imports IPTC ninjs 3.x items (3.0 and 3.1) into Masthead articles and reports what did not fit.
 *
 * <pre>{@code
 * Converted<Article> result = NinjsImporter.builder().defaultLanguage("en").build().importItem(json);
 * result.losses().forEach(System.err::println);
 * }</pre>
 *
 * <p>An item of type {@code text} or {@code composite} (or without a type) becomes an article;
 * events, planning items, pictures, graphics, audio and video are refused with a {@link
 * NinjsImportException} naming the type, and so are ninjs 2.x documents. The article's id and slug
 * are made from the item's {@code uri}, so an agency's update of an item replaces the earlier
 * one. Every value dropped, changed or guessed is reported as a {@link Loss} whose pointer
 * addresses the ninjs input; the mapping is documented field by field in {@code docs/ninjs.md}.
 *
 * <p>Input is untrusted: the reader enforces size, depth, string, token and element limits, refuses
 * duplicate keys and malformed UTF-8, and throws {@link MalformedJsonException} (with line, column
 * and JSON Pointer) for input it cannot read. Texts are fitted to the model's plain-text rules and
 * URLs to its URL rule, with a report; nothing partly built reaches the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NinjsImporter {
  private static final NinjsImporter STANDARD = builder().build();

  private final String defaultLanguage;
  private final long maxDocumentBytes;
  private final SafeJson json;

  private NinjsImporter(Builder builder) {
    this.defaultLanguage = builder.defaultLanguage;
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.json = new SafeJson(builder.maxDocumentBytes, builder.maxDepth, builder.maxStringLength,
        builder.maxTokens, builder.maxElements);
  }

  /**
   * Returns the importer with the defaults: language {@code und} for items without one, and the
   * reader's safe limits.
   *
   * @return the standard importer
   */
  public static NinjsImporter standard() {
    return STANDARD;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports one ninjs item.
   *
   * @param json the ninjs document, a JSON object
   * @return the article and what was lost
   * @throws MalformedJsonException when the input is not JSON, breaks a limit, has the wrong shape
   *     or is a JSON array (use {@link #importItems(String)} for a collection)
   * @throws NinjsImportException when the item cannot become an article
   */
  public Converted<Article> importItem(String json) {
    return item(this.json.read(json));
  }

  /**
   * Imports one ninjs item from UTF-8 bytes.
   *
   * @param json the ninjs document
   * @return the article and what was lost
   * @throws MalformedJsonException when the input cannot be read as a ninjs item
   * @throws NinjsImportException when the item cannot become an article
   */
  public Converted<Article> importItem(byte[] json) {
    return item(this.json.read(json));
  }

  /**
   * Imports one ninjs item from a UTF-8 stream, read to its end; the caller closes the stream.
   *
   * @param json the ninjs document
   * @return the article and what was lost
   * @throws MalformedJsonException when the input cannot be read as a ninjs item
   * @throws NinjsImportException when the item cannot become an article
   * @throws UncheckedIOException when the stream fails
   */
  public Converted<Article> importItem(InputStream json) {
    return importItem(bytes(json));
  }

  /**
   * Imports one ninjs item from a UTF-8 file.
   *
   * @param json the file
   * @return the article and what was lost
   * @throws MalformedJsonException when the input cannot be read as a ninjs item
   * @throws NinjsImportException when the item cannot become an article
   * @throws UncheckedIOException when the file cannot be read
   */
  public Converted<Article> importItem(Path json) {
    return importItem(bytes(json));
  }

  /**
   * Imports a ninjs collection (a JSON array of items) item by item, or a single item. An item
   * that cannot become an article is left out with a loss at its index that says why.
   *
   * @param json a ninjs item or an array of them
   * @return the articles, in input order, and what was lost; pointers start with the item's index
   *     for an array
   * @throws MalformedJsonException when the input cannot be read
   * @throws NinjsImportException when a single item (not in an array) cannot become an article
   */
  public Converted<List<Article>> importItems(String json) {
    return items(this.json.read(json));
  }

  /**
   * Imports a ninjs collection, or a single item, from UTF-8 bytes; see {@link #importItems(String)}.
   *
   * @param json a ninjs item or an array of them
   * @return the articles and what was lost
   * @throws MalformedJsonException when the input cannot be read
   * @throws NinjsImportException when a single item cannot become an article
   */
  public Converted<List<Article>> importItems(byte[] json) {
    return items(this.json.read(json));
  }

  /**
   * Imports a ninjs collection, or a single item, from a UTF-8 file; see {@link
   * #importItems(String)}.
   *
   * @param json the file
   * @return the articles and what was lost
   * @throws MalformedJsonException when the input cannot be read
   * @throws NinjsImportException when a single item cannot become an article
   * @throws UncheckedIOException when the file cannot be read
   */
  public Converted<List<Article>> importItems(Path json) {
    return importItems(bytes(json));
  }

  private Converted<Article> item(SafeJson.Document document) {
    JsonNode root = document.tree();
    if (!root.isObject()) {
      throw new MalformedJsonException(MalformedJsonException.NOT_AN_OBJECT, 1, 1, "",
          "expected a ninjs item (an object); a collection (an array) is read by importItems", null);
    }
    return new ItemReader(document, root, "", defaultLanguage).read();
  }

  private Converted<List<Article>> items(SafeJson.Document document) {
    JsonNode root = document.tree();
    if (root.isObject()) {
      return item(document).map(List::of);
    }
    if (!root.isArray()) {
      throw new MalformedJsonException(MalformedJsonException.NOT_AN_OBJECT, 1, 1, "",
          "expected a ninjs item (an object) or a collection (an array)", null);
    }
    List<Article> articles = new ArrayList<>();
    List<Loss> losses = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      try {
        Converted<Article> item = new ItemReader(document, root.get(i), "/" + i, defaultLanguage).read();
        articles.add(item.value());
        losses.addAll(item.losses());
      } catch (NinjsImportException e) {
        losses.add(Loss.dropped(e.pointer().isEmpty() ? "/" + i : e.pointer(), e.detail()));
      }
    }
    return Converted.of(articles, losses);
  }

  private byte[] bytes(InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 4));
      if (bytes.length > maxDocumentBytes + 3) {
        throw new MalformedJsonException(MalformedJsonException.DOCUMENT_TOO_LARGE, 0, 0, "",
            "document is larger than the limit of " + maxDocumentBytes + " bytes", null);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] bytes(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return bytes(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The settings of a {@link NinjsImporter}. The defaults are the safe ones. A builder is mutable
   * and not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private String defaultLanguage = "und";
    private long maxDocumentBytes = 10_000_000;
    private int maxDepth = 32;
    private int maxStringLength = 5_000_000;
    private long maxTokens = 1_000_000;
    private int maxElements = 10_000;

    private Builder() {}

    /**
     * Sets the language of items that have none; {@code und} (undetermined) by default. The
     * article gets it and the report says it was guessed.
     *
     * @param defaultLanguage a BCP 47 language tag
     * @return this builder
     * @throws IllegalArgumentException when the tag is not well-formed BCP 47
     */
    public Builder defaultLanguage(String defaultLanguage) {
      Objects.requireNonNull(defaultLanguage, "defaultLanguage");
      try {
        new Locale.Builder().setLanguageTag(defaultLanguage);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("defaultLanguage must be a BCP 47 language tag", e);
      }
      this.defaultLanguage = defaultLanguage;
      return this;
    }

    /**
     * Sets the largest document read, in bytes (characters for text); 10,000,000 by default.
     *
     * @param maxDocumentBytes the limit, positive
     * @return this builder
     */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      this.maxDocumentBytes = positive(maxDocumentBytes, "maxDocumentBytes");
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays; 32 by default.
     *
     * @param maxDepth the limit, positive
     * @return this builder
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = (int) positive(maxDepth, "maxDepth");
      return this;
    }

    /**
     * Sets the longest string, in characters; 5,000,000 by default, for HTML bodies.
     *
     * @param maxStringLength the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
      return this;
    }

    /**
     * Sets the most tokens a document may have; 1,000,000 by default.
     *
     * @param maxTokens the limit, positive
     * @return this builder
     */
    public Builder maxTokens(long maxTokens) {
      this.maxTokens = positive(maxTokens, "maxTokens");
      return this;
    }

    /**
     * Sets the most elements of any one array or object; 10,000 by default.
     *
     * @param maxElements the limit, positive
     * @return this builder
     */
    public Builder maxElements(int maxElements) {
      this.maxElements = (int) positive(maxElements, "maxElements");
      return this;
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }

    /**
     * Returns an importer with these settings.
     *
     * @return the importer
     */
    public NinjsImporter build() {
      return new NinjsImporter(this);
    }
  }
}
