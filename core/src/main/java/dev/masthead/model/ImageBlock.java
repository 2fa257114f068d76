package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An image inside the body.
 *
 * <p>{@code ImageBlock.of(Image.builder().url("https://cdn.example.com/a.jpg").build())}
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param image the image
 */
public record ImageBlock(@NotNull(message = MessageTemplates.REQUIRED) @Valid Image image) implements Block {
  /**
   * Creates a image block from its components, checking only that {@code image} is not null.
   *
   * @param image the image
   * @throws NullPointerException naming a required component that is null
   */
  public ImageBlock {
    Lists.require(image, "image");
  }

  /**
   * Returns an image block.
   *
   * @param image the image
   * @return the block
   * @throws dev.masthead.validation.InvalidContentException if the image is missing or not well-formed
   */
  public static ImageBlock of(Image image) {
    return MastheadValidator.standard().requireWellFormed(new ImageBlock(image));
  }

  @Override
  public BlockType type() {
    return BlockType.IMAGE;
  }
}
