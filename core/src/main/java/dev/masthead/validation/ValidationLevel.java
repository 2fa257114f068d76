package dev.masthead.validation;

import jakarta.validation.groups.Default;

/**
 * How much of Masthead's rules a check applies: what any stored document satisfies, or what must
 * hold before an article goes live.
 *
 * <p>{@code validator.validate(article, ValidationLevel.PUBLISHABLE)}
 *
 * <p>Each level is one Jakarta Bean Validation group ({@link #group()}), so that an application's
 * own validator runs the same rules: {@link #WELL_FORMED} is {@link Default}, {@link #PUBLISHABLE}
 * is {@link Publishable}, which extends it. The validator, {@link InvalidContentException} and the
 * JSON reader all speak of levels with this type.
 */
public enum ValidationLevel {
  /** What any stored or transported document satisfies: the {@link Default} group. */
  WELL_FORMED(Default.class, "well-formed"),
  /** What must hold before an article goes live, including the well-formed level: {@link Publishable}. */
  PUBLISHABLE(Publishable.class, "publishable");

  private final Class<?> group;
  private final String text;

  ValidationLevel(Class<?> group, String text) {
    this.group = group;
    this.text = text;
  }

  /**
   * Returns the Bean Validation group of this level.
   *
   * @return {@link Default} or {@link Publishable}
   */
  public Class<?> group() {
    return group;
  }

  /**
   * Returns the level as messages name it: {@code well-formed} or {@code publishable}.
   *
   * @return the level in words
   */
  @Override
  public String toString() {
    return text;
  }
}
