package dev.masthead.validation.internal;

import dev.masthead.validation.Codes;

/**
 * Message templates, one per {@link Codes code}: the code is the key's last segment, so the facade
 * reads the code back from the template without a lookup table.
 */
public final class Templates {
  /** The prefix of every Masthead message key. */
  public static final String PREFIX = "{dev.masthead.constraint.";

  public static final String REQUIRED = PREFIX + Codes.REQUIRED + "}";
  public static final String REQUIRED_TO_PUBLISH = PREFIX + Codes.REQUIRED_TO_PUBLISH + "}";
  public static final String EMPTY = PREFIX + Codes.EMPTY + "}";
  public static final String TOO_MANY = PREFIX + Codes.TOO_MANY + "}";
  public static final String TOO_SMALL = PREFIX + Codes.TOO_SMALL + "}";
  public static final String TOO_LARGE = PREFIX + Codes.TOO_LARGE + "}";

  private Templates() {}

  /** Returns the template of a code. */
  public static String of(String code) {
    return PREFIX + code + "}";
  }

  /** Returns the code of a Masthead template, or null when the template is not one of ours. */
  public static @org.jspecify.annotations.Nullable String codeOf(String template) {
    if (template.startsWith(PREFIX) && template.endsWith("}")) {
      return template.substring(PREFIX.length(), template.length() - 1);
    }
    return null;
  }
}
