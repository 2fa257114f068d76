package dev.masthead.json.internal;

import dev.masthead.conversion.Converted;
import dev.masthead.validation.CheckedText;
import dev.masthead.wire.Decoder;
import dev.masthead.wire.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read pipeline of one configured reader: the input check, the parser with the decoder, then
 * the content check. Each step is its own class ({@link InputCheck}, {@link SingleDocument} or
 * {@link DocumentStream}, {@link ContentCheck}); this class only joins them, and none of them
 * calls back into the public API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reading {
  private final JsonMapper mapper;
  private final JsonMapper streamMapper;
  private final ReadOptions options;
  private final long maxDocumentBytes;
  private final ContentCheck check;

  /**
   * Creates a pipeline.
   *
   * @param mapper the mapper for whole documents, with the document limits
   * @param streamMapper the mapper for streams of documents, whose size limit is per document
   * @param options the decoder's options
   * @param maxDocumentBytes the largest document, in bytes (in characters for text)
   * @param check the content check
   */
  public Reading(
      JsonMapper mapper, JsonMapper streamMapper, ReadOptions options, long maxDocumentBytes, ContentCheck check) {
    this.mapper = mapper;
    this.streamMapper = streamMapper;
    this.options = options;
    this.maxDocumentBytes = maxDocumentBytes;
    this.check = check;
  }

  /** Reads one document from text. */
  public <T> Converted<T> text(String json, Function<Decoder, T> decode) {
    String text = InputCheck.text(json, maxDocumentBytes);
    return checked(SingleDocument.read(mapper.createParser(text), options, decode), CheckedText.NOTHING);
  }

  /** Reads one document from UTF-8 bytes. */
  public <T> Converted<T> bytes(byte[] json, Function<Decoder, T> decode) {
    return bytes(json, json.length, decode);
  }

  private <T> Converted<T> bytes(byte[] json, int length, Function<Decoder, T> decode) {
    InputCheck.Bytes input = InputCheck.bytes(json, length, maxDocumentBytes);
    int start = input.start();
    Decoded<T> decoded = SingleDocument.read(mapper.createParser(json, start, length - start), options, decode);
    return checked(decoded, input.checked());
  }

  /** Reads one document from a UTF-8 stream, to its end. */
  public <T> Converted<T> stream(InputStream json, Function<Decoder, T> decode) {
    return bytes(InputCheck.stream(json, maxDocumentBytes), decode);
  }

  /** Reads one document from a character stream, to its end. */
  public <T> Converted<T> chars(Reader json, Function<Decoder, T> decode) {
    return text(InputCheck.chars(json, maxDocumentBytes), decode);
  }

  /** Reads one document from a UTF-8 file. */
  public <T> Converted<T> file(Path json, Function<Decoder, T> decode) {
    try (InputStream in = Files.newInputStream(json)) {
      return stream(in, decode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads documents lazily from NDJSON or one top-level array. */
  public <T> Stream<T> documents(InputStream json, Function<Decoder, T> decode) {
    return DocumentStream.of(json, maxDocumentBytes, streamMapper, options, decode, check);
  }

  private <T> Converted<T> checked(Decoded<T> decoded, CheckedText checked) {
    T value = check.check(decoded, checked);
    return Converted.of(value, decoded.losses());
  }
}
