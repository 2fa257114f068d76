package dev.masthead.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The emphasis and strong spans of a paragraph lie inside its text and, within each list, do not
 * overlap: for each span {@code 0 <= start < end <= length}, counted in code points, and each
 * starts at or after the previous one's end. An emphasis span may overlap a strong one.
 */
@Documented
@Constraint(validatedBy = {dev.masthead.validation.internal.SpanRangesValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SpanRanges {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.span_ranges}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
