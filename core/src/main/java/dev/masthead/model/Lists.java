package dev.masthead.model;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The one way the model copies a caller's collection, and checks a required component. */
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

  /**
   * Returns {@code value}, which the canonical constructor of a record requires.
   *
   * @throws NullPointerException reading {@code "NAME must not be null"} when it is null
   */
  static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /**
   * Throws when a builder lacks required values, naming every one, so that a builder reports all
   * its problems at once as validation does, rather than the constructor's first.
   *
   * @param subject what is built, in lower case, such as {@code article}
   * @param namesAndValues each required component's name followed by its value
   * @throws InvalidContentException with a {@code required} violation per missing value
   */
  static void requirePresent(String subject, @Nullable Object... namesAndValues) {
    List<Violation> missing = null;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        if (missing == null) {
          missing = new java.util.ArrayList<>();
        }
        missing.add(Violation.of("/" + namesAndValues[i], Codes.REQUIRED, "is required"));
      }
    }
    if (missing != null) {
      missing.sort(Violation.ORDER);
      throw new InvalidContentException(subject, ValidationLevel.WELL_FORMED, missing);
    }
  }
}
