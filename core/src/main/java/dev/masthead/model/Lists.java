package dev.masthead.model;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The one way the model copies a caller's collection. */
final class Lists {
  private Lists() {}

  /**
   * Returns an unmodifiable copy of {@code values}, or an empty list for null.
   *
   * @throws NullPointerException naming the argument and index of a null element
   */
  static <T> List<T> copy(String name, @Nullable Collection<? extends T> values) {
    if (values == null) {
      return List.of();
    }
    int index = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(name + "[" + index + "] must not be null");
      }
      index++;
    }
    return List.copyOf(values);
  }
}
