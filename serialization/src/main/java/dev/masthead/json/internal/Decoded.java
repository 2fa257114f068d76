package dev.masthead.json.internal;

import dev.masthead.conversion.Loss;
import dev.masthead.wire.Decoder;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A value as the decoder read it, before it is checked, with what the decoder found on the way.
 *
 * @param <T> the type of the value
 * @param value the value; where a required property is missing it holds a stand-in
 * @param unknownProperties the pointers of unknown properties, in strict mode; else empty
 * @param missingProperties the pointers of required properties the document lacks
 * @param documentPointers maps a pointer into the value, as a validator reports it, to the pointer
 *     into the document
 * @param losses what was dropped or changed because this version does not know it
 */
public record Decoded<T>(
    T value, List<String> unknownProperties, List<String> missingProperties,
    UnaryOperator<String> documentPointers, List<Loss> losses) {

  /** Returns what a decoder produced for {@code value}. */
  static <T> Decoded<T> of(T value, Decoder decoder) {
    return new Decoded<>(value, decoder.unknownProperties(), decoder.missingProperties(),
        decoder.documentPointers(value), decoder.losses());
  }
}
