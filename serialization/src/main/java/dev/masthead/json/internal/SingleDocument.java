package dev.masthead.json.internal;

import static dev.masthead.json.MalformedJsonException.EMPTY_INPUT;
import static dev.masthead.json.MalformedJsonException.NOT_AN_OBJECT;
import static dev.masthead.json.MalformedJsonException.TRAILING_CONTENT;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.wire.Decoder;
import dev.masthead.wire.ReadOptions;
import dev.masthead.wire.WireProblem;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Runs the parser over one whole document: the root must be an object, nothing may follow it, and
 * every failure leaves as a documented exception. The parser is closed when it returns.
 */
final class SingleDocument {
  private SingleDocument() {}

  static <T> Decoded<T> read(JsonParser parser, ReadOptions options, Function<Decoder, T> decode) {
    Decoder decoder = new Decoder(ParserSource.of(parser), options);
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedJsonException(EMPTY_INPUT, 1, 1, "", "input holds no JSON value", null);
      }
      if (first != JsonToken.START_OBJECT) {
        throw Failures.malformed(NOT_AN_OBJECT, parser.currentTokenLocation(), "", "the document must be a JSON object", null);
      }
      T value = decode.apply(decoder);
      if (parser.nextToken() != null) {
        throw Failures.malformed(TRAILING_CONTENT, parser.currentTokenLocation(), "", "nothing may follow the document", null);
      }
      return Decoded.of(value, decoder);
    } catch (JacksonException e) {
      throw Failures.translate(e, parser, "");
    } catch (WireProblem problem) {
      throw Failures.malformed(problem, "");
    }
  }
}
