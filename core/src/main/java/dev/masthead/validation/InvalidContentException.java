package dev.masthead.validation;

import java.util.List;

/**
 * Thrown when content breaks one or more rules: by every builder's {@code build()}, every factory
 * and {@code with…} copy, by {@link MastheadValidator#requireWellFormed(Object)} and by the JSON
 * reader. It carries every violation found, not only the first, sorted by pointer.
 *
 * <p>The message reads {@code article is not well-formed: /headline: blank: must not be blank}, one
 * violation after another.
 */
public final class InvalidContentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The violations; a list of records, so serializable when the exception is. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  /** What was validated. */
  private final String subject;

  /** The level that failed. */
  private final ValidationLevel level;

  /**
   * Creates an exception.
   *
   * @param subject what was validated, in lower case, such as {@code article}
   * @param level the level that failed
   * @param violations the violations, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidContentException(String subject, ValidationLevel level, List<Violation> violations) {
    super(message(subject, level, violations));
    this.violations = List.copyOf(violations);
    this.subject = subject;
    this.level = level;
  }

  private static String message(String subject, ValidationLevel level, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
    StringBuilder message = new StringBuilder(subject).append(" is not ").append(level).append(':');
    for (Violation violation : violations) {
      message.append(violations.size() == 1 ? " " : "\n  ").append(violation);
    }
    return message.toString();
  }

  /**
   * Returns every violation, sorted by pointer then code.
   *
   * @return the violations, never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns what was validated, in lower case, such as {@code article}.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the level that failed; its {@code toString()} is the word the message uses, {@code
   * well-formed} or {@code publishable}.
   *
   * @return the level
   */
  public ValidationLevel level() {
    return level;
  }
}
