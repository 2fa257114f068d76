package dev.masthead.examples.cli;

import dev.masthead.conversion.Converted;
import dev.masthead.model.Article;
import org.jspecify.annotations.Nullable;

/**
 * One format {@code masthead convert} reads or writes. A new format is one class implementing this
 * and one line in {@link ConversionFormats}.
 *
 * <p>Reading throws {@link UnreadableInputException} for input that is not a document of the format
 * (exit 2) and {@link dev.masthead.validation.InvalidContentException} for a document that cannot
 * be made a well-formed article (exit 1); anything else it dropped, changed or guessed goes into
 * the losses of the result, with JSON Pointers into the article read. Writing reports what the
 * format cannot hold, with JSON Pointers into the article written.
 */
interface ConversionFormat {
  /** Returns the name used with {@code --from} and {@code --to}, lower case, such as {@code html}. */
  String name();

  /** Returns a one-line description for the help text. */
  String description();

  /** Whether {@link #read} is supported. */
  default boolean canRead() {
    return true;
  }

  /** Whether {@link #write} is supported. */
  default boolean canWrite() {
    return true;
  }

  /**
   * Reads an article from the bytes of a file or of standard input.
   *
   * @param input the bytes, at most {@link ConvertCommand#MAX_INPUT_BYTES} of them
   * @param options the options of the command
   * @return the article and what reading it lost
   */
  Converted<Article> read(byte[] input, Options options);

  /**
   * Writes an article as text.
   *
   * @param article the article
   * @param options the options of the command
   * @return the text and what writing it lost
   */
  Converted<String> write(Article article, Options options);

  /**
   * What the command line says about the conversion.
   *
   * @param baseUri the URI relative links are resolved against, or null
   * @param language the language of a document that names none, or null
   */
  record Options(@Nullable String baseUri, @Nullable String language) {}
}
