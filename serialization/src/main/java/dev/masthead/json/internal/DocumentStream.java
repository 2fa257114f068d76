package dev.masthead.json.internal;

import static dev.masthead.json.MalformedJsonException.NOT_AN_OBJECT;
import static dev.masthead.json.MalformedJsonException.TRAILING_CONTENT;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.CheckedText;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads documents lazily from NDJSON or one top-level array: each document in turn is decoded and
 * checked, each limit applies to each document, and an error names the document's index as the
 * first segment of its pointer and ends the stream.
 */
final class DocumentStream {
  private DocumentStream() {}

  /** Returns the documents of {@code json}; closing the stream does not close {@code json}. */
  static <T> Stream<T> of(
      InputStream json, long maxLength, JsonMapper mapper, ReadOptions options,
      Function<Decoder, T> decode, ContentCheck check) {
    LimitedReader reader = new LimitedReader(new Utf8Reader(json), maxLength);
    JsonParser parser = mapper.createParser(reader);
    DocumentIterator<T> documents = new DocumentIterator<>(parser, reader, options, decode, check);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(parser::close);
  }

  private static final class DocumentIterator<T> implements Iterator<T> {
    private final JsonParser parser;
    private final LimitedReader reader;
    private final ReadOptions options;
    private final Function<Decoder, T> decode;
    private final ContentCheck check;
    private int index = -1;
    private boolean started;
    private boolean array;
    private boolean pending;
    private boolean done;

    DocumentIterator(
        JsonParser parser, LimitedReader reader, ReadOptions options, Function<Decoder, T> decode, ContentCheck check) {
      this.parser = parser;
      this.reader = reader;
      this.options = options;
      this.decode = decode;
      this.check = check;
    }

    @Override
    public boolean hasNext() {
      if (pending) {
        return true;
      }
      if (done) {
        return false;
      }
      try {
        reader.startDocument();
        JsonToken token = parser.nextToken();
        if (!started) {
          started = true;
          if (token == JsonToken.START_ARRAY) {
            array = true;
            token = parser.nextToken();
          }
        }
        if (token == null || (array && token == JsonToken.END_ARRAY)) {
          if (array && parser.nextToken() != null) {
            throw Failures.malformed(TRAILING_CONTENT, parser.currentTokenLocation(), "", "nothing may follow the array", null);
          }
          done = true;
          return false;
        }
        if (token != JsonToken.START_OBJECT) {
          throw Failures.malformed(NOT_AN_OBJECT, parser.currentTokenLocation(), "/" + (index + 1),
              "each document must be a JSON object", null);
        }
        pending = true;
        return true;
      } catch (JacksonException e) {
        done = true;
        throw Failures.translate(e, parser, array ? "" : "/" + (index + 1));
      } catch (MalformedJsonException e) {
        done = true;
        throw e;
      }
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      pending = false;
      index++;
      String prefix = "/" + index;
      Decoder decoder = new Decoder(parser, options);
      T value;
      try {
        value = decode.apply(decoder);
      } catch (JacksonException e) {
        done = true;
        throw Failures.translate(e, parser, array ? "" : prefix);
      }
      // Pointers inside a top-level array already start with the index; in NDJSON they do not.
      List<String> unknown = array ? decoder.unknownProperties() : prefixed(decoder.unknownProperties(), prefix);
      List<String> missing = array ? decoder.missingProperties() : prefixed(decoder.missingProperties(), prefix);
      String subject = Failures.subject(value) + " " + index;
      try {
        return check.check(
            new Decoded<>(value, unknown, missing, decoder.documentPointers(value), decoder.losses()),
            subject, CheckedText.NOTHING);
      } catch (InvalidContentException e) {
        List<String> reported = new ArrayList<>(unknown);
        reported.addAll(missing);
        throw new InvalidContentException(subject, e.level(), prefixed(e.violations(), prefix, reported));
      }
    }
  }

  private static List<String> prefixed(List<String> pointers, String prefix) {
    if (pointers.isEmpty()) {
      return pointers;
    }
    List<String> result = new ArrayList<>(pointers.size());
    for (String pointer : pointers) {
      result.add(prefix + pointer);
    }
    return result;
  }

  /**
   * Prefixes the validator's pointers with the index; the pointers of unknown and missing
   * properties already have it.
   */
  private static List<Violation> prefixed(List<Violation> violations, String prefix, List<String> reported) {
    List<Violation> result = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      boolean alreadyPrefixed = reported.contains(violation.pointer());
      result.add(alreadyPrefixed ? violation
          : Violation.of(prefix + violation.pointer(), violation.code(), violation.message()));
    }
    result.sort(Violation.ORDER);
    return result;
  }

  /** Counts the characters read for the current document and fails past the limit. */
  private static final class LimitedReader extends Reader {
    private final Reader in;
    private final long maxLength;
    private long count;
    private boolean first = true;

    LimitedReader(Reader in, long maxLength) {
      this.in = in;
      this.maxLength = maxLength;
    }

    void startDocument() {
      count = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (first && n > 0) {
        first = false;
        if (buffer[offset] == '\uFEFF') {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
          if (n == 0) {
            return read(buffer, offset, length);
          }
        }
      }
      if (n > 0) {
        count += n;
        if (count > maxLength + 8192) {
          throw new Failures.DocumentTooLarge();
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      // The caller owns the input stream.
    }
  }

  /**
   * Decodes strict UTF-8. Unlike {@link java.io.InputStreamReader}, which drops what it decoded
   * before a malformed sequence, it hands over every character before the sequence first, so that
   * the error surfaces in the document that holds it, where the parser is.
   */
  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private @Nullable CharacterCodingException failure;
    private int stashed = -1;

    Utf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (stashed >= 0) {
        buffer[offset] = (char) stashed;
        stashed = -1;
        return 1;
      }
      if (length == 1) {
        // A code point may need two chars: decode a pair and keep the second for the next read.
        char[] pair = new char[2];
        int n = read(pair, 0, 2);
        if (n == 2) {
          stashed = pair[1];
        }
        if (n > 0) {
          buffer[offset] = pair[0];
          return 1;
        }
        return n;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (out.position() == offset) {
        if (failure != null) {
          throw failure;
        }
        CoderResult result = decoder.decode(bytes, out, eof);
        if (result.isError()) {
          failure = new MalformedInputException(result.length());
        } else if (result.isUnderflow() && out.position() == offset) {
          if (eof) {
            return -1;
          }
          bytes.compact();
          int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
      }
      return out.position() - offset;
    }

    @Override
    public void close() {
      // The caller owns the input stream.
    }
  }
}
