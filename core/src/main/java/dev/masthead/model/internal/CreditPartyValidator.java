package dev.masthead.model.internal;

import dev.masthead.model.Credit;
import dev.masthead.validation.Codes;
import dev.masthead.model.CreditParty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CreditParty}; the violation points at {@code name}. */
public final class CreditPartyValidator implements ConstraintValidator<CreditParty, Credit> {
  @Override
  public boolean isValid(Credit credit, ConstraintValidatorContext context) {
    if (credit == null || credit.name() != null || credit.organization() != null) {
      return true;
    }
    Reports.onProperty(context, Codes.CREDIT_PARTY, "name");
    return false;
  }
}
