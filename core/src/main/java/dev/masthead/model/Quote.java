package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A pull quote or block quote, with an optional attribution.
 *
 * <p>{@code Quote.of("Now, our axis is insistent on this matter.", "a commander")}
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the quoted text, at most 20,000 code points, line breaks allowed
 * @param attribution who said it, single line, at most 200 code points
 */
public record Quote(
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 20_000, multiline = true) String text,
    @PlainText(max = 200) @Nullable String attribution)
    implements Block {

  /**
   * Creates a quote from its components, checking only that {@code text} is not null.
   *
   * @param text the quoted text, at most 20,000 code points, line breaks allowed
   * @param attribution who said it, single line, at most 200 code points
   * @throws NullPointerException naming a required component that is null
   */
  public Quote {
    Lists.require(text, "text");
  }

  /**
   * Returns a quote without attribution.
   *
   * @param text the quoted text
   * @return the quote
   * @throws dev.masthead.validation.InvalidContentException if the quote is not well-formed
   */
  public static Quote of(String text) {
    return of(text, null);
  }

  /**
   * Returns a quote.
   *
   * @param text the quoted text
   * @param attribution who said it, or null
   * @return the quote
   * @throws dev.masthead.validation.InvalidContentException if the quote is not well-formed
   */
  public static Quote of(String text, @Nullable String attribution) {
    return MastheadValidator.standard().requireWellFormed(new Quote(text, attribution));
  }

  @Override
  public BlockType type() {
    return BlockType.QUOTE;
  }
}
