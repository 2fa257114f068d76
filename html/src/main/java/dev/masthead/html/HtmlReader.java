package dev.masthead.html;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.conversion.LossKind;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.validation.InvalidContentException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads HTML from a CMS export, a WordPress {@code content.rendered}, a ninjs body or a page into
 * Masthead blocks or a whole article, and reports everything it dropped, changed or guessed.
 *
 * <p>{@code Converted<List<Block>> body = HtmlReader.builder().baseUri("https://news.example.com/").build().readBlocks(html);}
 *
 * <p>What it does:
 *
 * <ul>
 *   <li>Wrappers ({@code div}, {@code section}, {@code article}, {@code span}, unknown elements, …)
 *       are unwrapped. {@code p}, {@code h2}–{@code h6} ({@code h1} reads as {@code h2}), {@code
 *       blockquote} (a {@code cite} inside it is the attribution), {@code ul}/{@code ol}/{@code
 *       li}, {@code figure}/{@code img}/{@code figcaption}, {@code hr}, {@code a}, {@code em}/{@code
 *       i}, {@code strong}/{@code b} and {@code br} are mapped; text outside any block becomes a
 *       paragraph.
 *   <li>{@code script}, {@code style}, {@code iframe}, {@code svg}, {@code math}, forms and their
 *       controls, embedded objects, media, comments and every attribute but {@code href}, {@code
 *       src}, {@code srcset}, {@code alt}, {@code width}, {@code height}, {@code lang}, {@code
 *       datetime} and {@code class} (so every event handler) are dropped.
 *   <li>Only absolute {@code http} and {@code https} URLs that the model accepts are kept; a
 *       relative one is resolved against the base URI when one is given, and dropped otherwise.
 *       {@code javascript:}, {@code data:} and every other scheme are dropped, however disguised
 *       with white space, control characters or entities.
 *   <li>Text follows the white-space rule of the package; characters plain text must not hold are
 *       removed. No text is cut: a paragraph, quote or list item longer than the model allows is
 *       split into several, a heading too long becomes a paragraph, a caption too long a paragraph
 *       after its image, and the report says so.
 *   <li>On a page that {@link HtmlWriter} rendered, {@link #readArticle(String)} recognises the
 *       {@code mh-} classes and reads the article's fields back instead of taking the byline and
 *       author box for paragraphs.
 * </ul>
 *
 * <p>The losses point into the result: {@code /3/text} is the text of the fourth block read by
 * {@link #readBlocks(String)}, {@code /body/3/text} that of {@link #readArticle(String)}. A dropped
 * element is reported at the position in the result where it stood ({@code /body/3} for a script
 * between the third and fourth block).
 *
 * <p>Limits ({@link HtmlLimit}) bound time and memory: input length, element nesting depth, block
 * count. Input beyond one throws {@link HtmlLimitException} naming it; nothing is read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReader {
  /** The default of {@link Builder#maxInputChars(int)}: ten million characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 10_000_000;
  /** The default of {@link Builder#maxDepth(int)}. */
  public static final int DEFAULT_MAX_DEPTH = 256;
  /** The largest value {@link Builder#maxDepth(int)} accepts: the reader recurses once a level. */
  public static final int MAX_DEPTH_LIMIT = 1_000;
  /** The default of {@link Builder#maxBlocks(int)}: the most blocks an article's body may hold. */
  public static final int DEFAULT_MAX_BLOCKS = 2_000;

  private static final HtmlReader STANDARD = builder().build();

  private final @Nullable String baseUri;
  private final @Nullable String language;
  private final int maxInputChars;
  private final int maxDepth;
  private final int maxBlocks;

  private HtmlReader(Builder builder) {
    this.baseUri = builder.baseUri;
    this.language = builder.language;
    this.maxInputChars = builder.maxInputChars;
    this.maxDepth = builder.maxDepth;
    this.maxBlocks = builder.maxBlocks;
  }

  /**
   * Returns a reader with no base URI, no default language and the default limits.
   *
   * @return the reader, shared
   */
  public static HtmlReader standard() {
    return STANDARD;
  }

  /**
   * Returns a new builder with the defaults of {@link #standard()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this reader's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUri = baseUri;
    builder.language = language;
    builder.maxInputChars = maxInputChars;
    builder.maxDepth = maxDepth;
    builder.maxBlocks = maxBlocks;
    return builder;
  }

  /**
   * Reads an HTML fragment or page into body blocks.
   *
   * @param html the HTML
   * @return the blocks, each well-formed, with losses pointing at them ({@code /0/text})
   * @throws HtmlLimitException if the HTML exceeds a limit
   */
  public Converted<List<Block>> readBlocks(String html) {
    Document document = parse(html);
    Importer importer = new Importer(this, "");
    List<Block> blocks = importer.blocksOf(document.body(), null);
    return Converted.of(blocks, importer.losses());
  }

  /**
   * Reads an HTML page or fragment into an article: the headline from the first {@code h1}, else
   * the {@code <title>}; the language from the {@code lang} attribute of the article or page, else
   * the reader's default language; the id and the slug derived from the headline. On a page that
   * {@link HtmlWriter} rendered, every field it shows.
   *
   * @param html the HTML
   * @return the article, with losses pointing into it ({@code /body/0/text}, {@code /slug})
   * @throws HtmlLimitException if the HTML exceeds a limit
   * @throws InvalidContentException if no well-formed article can be made of it, such as when it has
   *     no headline or no language
   */
  public Converted<Article> readArticle(String html) {
    Document document = parse(html);
    Importer importer = new Importer(this, "/body");
    Article article = importer.article(document);
    List<Loss> losses = importer.losses();
    return Converted.of(article, losses);
  }

  @Nullable String baseUri() {
    return baseUri;
  }

  @Nullable String language() {
    return language;
  }

  int maxBlocks() {
    return maxBlocks;
  }

  private Document parse(String html) {
    Objects.requireNonNull(html, "html");
    if (html.length() > maxInputChars) {
      throw new HtmlLimitException(HtmlLimit.INPUT_SIZE, maxInputChars);
    }
    // The parser's own bound keeps its stacks small; the reader's bound, checked below, is lower,
    // so that a document too deep is refused rather than silently flattened.
    Parser parser = Parser.htmlParser().setMaxDepth(maxDepth + 64);
    Document document = parser.parseInput(html, baseUri == null ? "" : baseUri);
    Depth.check(document, maxDepth);
    return document;
  }

  static Loss loss(LossKind kind, String pointer, String detail) {
    return new Loss(pointer, kind, detail);
  }

  /**
   * A builder of {@link HtmlReader}s. It is mutable and not thread-safe; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private @Nullable String baseUri;
    private @Nullable String language;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxBlocks = DEFAULT_MAX_BLOCKS;

    private Builder() {}

    /**
     * Sets the URI relative links and images are resolved against; without one they are dropped.
     *
     * @param baseUri an absolute http or https URI, or null
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute http or https URI
     */
    public Builder baseUri(@Nullable String baseUri) {
      if (baseUri != null && !HtmlWriter.isHttpUrl(baseUri)) {
        throw new IllegalArgumentException("baseUri must be an absolute http or https uri");
      }
      this.baseUri = baseUri;
      return this;
    }

    /**
     * Sets the language of an article whose HTML names none, reported as guessed when used.
     *
     * @param language a BCP 47 tag, or null
     * @return this builder
     */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the longest input read, in UTF-16 characters.
     *
     * @param maxInputChars at least 1
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxInputChars(int maxInputChars) {
      if (maxInputChars < 1) {
        throw new IllegalArgumentException("maxInputChars must be at least 1");
      }
      this.maxInputChars = maxInputChars;
      return this;
    }

    /**
     * Sets how deeply elements may nest, counted from {@code <body>}.
     *
     * @param maxDepth 1 to {@value #MAX_DEPTH_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if it is outside that range
     */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
        throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_LIMIT);
      }
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * Sets how many blocks the result may have.
     *
     * @param maxBlocks at least 1
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxBlocks(int maxBlocks) {
      if (maxBlocks < 1) {
        throw new IllegalArgumentException("maxBlocks must be at least 1");
      }
      this.maxBlocks = maxBlocks;
      return this;
    }

    /**
     * Returns a reader with these settings.
     *
     * @return the reader
     */
    public HtmlReader build() {
      return new HtmlReader(this);
    }
  }
}
