package dev.masthead.json;

import dev.masthead.validation.ValidationLevel;
import org.jspecify.annotations.Nullable;

/**
 * How much {@link MastheadJson} validates what it reads.
 *
 * @deprecated the level is a {@link ValidationLevel}: use {@link
 *     MastheadJson.Builder#validation(ValidationLevel)}, and {@link
 *     MastheadJson.Builder#withoutValidation()} for {@link #NONE}
 */
@Deprecated(since = "0.1.0")
public enum ReadValidation {
  /** No content validation: for migrations that read old documents to repair them. */
  NONE(null),
  /** The well-formed level, the default: what any stored or transported document satisfies. */
  WELL_FORMED(ValidationLevel.WELL_FORMED),
  /** The publishable level, which includes the well-formed one. */
  PUBLISHABLE(ValidationLevel.PUBLISHABLE);

  private final @Nullable ValidationLevel level;

  ReadValidation(@Nullable ValidationLevel level) {
    this.level = level;
  }

  /**
   * Returns the level this stands for.
   *
   * @return the level, null for {@link #NONE}
   */
  public @Nullable ValidationLevel level() {
    return level;
  }
}
