package dev.masthead.validation.internal;

import dev.masthead.validation.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link HttpUrl} with {@link FormatRules#url(String)}. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = FormatRules.url(value);
    return code == null || Report.fail(context, code, FormatRules.MAX_URL);
  }
}
