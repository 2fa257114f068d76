package dev.masthead.json;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.json.internal.Codec;
import dev.masthead.json.internal.Documents;
import dev.masthead.json.internal.Limits;
import dev.masthead.wire.Decoder;
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
import dev.masthead.validation.CheckedText;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
 *       #readReported(String, Class)});
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
  private final ReadOptions options;
  private final MastheadValidator validator;
  private final JsonMapper mapper;
  private final JsonMapper streamMapper;
  private final ObjectWriter compact;
  private final ObjectWriter ndjson;
  private final ObjectWriter pretty;

  private MastheadJson(Builder settings) {
    this.settings = settings.copy();
    this.options = new ReadOptions(settings.strict, settings.maxBlocks, settings.maxAuthors,
        settings.maxTags, settings.maxTickerItems, settings.maxElements, Codec.unknownContent(settings.unknownContent));
    this.validator = settings.validator;
    StreamReadConstraints limits = Limits.of(settings.maxDepth, settings.maxDocumentBytes, settings.maxTokens,
        settings.maxNumberLength, settings.maxStringLength, settings.maxNameLength);
    this.mapper = mapper(limits);
    // A stream of documents is limited per document, by the reader, not as a whole.
    this.streamMapper = mapper(Limits.of(settings.maxDepth, -1, -1, settings.maxNumberLength,
        settings.maxStringLength, settings.maxNameLength));
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
    return read(json, Article.class);
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
    return read(json, Article.class);
  }

  /**
   * Reads an article from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the article, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as an article
   * @throws InvalidContentException if the article breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public Article readArticle(InputStream json) {
    return read(json, Article.class);
  }

  /**
   * Reads an article from a character stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the article, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as an article
   * @throws InvalidContentException if the article breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public Article readArticle(Reader json) {
    return read(json, Article.class);
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
    return read(json, Article.class);
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
    return read(json, Ticker.class);
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
    return read(json, Ticker.class);
  }

  /**
   * Reads a ticker from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the ticker, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as a ticker
   * @throws InvalidContentException if the ticker breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public Ticker readTicker(InputStream json) {
    return read(json, Ticker.class);
  }

  /**
   * Reads a ticker from a character stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the ticker, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as a ticker
   * @throws InvalidContentException if the ticker breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public Ticker readTicker(Reader json) {
    return read(json, Ticker.class);
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
    return read(json, Ticker.class);
  }

  /**
   * Reads any Masthead type: {@link Article}, {@link Ticker}, {@link TickerItem}, {@link Author},
   * {@link Credit}, {@link Image}, {@link Block} (or one kind of block, such as {@link
   * dev.masthead.model.Heading}, whose {@code type} must then name that kind), {@link Link},
   * {@link Rendition}, {@link Rights}, {@link Subject}, {@link Correction} or {@link Span}.
   *
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws IllegalArgumentException if {@code type} is not a Masthead type
   */
  public <T> T read(String json, Class<T> type) {
    Function<Decoder, T> decode = decoder(type);
    return Documents.readText(json, settings.maxDocumentBytes, mapper, options, decode, this::check);
  }

  /**
   * Reads any Masthead type from UTF-8 bytes.
   *
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   */
  public <T> T read(byte[] json, Class<T> type) {
    Function<Decoder, T> decode = decoder(type);
    return Documents.readBytes(json, json.length, settings.maxDocumentBytes, mapper, options, decode, this::check);
  }

  /**
   * Reads any Masthead type from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    Function<Decoder, T> decode = decoder(type);
    byte[] bytes;
    try {
      // Enough for a byte order mark, the largest document and one byte more to tell it is too large.
      bytes = json.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, settings.maxDocumentBytes + 4)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Documents.readBytes(bytes, bytes.length, settings.maxDocumentBytes, mapper, options, decode, this::check);
  }

  /**
   * Reads any Masthead type from a character stream, which is read to its end but not closed.
   *
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public <T> T read(Reader json, Class<T> type) {
    return read(Documents.readChars(json, settings.maxDocumentBytes), type);
  }

  /**
   * Reads any Masthead type from a UTF-8 file.
   *
   * @param <T> the type
   * @param json the file
   * @param type the type's class
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path json, Class<T> type) {
    try (InputStream in = Files.newInputStream(json)) {
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Reading streams of documents.

  /**
   * Reads articles lazily from a stream of UTF-8 JSON: either newline-delimited documents (NDJSON)
   * or one top-level array. Only the article being read is held in memory; each is validated, and
   * each limit applies to each article. An error names the article's index as the first segment of
   * its pointer ({@code /12/headline}) and ends the stream. Closing the returned stream does not
   * close {@code json}.
   *
   * @param json the input
   * @return the articles, in order
   */
  public Stream<Article> readArticles(InputStream json) {
    return Documents.stream(json, settings.maxDocumentBytes, streamMapper, options, Decoder::readArticle, this::check);
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
   * Reads any Masthead type, as {@link #read(String, Class)} does, and reports what it dropped or
   * changed because this version does not know it, as {@linkplain
   * Builder#unknownContent(UnknownContent) configured}: each {@link Loss} names its place in the
   * document with a JSON Pointer. With the default, {@link UnknownContent#REFUSE}, the report is
   * always empty, as such content is refused.
   *
   * <pre>{@code
   * MastheadJson json = MastheadJson.builder().unknownContent(UnknownContent.DROP).build();
   * Converted<Article> read = json.readReported(text, Article.class);
   * read.losses().forEach(System.err::println); // /body/3: dropped: block of unknown type "video" dropped
   * }</pre>
   *
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   */
  public <T> Converted<T> readReported(String json, Class<T> type) {
    List<Loss> losses = new ArrayList<>();
    T value = Documents.readText(json, settings.maxDocumentBytes, mapper, options, reporting(type, losses), this::check);
    return Converted.of(value, losses);
  }

  /**
   * Reads any Masthead type from UTF-8 bytes, as {@link #readReported(String, Class)} does.
   *
   * @param <T> the type
   * @param json the document
   * @param type the type's class
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as that type
   * @throws InvalidContentException if the value breaks the rules
   */
  public <T> Converted<T> readReported(byte[] json, Class<T> type) {
    List<Loss> losses = new ArrayList<>();
    T value = Documents.readBytes(
        json, json.length, settings.maxDocumentBytes, mapper, options, reporting(type, losses), this::check);
    return Converted.of(value, losses);
  }

  /** Decodes {@code type} and adds the decoder's losses to {@code losses}. */
  private static <T> Function<Decoder, T> reporting(Class<T> type, List<Loss> losses) {
    Function<Decoder, T> decode = decoder(type);
    return decoder -> {
      T value = decode.apply(decoder);
      losses.addAll(decoder.losses());
      return value;
    };
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
    return compact.writeValueAsBytes(requireMastheadType(value));
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

  @SuppressWarnings("unchecked")
  private static <T> Function<Decoder, T> decoder(Class<T> type) {
    Function<Decoder, ?> decode;
    if (type == Article.class) {
      decode = Decoder::readArticle;
    } else if (type == Ticker.class) {
      decode = Decoder::readTicker;
    } else if (type == TickerItem.class) {
      decode = Decoder::readTickerItem;
    } else if (type == Author.class) {
      decode = Decoder::readAuthor;
    } else if (type == Credit.class) {
      decode = Decoder::readCredit;
    } else if (type == Image.class) {
      decode = Decoder::readImage;
    } else if (type == Block.class) {
      decode = Decoder::readBlock;
    } else if (Block.class.isAssignableFrom(type)) {
      Class<? extends Block> kind = type.asSubclass(Block.class);
      decode = decoder -> decoder.readBlock(kind);
    } else if (type == Link.class) {
      decode = Decoder::readLink;
    } else if (type == Rendition.class) {
      decode = Decoder::readRendition;
    } else if (type == Rights.class) {
      decode = Decoder::readRights;
    } else if (type == Subject.class) {
      decode = Decoder::readSubject;
    } else if (type == Correction.class) {
      decode = Decoder::readCorrection;
    } else if (type == Span.class) {
      decode = Decoder::readSpan;
    } else {
      throw new IllegalArgumentException("type must be a Masthead type, not " + type.getName());
    }
    return (Function<Decoder, T>) decode;
  }

  /**
   * Validates at the configured level and reports missing required properties, and unknown
   * properties in strict mode, every violation with its pointer into the document. A value with a
   * missing property holds stand-ins, so it is never returned, validated or not; what the validator
   * says of a stand-in is dropped.
   */
  private <T> T check(
      T value, List<String> unknownProperties, List<String> missingProperties, String subject,
      UnaryOperator<String> documentPointers, CheckedText checked) {
    ValidationLevel level = settings.validation;
    List<Violation> violations = level == null ? List.of() : validator.validate(value, level, checked);
    if (violations.isEmpty() && unknownProperties.isEmpty() && missingProperties.isEmpty()) {
      return value;
    }
    List<Violation> all = new ArrayList<>(violations.size() + unknownProperties.size() + missingProperties.size());
    for (Violation violation : violations) {
      String pointer = documentPointers.apply(violation.pointer());
      if (!isAtOrUnder(pointer, missingProperties)) {
        all.add(Violation.of(pointer, violation.code(), violation.message()));
      }
    }
    for (String pointer : missingProperties) {
      all.add(Violation.of(pointer, Codes.REQUIRED, "is required"));
    }
    for (String pointer : unknownProperties) {
      all.add(Violation.of(pointer, Codes.UNKNOWN_PROPERTY, "is not a property of the wire format"));
    }
    all.sort(Violation.ORDER);
    // Missing and unknown properties are reported even when content is not validated.
    throw new InvalidContentException(subject, level == null ? ValidationLevel.WELL_FORMED : level, all);
  }

  private static boolean isAtOrUnder(String pointer, List<String> missing) {
    for (String stub : missing) {
      if (pointer.equals(stub) || pointer.startsWith(stub + "/")) {
        return true;
      }
    }
    return false;
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
     * sets the contract. {@link MastheadJson#readReported(String, Class)} reports what the other choices drop
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
