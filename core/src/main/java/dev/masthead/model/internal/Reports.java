package dev.masthead.model.internal;

import dev.masthead.validation.MessageTemplates;
import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation of a class-level rule of the model on one of the value's properties. */
final class Reports {
  private Reports() {}

  /** Reports {@code code} on a property of the validated bean, in place of the default violation. */
  static void onProperty(ConstraintValidatorContext context, String code, String property) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(MessageTemplates.of(code))
        .addPropertyNode(property)
        .addConstraintViolation();
  }
}
