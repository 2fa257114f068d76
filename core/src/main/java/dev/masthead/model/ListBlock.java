package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A bulleted or numbered list of plain-text items.
 *
 * <p>{@code ListBlock.of(true, "Schools", "Roads", "Parks")}
 *
 * <p>A list holds 1 to 1,000 items of at most 20,000 code points each.
 *
 * <p>This class is immutable and thread-safe; {@code items} is never null and holds no null.
 *
 * @param ordered whether the items are numbered
 * @param items the items
 */
public record ListBlock(
    boolean ordered,
    @Size(min = 1, message = MessageTemplates.EMPTY) @Size(max = 1_000, message = MessageTemplates.TOO_MANY)
        List<@PlainText(max = 20_000, multiline = true) String> items)
    implements Block {

  /**
   * Copies {@code items}; null reads as empty.
   *
   * @param ordered whether the items are numbered
   * @param items the items
   */
  public ListBlock {
    items = Lists.copy("items", items);
  }

  /**
   * Returns a list.
   *
   * @param ordered whether the items are numbered
   * @param items the items
   * @return the list
   * @throws dev.masthead.validation.InvalidContentException if the list is not well-formed
   */
  public static ListBlock of(boolean ordered, String... items) {
    return of(ordered, Arrays.asList(items));
  }

  /**
   * Returns a list.
   *
   * @param ordered whether the items are numbered
   * @param items the items
   * @return the list
   * @throws dev.masthead.validation.InvalidContentException if the list is not well-formed
   */
  public static ListBlock of(boolean ordered, Collection<? extends String> items) {
    return MastheadValidator.standard().requireWellFormed(new ListBlock(ordered, Lists.copy("items", items)));
  }

  @Override
  public BlockType type() {
    return BlockType.LIST;
  }
}
