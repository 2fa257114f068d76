package dev.masthead.model;

/**
 * A thematic break between parts of the body. All dividers are equal.
 *
 * <p>{@code Divider.of()}
 *
 * <p>This class is immutable and thread-safe.
 */
public record Divider() implements Block {
  private static final Divider INSTANCE = new Divider();

  /**
   * Returns a divider.
   *
   * @return the divider
   */
  public static Divider of() {
    return INSTANCE;
  }

  @Override
  public BlockType type() {
    return BlockType.DIVIDER;
  }
}
