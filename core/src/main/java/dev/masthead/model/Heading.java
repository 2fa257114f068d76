package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A heading inside the body, level 2 to 6 (the headline is level 1).
 *
 * <p>{@code Heading.of(2, "What the budget means")}
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level the level, 2 to 6
 * @param text the single-line text, at most 300 code points
 */
public record Heading(
    @Min(value = 2, message = MessageTemplates.TOO_SMALL) @Max(value = 6, message = MessageTemplates.TOO_LARGE) int level,
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 300) String text)
    implements Block {

  /**
   * Creates a heading from its components, checking only that {@code text} is not null.
   *
   * @param level the level, 2 to 6
   * @param text the single-line text, at most 300 code points
   * @throws NullPointerException naming a required component that is null
   */
  public Heading {
    Lists.require(text, "text");
  }

  /**
   * Returns a heading.
   *
   * @param level the level, 2 to 6
   * @param text the single-line text
   * @return the heading
   * @throws dev.masthead.validation.InvalidContentException if the heading is not well-formed
   */
  public static Heading of(int level, String text) {
    return MastheadValidator.standard().requireWellFormed(new Heading(level, text));
  }

  @Override
  public BlockType type() {
    return BlockType.HEADING;
  }
}
