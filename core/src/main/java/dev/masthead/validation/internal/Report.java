package dev.masthead.validation.internal;

import dev.masthead.validation.MessageTemplates;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports a violation with the template of its code in place of the constraint's default. */
final class Report {
  private Report() {}

  /** Reports {@code code} on the validated value; returns false for use as a validator's result. */
  static boolean fail(ConstraintValidatorContext context, String code) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(MessageTemplates.of(code)).addConstraintViolation();
    return false;
  }

  /**
   * Reports a format rule's {@code code} on the validated value, giving the too_long message the
   * rule's limit: its template reads {@code {max}}, which a format constraint has no attribute for.
   */
  static boolean fail(ConstraintValidatorContext context, String code, int max) {
    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
    return fail(context, code);
  }

  /** Reports a text problem, naming the code point and its index when there is one. */
  static boolean fail(ConstraintValidatorContext context, TextRules.Problem problem) {
    if (problem.index() >= 0) {
      context
          .unwrap(HibernateConstraintValidatorContext.class)
          .addMessageParameter("codePoint", problem.codePointLabel())
          .addMessageParameter("index", problem.index());
    }
    return fail(context, problem.code());
  }

  /** Reports {@code code} on a property of the validated bean, for class-level constraints. */
  static void onProperty(ConstraintValidatorContext context, String code, String property) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(MessageTemplates.of(code))
        .addPropertyNode(property)
        .addConstraintViolation();
  }
}
