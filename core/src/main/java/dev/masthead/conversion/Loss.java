package dev.masthead.conversion;

import java.util.Objects;

/**
 * One value that a conversion dropped, changed or guessed: where, what happened, and why.
 *
 * <p>{@code Loss.dropped("/people/0", "people have no place in an article")}
 *
 * <p>The pointer is an RFC 6901 JSON Pointer; the converter that reports the loss documents whether
 * it addresses the input or the result ({@code ""} is the whole document). The detail is a short
 * English sentence fragment in lower case that never repeats more than a short prefix of the value.
 * {@link #toString()} gives the report line {@code POINTER: KIND: detail}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pointer the JSON Pointer of the value
 * @param kind what happened to it
 * @param detail what and why, in lower case
 */
public record Loss(String pointer, LossKind kind, String detail) {
  /**
   * Checks that no part is null.
   *
   * @param pointer the JSON Pointer of the value
   * @param kind what happened to it
   * @param detail what and why, in lower case
   */
  public Loss {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns a loss of kind {@link LossKind#DROPPED}.
   *
   * @param pointer the JSON Pointer of the value
   * @param detail what and why
   * @return the loss
   */
  public static Loss dropped(String pointer, String detail) {
    return new Loss(pointer, LossKind.DROPPED, detail);
  }

  /**
   * Returns a loss of kind {@link LossKind#CHANGED}.
   *
   * @param pointer the JSON Pointer of the value
   * @param detail what and why
   * @return the loss
   */
  public static Loss changed(String pointer, String detail) {
    return new Loss(pointer, LossKind.CHANGED, detail);
  }

  /**
   * Returns a loss of kind {@link LossKind#GUESSED}.
   *
   * @param pointer the JSON Pointer of the value
   * @param detail what and why
   * @return the loss
   */
  public static Loss guessed(String pointer, String detail) {
    return new Loss(pointer, LossKind.GUESSED, detail);
  }

  /**
   * Returns the report line, {@code POINTER: KIND: detail}, with {@code (root)} for the empty
   * pointer.
   *
   * @return the report line
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(root)" : pointer) + ": " + kind + ": " + detail;
  }
}
