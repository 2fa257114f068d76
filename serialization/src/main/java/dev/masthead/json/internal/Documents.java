package dev.masthead.json.internal;

import static dev.masthead.json.MalformedJsonException.DOCUMENT_TOO_LARGE;
import static dev.masthead.json.MalformedJsonException.EMPTY_INPUT;
import static dev.masthead.json.MalformedJsonException.INVALID_UTF8;
import static dev.masthead.json.MalformedJsonException.NOT_AN_OBJECT;
import static dev.masthead.json.MalformedJsonException.SYNTAX;
import static dev.masthead.json.MalformedJsonException.TRAILING_CONTENT;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.CheckedText;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import dev.masthead.wire.Decoder;
import dev.masthead.wire.ReadOptions;
import dev.masthead.wire.WireProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads whole documents and streams of documents: input checks (size, byte order mark, UTF-8),
 * the parser's lifecycle, and the translation of every failure into the two documented exceptions.
 */
public final class Documents {
  /** Validates a decoded value; the reader's hook between decoding and returning. */
  @FunctionalInterface
  public interface Check {
    /**
     * Returns {@code value} if it passes, else throws {@link InvalidContentException}.
     *
     * @param value the decoded value
     * @param unknownProperties the pointers of unknown properties, in strict mode
     * @param missingProperties the pointers of required properties the document lacks, whose values
     *     in {@code value} are stand-ins
     * @param subject what the value is, in lower case, for messages
     * @param documentPointers maps a pointer into the value, as the validator reports it, to the
     *     pointer into the document
     * @param textFacts what the reader found, while checking the encoding, to hold of every text
     *     of the value (from {@link Utf8.Scan})
     * @return the value
     */
    Object check(
        Object value, List<String> unknownProperties, List<String> missingProperties, String subject,
        UnaryOperator<String> documentPointers, CheckedText textFacts);
  }

  private Documents() {}

  /** Reads one document from text. */
  public static <T> T readText(
      String json, long maxLength, JsonMapper mapper, ReadOptions options, Function<Decoder, T> decode, Check check) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > maxLength) {
      throw tooLarge(maxLength);
    }
    return read(mapper.createParser(text), options, decode, check, CheckedText.NOTHING);
  }

  /** Reads one document from the first {@code length} bytes of {@code json}. */
  public static <T> T readBytes(
      byte[] json, int length, long maxLength, JsonMapper mapper, ReadOptions options,
      Function<Decoder, T> decode, Check check) {
    int start = isBom(json, 0, length) ? 3 : 0;
    if (length - start > maxLength) {
      throw tooLarge(maxLength);
    }
    Utf8.Scan scan = Utf8.scan(json, start, length);
    int invalid = scan.firstInvalid();
    if (invalid >= 0) {
      int line = 1;
      int lineStart = start;
      for (int i = start; i < invalid; i++) {
        if (json[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new MalformedJsonException(INVALID_UTF8, line, invalid - lineStart + 1, "",
          "input is not well-formed UTF-8 (byte offset " + (invalid - start) + ")", null);
    }
    // Jackson would skip a second byte order mark, and would read the input as UTF-16 or UTF-32
    // when it starts with NUL bytes; the input is UTF-8 with at most one, where neither is JSON.
    if (start == 3 && isBom(json, 3, length)) {
      throw new MalformedJsonException(SYNTAX, 1, 1, "", "only one byte order mark may start the input", null);
    }
    for (int i = start; i < Math.min(length, start + 4); i++) {
      if (json[i] == 0) {
        throw new MalformedJsonException(SYNTAX, 1, i - start + 1, "", "unexpected NUL byte; the input must be UTF-8", null);
      }
    }
    return read(mapper.createParser(json, start, length - start), options, decode, check, scan.facts());
  }

  private static boolean isBom(byte[] json, int at, int length) {
    return length - at >= 3 && json[at] == (byte) 0xEF && json[at + 1] == (byte) 0xBB && json[at + 2] == (byte) 0xBF;
  }

  /** Reads a character stream to its end, failing past {@code maxLength} characters. */
  public static String readChars(Reader json, long maxLength) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = json.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
        if (text.length() > maxLength + 1) {
          throw tooLarge(maxLength);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static <T> T read(
      JsonParser parser, ReadOptions options, Function<Decoder, T> decode, Check check, CheckedText textFacts) {
    T value;
    Decoder decoder = new Decoder(ParserSource.of(parser), options);
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedJsonException(EMPTY_INPUT, 1, 1, "", "input holds no JSON value", null);
      }
      if (first != JsonToken.START_OBJECT) {
        throw malformed(NOT_AN_OBJECT, parser.currentTokenLocation(), "", "the document must be a JSON object", null);
      }
      value = decode.apply(decoder);
      if (parser.nextToken() != null) {
        throw malformed(TRAILING_CONTENT, parser.currentTokenLocation(), "", "nothing may follow the document", null);
      }
    } catch (JacksonException e) {
      throw translate(e, parser, "");
    } catch (WireProblem problem) {
      throw malformed(problem, "");
    }
    @SuppressWarnings("unchecked")
    T checked = (T) check.check(
        value, decoder.unknownProperties(), decoder.missingProperties(), subject(value),
        decoder.documentPointers(value), textFacts);
    return checked;
  }

  /** Reads documents lazily from NDJSON or one top-level array. */
  public static <T> Stream<T> stream(
      InputStream json, long maxLength, JsonMapper mapper, ReadOptions options,
      Function<Decoder, T> decode, Check check) {
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
    private final Check check;
    private int index = -1;
    private boolean started;
    private boolean array;
    private boolean pending;
    private boolean done;

    DocumentIterator(JsonParser parser, LimitedReader reader, ReadOptions options, Function<Decoder, T> decode, Check check) {
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
            throw malformed(TRAILING_CONTENT, parser.currentTokenLocation(), "", "nothing may follow the array", null);
          }
          done = true;
          return false;
        }
        if (token != JsonToken.START_OBJECT) {
          throw malformed(NOT_AN_OBJECT, parser.currentTokenLocation(), "/" + (index + 1),
              "each document must be a JSON object", null);
        }
        pending = true;
        return true;
      } catch (JacksonException e) {
        done = true;
        throw translate(e, parser, array ? "" : "/" + (index + 1));
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
      Decoder decoder = new Decoder(ParserSource.of(parser), options);
      T value;
      try {
        value = decode.apply(decoder);
      } catch (JacksonException e) {
        done = true;
        throw translate(e, parser, array ? "" : prefix);
      } catch (WireProblem problem) {
        done = true;
        throw malformed(problem, array ? "" : prefix);
      }
      // Pointers inside a top-level array already start with the index; in NDJSON they do not.
      List<String> unknown = array ? decoder.unknownProperties() : prefixed(decoder.unknownProperties(), prefix);
      List<String> missing = array ? decoder.missingProperties() : prefixed(decoder.missingProperties(), prefix);
      try {
        @SuppressWarnings("unchecked")
        T checked = (T) check.check(
            value, unknown, missing, subject(value) + " " + index, decoder.documentPointers(value),
            CheckedText.NOTHING);
        return checked;
      } catch (InvalidContentException e) {
        List<String> reported = new ArrayList<>(unknown);
        reported.addAll(missing);
        throw new InvalidContentException(
            subject(value) + " " + index, e.level(), prefixed(e.violations(), prefix, reported));
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
          throw new DocumentTooLargeException();
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

  private static final class DocumentTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Translates a problem the decoder found into the documented exception. */
  static MalformedJsonException malformed(WireProblem problem, String prefix) {
    return new MalformedJsonException(
        problem.code(), problem.line(), problem.column(), prefix + problem.pointer(), problem.detail(), problem);
  }

  /** Translates a Jackson failure into the documented exceptions. */
  static RuntimeException translate(JacksonException e, JsonParser parser, String prefix) {
    String pointer = prefix + pointerOf(parser);
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      // An I/O failure, such as malformed UTF-8, happens where the parser asked for more input.
      location = parser.currentLocation();
    }
    Throwable cause = e.getCause();
    if (cause instanceof DocumentTooLargeException) {
      return malformed(DOCUMENT_TOO_LARGE, location, pointer, "document is larger than the limit", e);
    }
    if (cause instanceof CharacterCodingException) {
      return malformed(INVALID_UTF8, location, pointer, "input is not well-formed UTF-8", e);
    }
    if (cause instanceof IOException) {
      return new UncheckedIOException((IOException) cause);
    }
    if (e instanceof Limits.Exceeded) {
      return malformed(((Limits.Exceeded) e).code(), location, pointer, e.getOriginalMessage(), e);
    }
    if (e instanceof StreamConstraintsException) {
      // A limit Masthead does not set (such as a big number's scale), which Jackson keeps itself.
      return malformed(DOCUMENT_TOO_LARGE, location, pointer, "input exceeds a limit", e);
    }
    return malformed(SYNTAX, location, pointer, shorten(e.getOriginalMessage()), e);
  }

  private static String pointerOf(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** Drops Jackson's hints about its own configuration from a message. */
  private static String shorten(@Nullable String message) {
    if (message == null) {
      return "malformed JSON";
    }
    String text = message.replaceAll(", from `[^`]*`\\)", ")");
    for (String noise : new String[] {" (from `", " (start marker at", "\n"}) {
      int cut = text.indexOf(noise);
      if (cut >= 0) {
        text = text.substring(0, cut);
      }
    }
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  static MalformedJsonException malformed(
      String code, @Nullable TokenStreamLocation location, String pointer, String detail, @Nullable Throwable cause) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new MalformedJsonException(code, line, column, pointer, detail, cause);
  }

  private static MalformedJsonException tooLarge(long maxLength) {
    return new MalformedJsonException(DOCUMENT_TOO_LARGE, 0, 0, "",
        "document is larger than the limit of " + maxLength + " bytes", null);
  }

  /** Returns what a value is, in lower-case words: {@code article}, {@code ticker item}. */
  static String subject(Object value) {
    String name = value.getClass().getSimpleName();
    StringBuilder words = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ');
      }
      words.append(Character.toLowerCase(c));
    }
    return words.toString();
  }
}
