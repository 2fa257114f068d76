package dev.masthead.validation.internal;

import dev.masthead.validation.GlobalUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GlobalUri} on a string with {@link UriRules}. */
public final class GlobalUriValidator implements ConstraintValidator<GlobalUri, String> {
  private boolean anyScheme;

  @Override
  public void initialize(GlobalUri annotation) {
    anyScheme = annotation.anyScheme();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = anyScheme ? UriRules.absoluteUri(value) : UriRules.globalUri(value);
    return code == null || Report.fail(context, code, UriRules.MAX_URI);
  }
}
