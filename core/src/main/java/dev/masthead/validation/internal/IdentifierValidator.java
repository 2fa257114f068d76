package dev.masthead.validation.internal;

import dev.masthead.validation.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Identifier} with {@link FormatRules#identifier(String)}. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = FormatRules.identifier(value);
    return code == null || Report.fail(context, code, FormatRules.MAX_ID);
  }
}
