package dev.masthead.validation.internal;

import dev.masthead.model.DigitalSourceType;
import dev.masthead.validation.GlobalUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link GlobalUri} on a {@link DigitalSourceType}. The type is a plain string on the wire,
 * so its violation points at the type itself ({@code /digitalSourceType}), not at a {@code uri}
 * property that the wire format does not have.
 */
public final class DigitalSourceTypeUriValidator implements ConstraintValidator<GlobalUri, DigitalSourceType> {
  private boolean anyScheme;

  @Override
  public void initialize(GlobalUri annotation) {
    anyScheme = annotation.anyScheme();
  }

  @Override
  public boolean isValid(DigitalSourceType value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = anyScheme ? UriRules.absoluteUri(value.uri()) : UriRules.globalUri(value.uri());
    return code == null || Report.fail(context, code, UriRules.MAX_URI);
  }
}
