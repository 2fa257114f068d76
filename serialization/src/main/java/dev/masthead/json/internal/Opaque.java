package dev.masthead.json.internal;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Content kept unread: a block of a type this version does not know, copied from a document as
 * compact JSON text and written back as it was. Numbers are copied exactly, strings as they are.
 */
final class Opaque {
  /** Parses and writes copies; a copy was made from a document that passed the reader's limits. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build();

  private Opaque() {}

  /** A copied object, and its {@code "type"} when that is a string. */
  record Copy(@Nullable String type, String json) {}

  /**
   * Copies the object at which {@code p} stands, leaving {@code p} at its end, with the checks that
   * skipping unknown content applies: no duplicate key, at most {@code maxElements} members or
   * elements in any object or array, every string within the parser's length limit.
   */
  static Copy copy(
      JsonParser p, int maxElements, Function<String, ? extends RuntimeException> duplicate,
      Supplier<? extends RuntimeException> tooMany) {
    StringWriter out = new StringWriter();
    String type = null;
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      Set<String> names = new HashSet<>();
      String name;
      while ((name = p.nextName()) != null) {
        if (!names.add(name)) {
          throw duplicate.apply(name);
        }
        if (names.size() > maxElements) {
          throw tooMany.get();
        }
        g.writeName(name);
        JsonToken token = p.nextToken();
        if (name.equals("type") && token == JsonToken.VALUE_STRING) {
          type = p.getString();
        }
        value(p, token, g, maxElements, duplicate, tooMany);
      }
      g.writeEndObject();
    }
    return new Copy(type, out.toString());
  }

  private static void value(
      JsonParser p, JsonToken token, JsonGenerator g, int maxElements,
      Function<String, ? extends RuntimeException> duplicate, Supplier<? extends RuntimeException> tooMany) {
    if (token == JsonToken.START_OBJECT) {
      g.writeStartObject();
      Set<String> names = new HashSet<>();
      String name;
      while ((name = p.nextName()) != null) {
        if (!names.add(name)) {
          throw duplicate.apply(name);
        }
        if (names.size() > maxElements) {
          throw tooMany.get();
        }
        g.writeName(name);
        value(p, p.nextToken(), g, maxElements, duplicate, tooMany);
      }
      g.writeEndObject();
    } else if (token == JsonToken.START_ARRAY) {
      g.writeStartArray();
      int count = 0;
      JsonToken element;
      while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
        if (++count > maxElements) {
          throw tooMany.get();
        }
        value(p, element, g, maxElements, duplicate, tooMany);
      }
      g.writeEndArray();
    } else if (token == JsonToken.VALUE_STRING) {
      // Reading the string applies the parser's length limit.
      g.writeString(p.getString());
    } else {
      g.copyCurrentEventExact(p);
    }
  }

  /** Returns a parser of a copy. */
  static JsonParser parser(String json) {
    return FACTORY.createParser(ObjectReadContext.empty(), json);
  }

  /**
   * Writes a copy as it was read. The text is checked whole first, so that a text that is not one
   * JSON object never leaves half a block in the output.
   *
   * @throws IllegalArgumentException if {@code json} is not the text of one JSON object
   */
  static void write(JsonGenerator g, String json) {
    try (JsonParser check = parser(json)) {
      if (check.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("unknown block json must be one JSON object");
      }
      check.skipChildren();
      if (check.nextToken() != null) {
        throw new IllegalArgumentException("unknown block json must be one JSON object");
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException("unknown block json must be one JSON object");
    }
    try (JsonParser copy = parser(json)) {
      copy.nextToken();
      g.copyCurrentStructureExact(copy);
    }
  }
}
