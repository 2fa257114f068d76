package dev.masthead.validation.internal;

import dev.masthead.validation.Slug;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Slug} with {@link FormatRules#slug(String)}. */
public final class SlugValidator implements ConstraintValidator<Slug, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = FormatRules.slug(value);
    return code == null || Report.fail(context, code, FormatRules.MAX_ID);
  }
}
