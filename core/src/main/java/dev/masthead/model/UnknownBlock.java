package dev.masthead.model;

import dev.masthead.validation.PlainText;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A body block of a type that this version of Masthead does not know, such as one written by a
 * newer version, kept as it was read so that it is written back unchanged.
 *
 * <p>{@code MastheadJson.builder().unknownContent(UnknownContent.KEEP).build().readArticle(json)}
 * reads such blocks as {@code UnknownBlock}s; by default a reader refuses them.
 *
 * <p>The block is opaque: Masthead neither interprets nor validates what it holds beyond its
 * {@code type}, counts no words in it and gives it no plain text. Renderers and converters that
 * meet one should skip it and say so. Only a reader makes one from a document; code that builds one
 * itself must give the JSON text of one object, or writing it fails.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param wireType the block's {@code "type"} as the document gives it, such as {@code "video"}
 * @param json the whole block, its {@code "type"} included, as compact JSON text
 */
public record UnknownBlock(
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 64) String wireType,
    @NotNull(message = MessageTemplates.REQUIRED) String json)
    implements Block {

  /**
   * Checks that no part is null.
   *
   * @param wireType the block's type as the document gives it
   * @param json the whole block as compact JSON text
   */
  public UnknownBlock {
    Objects.requireNonNull(wireType, "wireType");
    Objects.requireNonNull(json, "json");
  }

  /**
   * Returns {@link BlockType#UNKNOWN}.
   *
   * @return {@link BlockType#UNKNOWN}
   */
  @Override
  public BlockType type() {
    return BlockType.UNKNOWN;
  }
}
