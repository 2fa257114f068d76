package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A paragraph of plain text, with optional links over ranges of it.
 *
 * <p>{@code Paragraph.of("Read the budget.", Link.of(9, 15, "https://news.example.com/budget"))}
 *
 * <p>The text may hold line breaks (LF, CR) and tabs; it is at most 20,000 code points. Links are
 * ordered, do not overlap and lie inside the text.
 *
 * <p>This class is immutable and thread-safe; {@code links} is never null and holds no null.
 *
 * @param text the text
 * @param links the links, ordered by start
 */
@LinkRanges
public record Paragraph(
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 20_000, multiline = true) String text,
    @Size(max = 1_000, message = MessageTemplates.TOO_MANY) List<@Valid Link> links)
    implements Block {

  /**
   * Copies {@code links}; null reads as empty.
   *
   * @param text the text
   * @param links the links, ordered by start
   */
  public Paragraph {
    Lists.require(text, "text");
    links = Lists.copy("links", links);
  }

  /**
   * Returns a paragraph.
   *
   * @param text the text
   * @param links the links, ordered by start
   * @return the paragraph
   * @throws dev.masthead.validation.InvalidContentException if the paragraph is not well-formed
   */
  public static Paragraph of(String text, Link... links) {
    return of(text, Arrays.asList(links));
  }

  /**
   * Returns a paragraph.
   *
   * @param text the text
   * @param links the links, ordered by start
   * @return the paragraph
   * @throws dev.masthead.validation.InvalidContentException if the paragraph is not well-formed
   */
  public static Paragraph of(String text, Collection<? extends Link> links) {
    return MastheadValidator.standard().requireWellFormed(new Paragraph(text, Lists.copy("links", links)));
  }

  @Override
  public BlockType type() {
    return BlockType.PARAGRAPH;
  }
}
