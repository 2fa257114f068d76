package dev.masthead.json;

import dev.masthead.conversion.Converted;
import dev.masthead.json.internal.Reading;
import dev.masthead.model.Article;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Ticker;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.wire.Decoder;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads one Masthead type from any kind of input, with the settings of the {@link MastheadJson}
 * that made it: the typed entry point of reading.
 *
 * <pre>{@code
 * MastheadReader<Ticker> tickers = MastheadJson.standard().reader(Ticker.class);
 * Ticker ticker = tickers.read(request.getInputStream());
 * }</pre>
 *
 * <p>Every read makes the guarantees listed on {@link MastheadJson}: it returns the value
 * validated at the configured level, or throws {@link MalformedJsonException} for input it cannot
 * read and {@link InvalidContentException} for content that breaks the rules; it never returns
 * null or a partly built value. I/O failures are {@link UncheckedIOException}s. Streams are read
 * to their end and not closed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type read
 */
public final class MastheadReader<T> {
  private final Reading reading;
  private final Class<T> type;
  private final Function<Decoder, T> decode;

  MastheadReader(Reading reading, Class<T> type) {
    this.reading = reading;
    this.type = type;
    if (type == DigitalSourceType.class) {
      // The wire format holds it as a string, never as a document of its own.
      throw new IllegalArgumentException("type must be a Masthead type, not " + type.getName());
    }
    this.decode = Decoder.reader(type);
  }

  /**
   * Returns the type this reader reads.
   *
   * @return the type's class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads a document.
   *
   * @param json the document
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   */
  public T read(String json) {
    return readReported(json).value();
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param json the document
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   */
  public T read(byte[] json) {
    return readReported(json).value();
  }

  /**
   * Reads a document from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public T read(InputStream json) {
    return readReported(json).value();
  }

  /**
   * Reads a document from a character stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public T read(Reader json) {
    return readReported(json).value();
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param json the file
   * @return the value, validated at the configured level
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the file cannot be read
   */
  public T read(Path json) {
    return readReported(json).value();
  }

  /**
   * Reads a document, as {@link #read(String)} does, and reports what it dropped or changed because
   * this version does not know it, as {@linkplain MastheadJson.Builder#unknownContent(UnknownContent)
   * configured}: each {@link dev.masthead.conversion.Loss} names its place in the document with a
   * JSON Pointer. With the default, {@link UnknownContent#REFUSE}, the report is always empty, as
   * such content is refused.
   *
   * <pre>{@code
   * MastheadJson json = MastheadJson.builder().unknownContent(UnknownContent.DROP).build();
   * Converted<Article> read = json.reader(Article.class).readReported(text);
   * read.losses().forEach(System.err::println); // /body/3: dropped: block of unknown type "video" dropped
   * }</pre>
   *
   * @param json the document
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   */
  public Converted<T> readReported(String json) {
    return reading.text(Objects.requireNonNull(json, "json"), decode);
  }

  /**
   * Reads a document from UTF-8 bytes, as {@link #readReported(String)} does.
   *
   * @param json the document
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   */
  public Converted<T> readReported(byte[] json) {
    return reading.bytes(Objects.requireNonNull(json, "json"), decode);
  }

  /**
   * Reads a document from a UTF-8 stream, to its end, as {@link #readReported(String)} does.
   *
   * @param json the document
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public Converted<T> readReported(InputStream json) {
    return reading.stream(Objects.requireNonNull(json, "json"), decode);
  }

  /**
   * Reads a document from a character stream, to its end, as {@link #readReported(String)} does.
   *
   * @param json the document
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the stream fails
   */
  public Converted<T> readReported(Reader json) {
    return reading.chars(Objects.requireNonNull(json, "json"), decode);
  }

  /**
   * Reads a document from a UTF-8 file, as {@link #readReported(String)} does.
   *
   * @param json the file
   * @return the value, validated at the configured level, with what was dropped or changed
   * @throws MalformedJsonException if the input cannot be read as this type
   * @throws InvalidContentException if the value breaks the rules
   * @throws UncheckedIOException if the file cannot be read
   */
  public Converted<T> readReported(Path json) {
    return reading.file(Objects.requireNonNull(json, "json"), decode);
  }

  /**
   * Reads values lazily from a stream of UTF-8 JSON: either newline-delimited documents (NDJSON)
   * or one top-level array. Only the value being read is held in memory; each is validated, and
   * each limit applies to each value. An error names the value's index as the first segment of
   * its pointer ({@code /12/headline}) and ends the stream. Closing the returned stream does not
   * close {@code json}.
   *
   * @param json the input
   * @return the values, in order
   */
  public Stream<T> readAll(InputStream json) {
    return reading.documents(Objects.requireNonNull(json, "json"), decode);
  }

  @Override
  public String toString() {
    return "MastheadReader[" + type.getSimpleName() + "]";
  }

}
