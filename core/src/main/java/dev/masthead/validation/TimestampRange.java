package dev.masthead.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A timestamp from 1900-01-01T00:00:00Z (inclusive) to 2200-01-01T00:00:00Z (exclusive): anything
 * outside is a typing or unit error. Null is valid.
 */
@Documented
@Constraint(validatedBy = {dev.masthead.validation.internal.TimestampRangeValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TimestampRange {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.timestamp_range}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
