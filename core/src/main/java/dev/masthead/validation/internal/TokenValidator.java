package dev.masthead.validation.internal;

import dev.masthead.validation.Token;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Token} with {@link FormatRules#token(String)}. */
public final class TokenValidator implements ConstraintValidator<Token, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = FormatRules.token(value);
    return code == null || Report.fail(context, code, FormatRules.MAX_TOKEN);
  }
}
