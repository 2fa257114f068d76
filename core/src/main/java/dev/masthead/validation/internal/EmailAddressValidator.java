package dev.masthead.validation.internal;

import dev.masthead.validation.EmailAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EmailAddress} with {@link FormatRules#email(String)}. */
public final class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = FormatRules.email(value);
    return code == null || Report.fail(context, code, FormatRules.MAX_EMAIL);
  }
}
