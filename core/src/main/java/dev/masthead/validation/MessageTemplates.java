package dev.masthead.validation;


/**
 * Masthead's message templates, one per {@link Codes code}: the template of code {@code c} is
 * {@code {dev.masthead.constraint.c}}, so the validator reads the code back from a violation's
 * template without a lookup table.
 *
 * <p>{@code @NotNull(message = MessageTemplates.REQUIRED) String headline}
 *
 * <p>The constants serve as the {@code message} of standard constraints on the model's components;
 * {@link #of(String)} gives the template of any code, for a constraint validator that reports one.
 * This class is immutable and thread-safe.
 */
public final class MessageTemplates {
  /** The prefix of every Masthead message key. */
  public static final String PREFIX = "{dev.masthead.constraint.";

  /** The template of {@link Codes#REQUIRED}. */
  public static final String REQUIRED = PREFIX + Codes.REQUIRED + "}";
  /** The template of {@link Codes#REQUIRED_TO_PUBLISH}. */
  public static final String REQUIRED_TO_PUBLISH = PREFIX + Codes.REQUIRED_TO_PUBLISH + "}";
  /** The template of {@link Codes#EMPTY}. */
  public static final String EMPTY = PREFIX + Codes.EMPTY + "}";
  /** The template of {@link Codes#TOO_MANY}. */
  public static final String TOO_MANY = PREFIX + Codes.TOO_MANY + "}";
  /** The template of {@link Codes#TOO_SMALL}. */
  public static final String TOO_SMALL = PREFIX + Codes.TOO_SMALL + "}";
  /** The template of {@link Codes#TOO_LARGE}. */
  public static final String TOO_LARGE = PREFIX + Codes.TOO_LARGE + "}";

  private MessageTemplates() {}

  /**
   * Returns the template of a code.
   *
   * @param code a code, such as {@link Codes#BLANK}
   * @return the template, such as {@code {dev.masthead.constraint.blank}}
   */
  public static String of(String code) {
    return PREFIX + java.util.Objects.requireNonNull(code, "code") + "}";
  }

  /**
   * Returns the code of a Masthead template.
   *
   * @param template a message template
   * @return the code, or null when the template is not one of Masthead's
   */
  public static @org.jspecify.annotations.Nullable String codeOf(String template) {
    if (template.startsWith(PREFIX) && template.endsWith("}")) {
      return template.substring(PREFIX.length(), template.length() - 1);
    }
    return null;
  }
}
