package dev.masthead.validation.internal;

import dev.masthead.model.Rights;
import dev.masthead.validation.Codes;
import dev.masthead.validation.RightsPart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RightsPart}; the violation points at the rights statement itself. */
public final class RightsPartValidator implements ConstraintValidator<RightsPart, Rights> {
  @Override
  public boolean isValid(Rights rights, ConstraintValidatorContext context) {
    if (rights == null || rights.copyrightHolder() != null || rights.copyrightNotice() != null
        || rights.usageTerms() != null || rights.license() != null || rights.acquireLicensePage() != null) {
      return true;
    }
    return Report.fail(context, Codes.RIGHTS_PART);
  }
}
