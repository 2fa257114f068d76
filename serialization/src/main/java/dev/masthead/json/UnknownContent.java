package dev.masthead.json;

/**
 * What a reader does with content that a newer version of the wire format may hold and this
 * version does not know: a block of an unknown {@code type}, or an unknown value of {@code
 * status}, {@code kind} or {@code priority}. (Unknown properties are another matter: they are
 * ignored by default and refused in {@linkplain MastheadJson.Builder#strict(boolean) strict
 * mode}.)
 *
 * <p>{@code MastheadJson.builder().unknownContent(UnknownContent.KEEP).build()}
 *
 * <p>The closed sets of block types and values are the contract: {@link #REFUSE} is the default.
 * {@link #KEEP} and {@link #DROP} are for applications that must read documents from a newer
 * Masthead; {@link MastheadReader#readReported(String)} returns what they dropped or changed.
 * Whatever the choice, an unknown {@code status} is never read as {@code published}.
 */
public enum UnknownContent {
  /** Refuses the document with a {@link MalformedJsonException}, as a reader always has. */
  REFUSE,
  /**
   * Keeps an unknown block as a {@link dev.masthead.model.UnknownBlock}, which is written back
   * unchanged; reads an unknown value as a safe one and reports it: {@code status} as {@code
   * draft}, {@code kind} as {@code person}, {@code priority} as {@code normal}.
   */
  KEEP,
  /**
   * Drops an unknown block from the body and reports it; reads an unknown value as {@link #KEEP}
   * does. A block read on its own, outside a body, is kept rather than dropped.
   */
  DROP
}
