package dev.masthead.wire;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a JSON text, one at a time: what the {@link Decoder} needs of a parser. A binding
 * implements it over its JSON library's parser, as a final class that allocates nothing per token.
 *
 * <p>{@code Article article = new Decoder(source, ReadOptions.DEFAULT).readArticle();}
 *
 * <p>A source is not thread-safe; it belongs to one read.
 */
public interface TokenSource {
  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws WireProblem if a limit the source enforces is exceeded
   */
  @Nullable Token nextToken();

  /**
   * Returns the token the source stands at.
   *
   * @return the token, or null before the first and after the last
   */
  @Nullable Token currentToken();

  /**
   * Moves to the next token and returns the property name it is.
   *
   * @return the name, or null when the next token is not a property name (the end of the object)
   * @throws WireProblem if a limit the source enforces is exceeded
   */
  @Nullable String nextName();

  /**
   * Returns the text of the current string value or property name, applying the string length
   * limit: a source never skips measuring a string the decoder asked for.
   *
   * @return the text
   * @throws WireProblem if a limit the source enforces is exceeded
   */
  String string();

  /**
   * Returns whether the current integer fits a Java {@code int}.
   *
   * @return whether it fits
   */
  boolean isInt();

  /**
   * Returns the current integer, which {@link #isInt()} says fits.
   *
   * @return the value
   */
  int intValue();

  /**
   * Returns the current number as it is written in the input, for copies that keep it exactly.
   *
   * @return the number's text
   */
  String numberText();

  /**
   * Returns the line where the current token starts.
   *
   * @return the line, counting from 1, or 0 when unknown
   */
  int line();

  /**
   * Returns the column where the current token starts: in characters for text input, in bytes for
   * byte input.
   *
   * @return the column, counting from 1, or 0 when unknown
   */
  int column();

  /**
   * Returns the JSON Pointer, from the root of the input, of the current value: at the start of
   * an object or array, the pointer of that object or array; at a scalar or a property name, that
   * of the scalar or of the property's value; at the end of an object or array, that of the object
   * or array.
   *
   * @return the pointer, {@code ""} for the root
   */
  String pointer();

  /**
   * Writes a copy of content into a new JSON text: {@code write} is given a sink that writes
   * compact JSON, as the source's library writes it.
   *
   * @param write writes the content into the sink
   * @return the JSON text
   */
  String copy(Consumer<TokenSink> write);

  /**
   * Returns a source over a JSON text made by {@link #copy(Consumer)}, which is read without
   * limits: it was copied from input that met them. It stands before the text's first token.
   *
   * @param json the JSON text
   * @return the source
   */
  TokenSource open(String json);
}
