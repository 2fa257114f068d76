package dev.masthead.validation.internal;

import dev.masthead.validation.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LanguageTag} with {@link FormatRules#languageTag(String)}. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = FormatRules.languageTag(value);
    return code == null || Report.fail(context, code, FormatRules.MAX_LANGUAGE_TAG);
  }
}
