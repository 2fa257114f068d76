package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.TimestampRange;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A correction published on an article: what was corrected, and when.
 *
 * <p>{@code Correction.of("An earlier version misstated the budget's total.",
 * Instant.parse("2024-05-02T09:00:00Z"))}
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the correction as published, single line, 1 to 2,000 code points
 * @param publishedAt when the correction was published
 */
public record Correction(
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 2_000) String text,
    @NotNull(message = MessageTemplates.REQUIRED) @TimestampRange Instant publishedAt) {

  /**
   * Creates a correction; checks structure only, as every canonical constructor does.
   *
   * @param text the correction as published
   * @param publishedAt when it was published
   * @throws NullPointerException if {@code text} or {@code publishedAt} is null
   */
  public Correction {
    Lists.require(text, "text");
    Lists.require(publishedAt, "publishedAt");
  }

  /**
   * Returns a correction.
   *
   * @param text the correction as published, single line, 1 to 2,000 code points
   * @param publishedAt when it was published
   * @return the correction
   * @throws dev.masthead.validation.InvalidContentException if the correction is not well-formed
   */
  public static Correction of(String text, Instant publishedAt) {
    return MastheadValidator.standard().requireWellFormed(new Correction(text, publishedAt));
  }
}
