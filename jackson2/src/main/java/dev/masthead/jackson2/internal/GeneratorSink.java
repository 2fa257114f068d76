package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.masthead.wire.TokenSink;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Jackson 2 generator, for the shared {@link dev.masthead.wire.Encoder}. Jackson 2 reports I/O
 * failures as checked exceptions; they pass through the encoder as {@link UncheckedIOException} and
 * the module unwraps them.
 */
final class GeneratorSink implements TokenSink {
  private final JsonGenerator g;

  GeneratorSink(JsonGenerator generator) {
    this.g = generator;
  }

  @Override
  public void startObject() {
    try {
      g.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray() {
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      g.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      g.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(int value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void numberText(String text) {
    try {
      g.writeNumber(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      g.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void nullValue() {
    try {
      g.writeNull();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void rawValue(String json) {
    try (JsonParser check = ParserSource.COPIES.createParser(json)) {
      if (check.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("unknown block json must be one JSON object");
      }
      check.skipChildren();
      if (check.nextToken() != null) {
        throw new IllegalArgumentException("unknown block json must be one JSON object");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("unknown block json must be one JSON object");
    }
    try (JsonParser copy = ParserSource.COPIES.createParser(json)) {
      JsonToken token;
      while ((token = copy.nextToken()) != null) {
        // Token by token, numbers as written: the same bytes as the Jackson 3 module writes.
        switch (token) {
          case START_OBJECT: g.writeStartObject(); break;
          case END_OBJECT: g.writeEndObject(); break;
          case START_ARRAY: g.writeStartArray(); break;
          case END_ARRAY: g.writeEndArray(); break;
          case FIELD_NAME: g.writeFieldName(copy.getText()); break;
          case VALUE_STRING: g.writeString(copy.getText()); break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT: g.writeNumber(copy.getText()); break;
          case VALUE_TRUE: g.writeBoolean(true); break;
          case VALUE_FALSE: g.writeBoolean(false); break;
          default: g.writeNull(); break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
