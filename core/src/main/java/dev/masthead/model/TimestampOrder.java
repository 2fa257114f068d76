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
 * The timestamps of an article or ticker item are in order: {@code updatedAt} not before
 * {@code publishedAt}, {@code expiresAt} after {@code publishedAt}, and an article's
 * {@code publishedAt} not before its {@code embargoedUntil}. The violation points at the later
 * timestamp.
 */
@Documented
@Constraint(validatedBy = {dev.masthead.model.internal.ArticleTimestampOrderValidator.class, dev.masthead.model.internal.TickerItemTimestampOrderValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TimestampOrder {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.timestamp_order}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
