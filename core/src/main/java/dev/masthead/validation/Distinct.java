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
 * The elements of a list are unique: strings ignoring case, other values by the property that
 * {@link #by()} names. Each repeat is reported where it stands: {@code /tags/3}, or on the
 * property, {@code /authors/1/slug}. Null is valid.
 *
 * <p>{@code @Distinct(by = "slug") List<Author> authors}
 */
@Documented
@Constraint(validatedBy = {dev.masthead.validation.internal.DistinctValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Distinct {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.duplicate}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return the property that identifies an element: the name of a record component or of a
   * public no-argument method; empty, the default, for a list of strings compared ignoring case}
   */
  String by() default "";
}
