package dev.masthead.model;

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
 * The links of a paragraph lie inside its text and do not overlap: for each link
 * {@code 0 <= start < end <= length}, counted in code points, and each starts at or after the
 * previous one's end.
 */
@Documented
@Constraint(validatedBy = {dev.masthead.model.internal.LinkRangesValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface LinkRanges {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.link_range}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
