package dev.masthead.json;

import dev.masthead.conversion.Converted;
import dev.masthead.json.internal.Codec;
import dev.masthead.json.internal.ContentCheck;
import dev.masthead.json.internal.Reading;
import dev.masthead.json.internal.ReusedOutput;
import dev.masthead.json.internal.Limits;
import dev.masthead.wire.ReadOptions;
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.Image;
import dev.masthead.model.Link;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.ValidationLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Masthead content as JSON, safely by default.
 *
 * <pre>{@code
 * MastheadJson json = MastheadJson.standard();
 * Article article = json.readArticle(Path.of("article.json"));
 * String text = json.writePretty(article);
 * }</pre>
 *
 * <p>Reading is built for untrusted input (CMS exports, agency feeds, request bodies). Every read:
 *
 * <ul>
 *   <li>enforces limits before building anything: document size (10 MB), nesting depth (32),
 *       string, number and property-name length, token count, and the length of every list, also
 *       inside unknown content being skipped;
 *   <li>rejects duplicate keys, scalar coercion ({@code "412"} for 412, {@code 1.9} for 1, a number
 *       for a string), timestamps that are not RFC 3339 with an offset, malformed UTF-8, a root
 *       that is not an object, trailing content and unknown block types;
 *   <li>skips one leading byte order mark, for every kind of input;
 *   <li>ignores unknown properties, or reports them all in {@linkplain Builder#strict(boolean)
 *       strict mode};
 *   <li>refuses block types and values that this version does not know, unless told to {@linkplain
 *       Builder#unknownContent(UnknownContent) keep or drop them} and report it ({@link
 *       MastheadReader#readReported(String)});
 *   <li>validates the result at the {@linkplain ValidationLevel#WELL_FORMED well-formed} level, or
 *       another chosen one;
 *   <li>throws {@link MalformedJsonException} for input it cannot read and {@link
 *       InvalidContentException} for content that breaks the rules, never returns null and never
 *       returns a partly built value. I/O failures are {@link UncheckedIOException}s.
 * </ul>
 *
 * <p>Writing produces the wire format of {@code docs/wire-format.md}: compact, or the canonical
 * pretty form (two-space indentation, one property or element a line, a final newline).
 *
 * <p>This class is immutable and thread-safe: build one and share it.
 */
public final class MastheadJson {
  private static final MastheadJson STANDARD = builder().build();

  private final Builder settings;
  private final Reading reading;
  private final MastheadReader<Article> articles;
  private final MastheadReader<Ticker> tickers;
  private final ObjectWriter compact;
  private final ObjectWriter ndjson;
  private final ObjectWriter pretty;

  private MastheadJson(Builder settings) {
    this.settings = settings.copy();
    ReadOptions options = new ReadOptions(settings.strict, settings.maxBlocks, settings.maxAuthors,
        settings.maxTags, settings.maxTickerItems, settings.maxElements, Codec.unknownContent(settings.unknownContent));
    StreamReadConstraints limits = Limits.of(settings.maxDepth, settings.maxDocumentBytes, settings.maxTokens,
        settings.maxNumberLength, settings.maxStringLength, settings.maxNameLength);
    JsonMapper mapper = mapper(limits);
    // A stream of documents is limited per document, by the reader, not as a whole.
    JsonMapper streamMapper = mapper(Limits.of(settings.maxDepth, -1, -1, settings.maxNumberLength,
        settings.maxStringLength, settings.maxNameLength));
    this.reading = new Reading(mapper, streamMapper, options, settings.maxDocumentBytes,
        new ContentCheck(settings.validation, settings.validator));
    this.articles = new MastheadReader<>(reading, Article.class);
    this.tickers = new MastheadReader<>(reading, Ticker.class);
    this.compact = mapper.writer();
    // Jackson separates root values with a space, which would start every line but the first.
    this.ndjson = compact.withRootValueSeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.pretty =
        mapper.writer().with(
            new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
  }

  private static JsonMapper mapper(StreamReadConstraints limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            // Messages quote at most a short prefix of a bad token, and never the source.
            .errorReportConfiguration(
                ErrorReportConfiguration.builder().maxErrorTokenLength(32).maxRawContentLength(0).build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();
    return JsonMapper.builder(factory).addModule(new MastheadModule()).build();
  }

  /**
   * Returns the shared instance with the safe defaults.
   *
   * @return the standard reader and writer
   */
  public static MastheadJson standard() {
    return STANDARD;
  }

  /**
   * Returns a builder with the safe defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this instance's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  // Reading single documents.

  /**
   * Reads an article.
   *
   * @param json the document
   * @return the article, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as an article
   * @throws InvalidContentException if the article breaks the rules
   */
  public Article readArticle(String json) {
    return articles.read(json);
  }

  /**
   * Reads an article from UTF-8 bytes.
   *
   * @param json the document
   * @return the article, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as an article
   * @throws InvalidContentException if the article breaks the rules
   */
  public Article readArticle(byte[] json) {
    return articles.read(json);
  }

  /**
   * Reads an article from a UTF-8 file.
   *
   * @param json the file
   * @return the article, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as an article
   * @throws InvalidContentException if the article breaks the rules
   * @throws UncheckedIOException if the file cannot be read
   */
  public Article readArticle(Path json) {
    return articles.read(json);
  }

  /**
   * Reads an article from a UTF-8 stream, which is read to its end but not closed.
   *
   * @deprecated use {@code reader(Article.class).read(json)} ({@link MastheadReader#read(InputStream)})
   *
   * @param json the document
   * @return the article, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as an article
   * @throws InvalidContentException if the article breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  @Deprecated
  public Article readArticle(InputStream json) {
    return articles.read(json);
  }

  /**
   * Reads an article from a character stream, which is read to its end but not closed.
   *
   * @deprecated use {@code reader(Article.class).read(json)} ({@link MastheadReader#read(Reader)})
   *
   * @param json the document
   * @return the article, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as an article
   * @throws InvalidContentException if the article breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  @Deprecated
  public Article readArticle(Reader json) {
    return articles.read(json);
  }

  /**
   * Reads a ticker.
   *
   * @param json the document
   * @return the ticker, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as a ticker
   * @throws InvalidContentException if the ticker breaks the rules
   */
  public Ticker readTicker(String json) {
    return tickers.read(json);
  }

  /**
   * Reads a ticker from UTF-8 bytes.
   *
   * @param json the document
   * @return the ticker, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as a ticker
   * @throws InvalidContentException if the ticker breaks the rules
   */
  public Ticker readTicker(byte[] json) {
    return tickers.read(json);
  }

  /**
   * Reads a ticker from a UTF-8 file.
   *
   * @param json the file
   * @return the ticker, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as a ticker
   * @throws InvalidContentException if the ticker breaks the rules
   * @throws UncheckedIOException if the file cannot be read
   */
  public Ticker readTicker(Path json) {
    return tickers.read(json);
  }

  /**
   * Reads a ticker from a UTF-8 stream, which is read to its end but not closed.
   *
   * @deprecated use {@code reader(Ticker.class).read(json)} ({@link MastheadReader#read(InputStream)})
   *
   * @param json the document
   * @return the ticker, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as a ticker
   * @throws InvalidContentException if the ticker breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  @Deprecated
  public Ticker readTicker(InputStream json) {
    return tickers.read(json);
  }

  /**
   * Reads a ticker from a character stream, which is read to its end but not closed.
   *
   * @deprecated use {@code reader(Ticker.class).read(json)} ({@link MastheadReader#read(Reader)})
   *
   * @param json the document
   * @return the ticker, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as a ticker
   * @throws InvalidContentException if the ticker breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  @Deprecated
  public Ticker readTicker(Reader json) {
    return tickers.read(json);
  }

  /**
   * Returns the reader of one Masthead type, with these settings: {@link Article}, {@link Ticker},
   * {@link TickerItem}, {@link Author}, {@link Credit}, {@link Image}, {@link Block} (or one kind of
   * block, such as {@link dev.masthead.model.Heading}, whose {@code type} must then name that
   * kind), {@link Link}, {@link Rendition}, {@link Rights}, {@link Subject}, {@link Correction} or
   * {@link Span}. It reads from text, bytes, streams and files, reports what it drops when told to
   * keep or drop unknown content, and reads streams of documents.
   *
   * <pre>{@code
   * MastheadReader<Ticker> tickers = MastheadJson.standard().reader(Ticker.class);
   * Ticker ticker = tickers.read(inputStream);
   * }</pre>
   *
   * @param <T> the type
   * @param type the type's class
   * @return the reader; readers are cheap to make, and immutable and thread-safe
   * @throws IllegalArgumentException if {@code type} is not a Masthead type
   */
  @SuppressWarnings("unchecked")
  public <T> MastheadReader<T> reader(Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (type == Article.class) {
      return (MastheadReader<T>) articles;
    }
    if (type == Ticker.class) {
      return (MastheadReader<T>) tickers;
    }
    return new MastheadReader<>(reading, type);
  }

  /**
   * Reads any Masthead type, as {@code reader(type).read(json)} does.
   *
   * @deprecated use {@link #reader(Class)}: {@code json.reader(type).read(text)}
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws IllegalArgumentException if {@code type} is not a Masthead type
   */
  @Deprecated
  public <T> T read(String json, Class<T> type) {
    return reader(type).read(json);
  }

  /**
   * Reads any Masthead type, as {@code reader(type).read(json)} does.
   *
   * @deprecated use {@link #reader(Class)}: {@code json.reader(type).read(text)}
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws IllegalArgumentException if {@code type} is not a Masthead type
   */
  @Deprecated
  public <T> T read(byte[] json, Class<T> type) {
    return reader(type).read(json);
  }

  /**
   * Reads any Masthead type, as {@code reader(type).read(json)} does.
   *
   * @deprecated use {@link #reader(Class)}: {@code json.reader(type).read(text)}
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if {@code type} is not a Masthead type
   */
  @Deprecated
  public <T> T read(InputStream json, Class<T> type) {
    return reader(type).read(json);
  }

  /**
   * Reads any Masthead type, as {@code reader(type).read(json)} does.
   *
   * @deprecated use {@link #reader(Class)}: {@code json.reader(type).read(text)}
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if {@code type} is not a Masthead type
   */
  @Deprecated
  public <T> T read(Reader json, Class<T> type) {
    return reader(type).read(json);
  }

  /**
   * Reads any Masthead type, as {@code reader(type).read(json)} does.
   *
   * @deprecated use {@link #reader(Class)}: {@code json.reader(type).read(text)}
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if {@code type} is not a Masthead type
   */
  @Deprecated
  public <T> T read(Path json, Class<T> type) {
    return reader(type).read(json);
  }

  // Reading streams of documents.

  /**
   * Reads articles lazily from a stream of UTF-8 JSON: either newline-delimited documents (NDJSON)
   * or one top-level array, as {@link MastheadReader#readAll(InputStream)} does. Only the article
   * being read is held in memory; each is validated, and each limit applies to each article. An
   * error names the article's index as the first segment of its pointer ({@code /12/headline}) and
   * ends the stream. Closing the returned stream does not close {@code json}.
   *
   * @param json the input
   * @return the articles, in order
   */
  public Stream<Article> readArticles(InputStream json) {
    return articles.readAll(json);
  }

  /**
   * Reads articles lazily from a file of NDJSON or a top-level array, as {@link
   * #readArticles(InputStream)} does. Close the returned stream to close the file.
   *
   * @param json the file
   * @return the articles, in order
   * @throws UncheckedIOException if the file cannot be opened
   */
  public Stream<Article> readArticles(Path json) {
    InputStream in;
    try {
      in = Files.newInputStream(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readArticles(in).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  // Reading with a report of what was dropped or changed.

  /**
   * Reads any Masthead type and reports what it dropped or changed, as {@code
   * reader(type).readReported(json)} does.
   *
   * @deprecated use {@link #reader(Class)}: {@code json.reader(type).readReported(text)}
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   */
  @Deprecated
  public <T> Converted<T> readReported(String json, Class<T> type) {
    return reader(type).readReported(json);
  }

  /**
   * Reads any Masthead type from UTF-8 bytes and reports what it dropped or changed, as {@code
   * reader(type).readReported(json)} does.
   *
   * @deprecated use {@link #reader(Class)}: {@code json.reader(type).readReported(bytes)}
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   */
  @Deprecated
  public <T> Converted<T> readReported(byte[] json, Class<T> type) {
    return reader(type).readReported(json);
  }

  // Writing.

  /**
   * Writes a value in the compact form.
   *
   * @param value a Masthead value
   * @return the JSON
   * @throws IllegalArgumentException if {@code value} is not a Masthead type
   */
  public String write(Object value) {
    return compact.writeValueAsString(requireMastheadType(value));
  }

  /**
   * Writes a value in the compact form, as UTF-8.
   *
   * @param value a Masthead value
   * @return the JSON
   */
  public byte[] writeBytes(Object value) {
    Object checked = requireMastheadType(value);
    // Written into this thread's reused buffer and copied once: the returned array is most of what
    // a write allocates.
    ReusedOutput out = ReusedOutput.acquire();
    try {
      compact.writeValue(out, checked);
    } catch (RuntimeException | Error e) {
      out.release();
      throw e;
    }
    return out.toByteArray();
  }

  /**
   * Writes a value in the compact form to a UTF-8 stream, which is flushed but not closed.
   *
   * @param value a Masthead value
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    Object checked = requireMastheadType(value);
    try {
      compact.writeValue(out, checked);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a value in the compact form to a character stream, which is flushed but not closed.
   *
   * @param value a Masthead value
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object value, Writer out) {
    Object checked = requireMastheadType(value);
    try {
      compact.writeValue(out, checked);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a value in the compact form to a UTF-8 file, replacing it.
   *
   * @param value a Masthead value
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path file) {
    writeFile(value, file, compact, "");
  }

  /**
   * Writes a value in the canonical pretty form, ending with a newline.
   *
   * @param value a Masthead value
   * @return the JSON
   */
  public String writePretty(Object value) {
    return pretty.writeValueAsString(requireMastheadType(value)) + "\n";
  }

  /**
   * Writes a value in the canonical pretty form to a UTF-8 stream, which is flushed but not closed.
   *
   * @param value a Masthead value
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writePretty(Object value, OutputStream out) {
    try {
      out.write(writePretty(value).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value in the canonical pretty form to a character stream, which is flushed but not
   * closed.
   *
   * @param value a Masthead value
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writePretty(Object value, Writer out) {
    try {
      out.write(writePretty(value));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value in the canonical pretty form to a UTF-8 file, replacing it.
   *
   * @param value a Masthead value
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writePretty(Object value, Path file) {
    writeFile(value, file, pretty, "\n");
  }

  /**
   * Writes articles as newline-delimited JSON (NDJSON): one compact article a line.
   *
   * @param articles the articles
   * @param out the stream, flushed but not closed
   * @throws UncheckedIOException if the stream fails
   */
  public void writeNdjson(Iterable<? extends Article> articles, OutputStream out) {
    try (JsonGenerator generator = ndjson.createGenerator(out)) {
      for (Article article : articles) {
        generator.writePOJO(Objects.requireNonNull(article, "article"));
        generator.flush();
        out.write('\n');
      }
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  private void writeFile(Object value, Path file, ObjectWriter writer, String end) {
    // Checked before the file is opened, which would empty it.
    Object checked = requireMastheadType(value);
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.writeValue(out, checked);
      out.write(end.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  private static Object requireMastheadType(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Article || value instanceof Ticker || value instanceof Block
        || value instanceof Author || value instanceof Credit || value instanceof Image
        || value instanceof TickerItem || value instanceof Link || value instanceof Rendition
        || value instanceof Rights || value instanceof Subject || value instanceof Correction
        || value instanceof Span) {
      return value;
    }
    throw new IllegalArgumentException("value must be a Masthead type, not " + value.getClass().getName());
  }

  /**
   * The settings of a {@link MastheadJson}. The defaults are the safe ones. A builder is mutable
   * and not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private @Nullable ValidationLevel validation = ValidationLevel.WELL_FORMED;
    private MastheadValidator validator = MastheadValidator.standard();
    private boolean strict;
    private UnknownContent unknownContent = UnknownContent.REFUSE;
    private long maxDocumentBytes = 10_000_000;
    private int maxDepth = 32;
    private int maxStringLength = 100_000;
    private int maxNumberLength = 24;
    private int maxNameLength = 256;
    private long maxTokens = 1_000_000;
    // The model's own limits: a longer list could never be valid content.
    private int maxBlocks = Article.MAX_BLOCKS;
    private int maxAuthors = Article.MAX_AUTHORS;
    private int maxTags = Article.MAX_TAGS;
    private int maxTickerItems = Ticker.MAX_ITEMS;
    private int maxElements = 10_000;

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
      copy.validation = validation;
      copy.validator = validator;
      copy.strict = strict;
      copy.unknownContent = unknownContent;
      copy.maxDocumentBytes = maxDocumentBytes;
      copy.maxDepth = maxDepth;
      copy.maxStringLength = maxStringLength;
      copy.maxNumberLength = maxNumberLength;
      copy.maxNameLength = maxNameLength;
      copy.maxTokens = maxTokens;
      copy.maxBlocks = maxBlocks;
      copy.maxAuthors = maxAuthors;
      copy.maxTags = maxTags;
      copy.maxTickerItems = maxTickerItems;
      copy.maxElements = maxElements;
      return copy;
    }

    /**
     * Sets the level at which reading validates content; {@link ValidationLevel#WELL_FORMED} by
     * default.
     *
     * @param level the level
     * @return this builder
     */
    public Builder validation(ValidationLevel level) {
      this.validation = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Makes reading skip content validation, for migrations that read old documents to repair
     * them. The reader still checks the format: syntax, limits, types, required properties.
     * {@link #validation(ValidationLevel)} turns validation back on.
     *
     * @return this builder
     */
    public Builder withoutValidation() {
      this.validation = null;
      return this;
    }

    /**
     * Sets how much reading validates.
     *
     * @param validation the level, or {@link ReadValidation#NONE}
     * @return this builder
     * @deprecated use {@link #validation(ValidationLevel)} or {@link #withoutValidation()}
     */
    @Deprecated(since = "0.1.0")
    public Builder validation(ReadValidation validation) {
      Objects.requireNonNull(validation, "validation");
      this.validation = validation.level();
      return this;
    }

    /**
     * Sets the validator that reading uses; {@link MastheadValidator#standard()} by default.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(MastheadValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Sets whether unknown properties are errors (all reported as {@code unknown_property}
     * violations) rather than ignored; off by default, so that older readers survive newer
     * documents.
     *
     * @param strict whether to reject unknown properties
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets what reading does with block types and values that this version does not know, such as
     * those of a newer version; {@link UnknownContent#REFUSE} by default, which keeps the closed
     * sets the contract. {@link MastheadReader#readReported(String)} reports what the other choices drop
     * or change; the other read methods apply them without a report.
     *
     * @param unknownContent the choice
     * @return this builder
     */
    public Builder unknownContent(UnknownContent unknownContent) {
      this.unknownContent = Objects.requireNonNull(unknownContent, "unknownContent");
      return this;
    }

    /**
     * Sets the largest document, in bytes (characters for text input); 10,000,000 by default.
     *
     * @param maxDocumentBytes the limit, at least 1
     * @return this builder
     */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      this.maxDocumentBytes = positive(maxDocumentBytes, "maxDocumentBytes");
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays; 32 by default.
     *
     * @param maxDepth the limit, at least 1
     * @return this builder
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = (int) positive(maxDepth, "maxDepth");
      return this;
    }

    /**
     * Sets the longest string value, in characters; 100,000 by default.
     *
     * @param maxStringLength the limit, at least 1
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
      return this;
    }

    /**
     * Sets the longest number literal, in characters; 24 by default.
     *
     * @param maxNumberLength the limit, at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int maxNumberLength) {
      this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
      return this;
    }

    /**
     * Sets the longest property name, in characters; 256 by default.
     *
     * @param maxNameLength the limit, at least 1
     * @return this builder
     */
    public Builder maxNameLength(int maxNameLength) {
      this.maxNameLength = (int) positive(maxNameLength, "maxNameLength");
      return this;
    }

    /**
     * Sets the most JSON tokens in a document; 1,000,000 by default.
     *
     * @param maxTokens the limit, at least 1
     * @return this builder
     */
    public Builder maxTokens(long maxTokens) {
      this.maxTokens = positive(maxTokens, "maxTokens");
      return this;
    }

    /**
     * Sets the most body blocks read; 2,000 by default.
     *
     * @param maxBlocks the limit, at least 1
     * @return this builder
     */
    public Builder maxBlocks(int maxBlocks) {
      this.maxBlocks = (int) positive(maxBlocks, "maxBlocks");
      return this;
    }

    /**
     * Sets the most authors read; 50 by default.
     *
     * @param maxAuthors the limit, at least 1
     * @return this builder
     */
    public Builder maxAuthors(int maxAuthors) {
      this.maxAuthors = (int) positive(maxAuthors, "maxAuthors");
      return this;
    }

    /**
     * Sets the most tags read; 100 by default.
     *
     * @param maxTags the limit, at least 1
     * @return this builder
     */
    public Builder maxTags(int maxTags) {
      this.maxTags = (int) positive(maxTags, "maxTags");
      return this;
    }

    /**
     * Sets the most ticker items read; 200 by default.
     *
     * @param maxTickerItems the limit, at least 1
     * @return this builder
     */
    public Builder maxTickerItems(int maxTickerItems) {
      this.maxTickerItems = (int) positive(maxTickerItems, "maxTickerItems");
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
      this.maxElements = (int) positive(maxElements, "maxElements");
      return this;
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return value;
    }

    /**
     * Returns a reader and writer with these settings.
     *
     * @return a new instance
     */
    public MastheadJson build() {
      return new MastheadJson(this);
    }
  }
}
