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
 * A person author names one person: the name holds no {@code " and "}, {@code " & "} or {@code ";"}, which would make
 * one entry of the byline stand for several people. Organizations are exempt.
 */
@Documented
@Constraint(validatedBy = {dev.masthead.model.internal.SinglePersonValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SinglePerson {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.multiple_authors}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
