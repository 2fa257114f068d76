package dev.masthead.validation.internal;

import dev.masthead.validation.MediaType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MediaType} with {@link UriRules#mediaType(String)}. */
public final class MediaTypeValidator implements ConstraintValidator<MediaType, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = UriRules.mediaType(value);
    return code == null || Report.fail(context, code);
  }
}
