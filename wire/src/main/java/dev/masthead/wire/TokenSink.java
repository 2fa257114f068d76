package dev.masthead.wire;

/**
 * Where the {@link Encoder} writes JSON tokens: what it needs of a generator. A binding implements
 * it over its JSON library's generator, as a final class that allocates nothing per token.
 *
 * <p>{@code Encoder.write(sink, article);}
 *
 * <p>A sink is not thread-safe; it belongs to one write.
 */
public interface TokenSink {
  /** Starts an object. */
  void startObject();

  /** Ends the current object. */
  void endObject();

  /** Starts an array. */
  void startArray();

  /** Ends the current array. */
  void endArray();

  /**
   * Writes a property name.
   *
   * @param name the name
   */
  void name(String name);

  /**
   * Writes a string value.
   *
   * @param value the text
   */
  void string(String value);

  /**
   * Writes an integer value.
   *
   * @param value the value
   */
  void number(int value);

  /**
   * Writes a number exactly as it was read, from its JSON text.
   *
   * @param text the number's JSON text
   */
  void numberText(String text);

  /**
   * Writes a boolean value.
   *
   * @param value the value
   */
  void bool(boolean value);

  /** Writes {@code null}. */
  void nullValue();

  /**
   * Writes the JSON text of one object, kept from a document, as if its tokens were written one by
   * one (so that pretty printing applies to it). The text is checked whole first, so that text
   * that is not one JSON object never leaves half a value in the output.
   *
   * @param json the JSON text of one object
   * @throws IllegalArgumentException if {@code json} is not the text of one JSON object
   */
  void rawValue(String json);
}
