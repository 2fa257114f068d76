package dev.masthead.json.internal;

import static dev.masthead.json.MalformedJsonException.NOT_AN_OBJECT;
import static dev.masthead.json.MalformedJsonException.TRAILING_CONTENT;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.CheckedText;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import dev.masthead.wire.Decoder;
import dev.masthead.wire.ReadOptions;
import dev.masthead.wire.WireProblem;
import java.io.InputStream;
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
    DocumentIterator<T> documents =
        new DocumentIterator<>(mapper, new CheckedInput(json, maxLength), options, decode, check);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(documents::close);
  }

  private static final class DocumentIterator<T> implements Iterator<T> {
    private final JsonMapper mapper;
    private final CheckedInput input;
    /** Made on the first read: making it reads the first bytes, which may fail. */
    private @Nullable JsonParser parser;
    /** The offset of the current document's first byte. */
    private long documentStart;
    private final ReadOptions options;
    private final Function<Decoder, T> decode;
    private final ContentCheck check;
    private int index = -1;
    private boolean started;
    private boolean array;
    private boolean pending;
    private boolean done;

    DocumentIterator(
        JsonMapper mapper, CheckedInput input, ReadOptions options, Function<Decoder, T> decode, ContentCheck check) {
      this.mapper = mapper;
      this.input = input;
      this.options = options;
      this.decode = decode;
      this.check = check;
    }

    private JsonParser parser() {
      JsonParser made = parser;
      if (made == null) {
        try {
          made = mapper.createParser(input);
        } catch (JacksonException e) {
          done = true;
          throw Failures.translateAtStart(e, input.handed());
        } catch (MalformedJsonException e) {
          done = true;
          throw e;
        }
        parser = made;
      }
      return made;
    }

    void close() {
      JsonParser made = parser;
      if (made != null) {
        made.close();
      }
    }

    @Override
    public boolean hasNext() {
      if (pending) {
        return true;
      }
      if (done) {
        return false;
      }
      JsonParser parser = parser();
      try {
        input.startDocument();
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
        documentStart = parser.currentTokenLocation().getByteOffset();
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
      JsonParser parser = parser();
      Decoder decoder = new Decoder(ParserSource.of(parser), options);
      T value;
      try {
        value = decode.apply(decoder);
      } catch (JacksonException e) {
        done = true;
        throw Failures.translate(e, parser, array ? "" : prefix);} catch (WireProblem problem) {
        done = true;
        throw Failures.malformed(problem, array ? "" : prefix);
      }
      // The content check works in the document's own pointers, as for a single read, so that it
      // can drop what the validator says of a missing property's stand-in; the index goes in front
      // afterwards. Inside a top-level array the decoder's pointers already start with the index.
      String inArray = array ? prefix : "";
      List<String> unknown = withoutPrefix(decoder.unknownProperties(), inArray);
      List<String> missing = withoutPrefix(decoder.missingProperties(), inArray);
      CheckedText checked = input.checkedBetween(documentStart, parser.currentLocation().getByteOffset());
      try {
        return check.check(
            new Decoded<>(value, unknown, missing, decoder.documentPointers(value), decoder.losses()), checked);
      } catch (InvalidContentException e) {
        throw new InvalidContentException(e.subject() + " " + index, e.level(), prefixed(e.violations(), prefix));
      }
    }
  }

  private static List<String> withoutPrefix(List<String> pointers, String prefix) {
    if (pointers.isEmpty() || prefix.isEmpty()) {
      return pointers;
    }
    List<String> result = new ArrayList<>(pointers.size());
    for (String pointer : pointers) {
      result.add(pointer.startsWith(prefix) ? pointer.substring(prefix.length()) : pointer);
    }
    return result;
  }

  /** Puts the document's index in front of every pointer; the order stays the check's. */
  private static List<Violation> prefixed(List<Violation> violations, String prefix) {
    List<Violation> result = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      result.add(Violation.of(prefix + violation.pointer(), violation.code(), violation.message()));
    }
    return result;
  }
}
