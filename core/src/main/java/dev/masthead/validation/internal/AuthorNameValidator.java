package dev.masthead.validation.internal;

import dev.masthead.validation.AuthorName;
import dev.masthead.validation.Codes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link AuthorName}. */
public final class AuthorNameValidator implements ConstraintValidator<AuthorName, String>, FactAware<String> {
  /** The longest author name, in code points. */
  public static final int MAX = 200;

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    TextRules.Problem problem = TextRules.check(value, MAX, false);
    if (problem != null) {
      context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", MAX);
      return Report.fail(context, problem);
    }
    if (isByline(value)) {
      return Report.fail(context, Codes.BYLINE_IN_NAME);
    }
    return true;
  }

  @Override
  public boolean isValid(@Nullable String value, int facts) {
    if (value == null) {
      return true;
    }
    return TextRules.isValid(value, MAX, false, facts) && !isByline(value);
  }

  private static boolean isByline(String value) {
    return value.regionMatches(true, 0, "by ", 0, 3);
  }
}
