package dev.masthead.json.internal;

import dev.masthead.wire.TokenSink;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** A Jackson 3 generator, for the shared {@link dev.masthead.wire.Encoder}. */
public final class GeneratorSink implements TokenSink {
  private final JsonGenerator g;

  /**
   * Creates a sink.
   *
   * @param generator the generator
   */
  public GeneratorSink(JsonGenerator generator) {
    this.g = generator;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void number(int value) {
    g.writeNumber(value);
  }

  @Override
  public void numberText(String text) {
    g.writeNumber(text);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    g.writeNull();
  }

  @Override
  public void rawValue(String json) {
    try (JsonParser check = ParserSource.parser(json)) {
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
    try (JsonParser copy = ParserSource.parser(json)) {
      copyTokens(copy);
    }
  }

  /** Writes a copy token by token, numbers as written: the same bytes as the Jackson 2 module writes. */
  private void copyTokens(JsonParser copy) {
    JsonToken token = copy.nextToken();
    for (; token != null; token = copy.nextToken()) {
      switch (token) {
        case START_OBJECT: g.writeStartObject(); break;
        case END_OBJECT: g.writeEndObject(); break;
        case START_ARRAY: g.writeStartArray(); break;
        case END_ARRAY: g.writeEndArray(); break;
        case PROPERTY_NAME: g.writeName(copy.getString()); break;
        case VALUE_STRING: g.writeString(copy.getString()); break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT: g.writeNumber(copy.getString()); break;
        case VALUE_TRUE: g.writeBoolean(true); break;
        case VALUE_FALSE: g.writeBoolean(false); break;
        default: g.writeNull(); break;
      }
    }
  }
}
