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
 * A global identifier: an absolute {@code urn:} URN (RFC 8141) or an absolute {@code http} or
 * {@code https} URL as {@link HttpUrl} describes it, at most 2,048 code points, without white space
 * or control characters. Null is valid.
 *
 * <p>With {@link #anyScheme()}, any absolute URI (RFC 3986: a scheme, a colon and at least one
 * character of ASCII URI characters or percent escapes) is accepted, such as the IPTC NewsCodes URI
 * of a {@link dev.masthead.model.DigitalSourceType}; http, https and urn URIs still follow their
 * own rules. On a {@link dev.masthead.model.DigitalSourceType} it checks the type's URI.
 */
@Documented
@Constraint(validatedBy = {dev.masthead.validation.internal.GlobalUriValidator.class, dev.masthead.validation.internal.DigitalSourceTypeUriValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface GlobalUri {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.uri}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** {@return whether every scheme is allowed, rather than only urn, http and https} */
  boolean anyScheme() default false;
}
