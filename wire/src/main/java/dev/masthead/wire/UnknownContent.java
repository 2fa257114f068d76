package dev.masthead.wire;

/**
 * What the {@link Decoder} does with content that a newer version of the wire format may hold and
 * this version does not know: a block of an unknown {@code type}, or an unknown value of {@code
 * status}, {@code kind} or {@code priority}. The Jackson 3 binding maps its own {@code
 * dev.masthead.json.UnknownContent} onto it; the Jackson 2 module's builder takes it.
 *
 * <p>{@code MastheadJackson2Module.builder().unknownContent(UnknownContent.KEEP).build()}
 *
 * <p>Whatever the choice, an unknown {@code status} is never read as {@code published}.
 */
public enum UnknownContent {
  /** Refuses the input with {@link ProblemCodes#UNKNOWN_BLOCK_TYPE} or {@link ProblemCodes#UNKNOWN_VALUE}. */
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
