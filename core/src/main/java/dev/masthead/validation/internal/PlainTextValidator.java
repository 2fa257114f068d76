package dev.masthead.validation.internal;

import dev.masthead.validation.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link PlainText}. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, String>, FactAware<String> {
  private int max;
  private boolean multiline;

  @Override
  public void initialize(PlainText annotation) {
    max = annotation.max();
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    TextRules.Problem problem = TextRules.check(value, max, multiline);
    if (problem == null) {
      return true;
    }
    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
    return Report.fail(context, problem);
  }

  @Override
  public boolean isValid(@Nullable String value, int facts) {
    if (value == null) {
      return true;
    }
    return TextRules.isValid(value, max, multiline, facts);
  }
}
