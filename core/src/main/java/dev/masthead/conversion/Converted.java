package dev.masthead.conversion;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of a conversion together with every {@link Loss} it reported.
 *
 * <p>{@code Converted<List<Block>> blocks = importer.read(html); blocks.losses().forEach(System.err::println);}
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Immutable and thread-safe when the value is.
 *   <li>{@code losses} is never null, holds no null and keeps the order the converter reported in.
 *   <li>An empty {@code losses} means the conversion carried every value over unchanged.
 * </ul>
 *
 * @param <T> the type of the result
 * @param value the result
 * @param losses what was dropped, changed or guessed on the way
 */
public record Converted<T>(T value, List<Loss> losses) {
  /**
   * Copies {@code losses}.
   *
   * @param value the result
   * @param losses what was dropped, changed or guessed on the way
   */
  public Converted {
    Objects.requireNonNull(value, "value");
    losses = List.copyOf(losses);
  }

  /**
   * Returns a result with losses.
   *
   * @param <T> the type of the result
   * @param value the result
   * @param losses what was dropped, changed or guessed
   * @return the result
   */
  public static <T> Converted<T> of(T value, Collection<? extends Loss> losses) {
    return new Converted<>(value, List.copyOf(losses));
  }

  /**
   * Returns a result that lost nothing.
   *
   * @param <T> the type of the result
   * @param value the result
   * @return the result, with no losses
   */
  public static <T> Converted<T> lossless(T value) {
    return new Converted<>(value, List.of());
  }

  /**
   * Returns whether the conversion carried every value over unchanged.
   *
   * @return true when there are no losses
   */
  public boolean isLossless() {
    return losses.isEmpty();
  }

  /**
   * Returns the same losses with the result transformed, for a converter built on another.
   *
   * @param <R> the type of the new result
   * @param mapper turns the result into the new one
   * @return a result with the same losses
   */
  public <R> Converted<R> map(Function<? super T, ? extends R> mapper) {
    return new Converted<>(mapper.apply(value), losses);
  }
}
