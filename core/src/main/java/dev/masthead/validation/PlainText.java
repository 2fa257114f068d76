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
 * Plain text: no markup is interpreted, lengths are counted in code points, and the characters
 * that hide or reorder text are rejected. Null is valid.
 *
 * <p>Rejected: blank text (white space only, including no-break and ideographic spaces), text
 * longer than {@link #max()} code points, control characters (multi-line text may hold LF, CR and
 * TAB), U+2028, U+2029 and U+0085, bidi embeddings and overrides U+202A to U+202E, U+200B and U+FEFF,
 * noncharacters, private-use characters, lone surrogates, and more than 30 combining marks in a
 * row. Bidi marks and isolates, ZWNJ and ZWJ are allowed. Markup such as {@code <b>} is not an
 * error: it is stored as the characters it is.
 */
@Documented
@Constraint(validatedBy = {dev.masthead.validation.internal.PlainTextValidator.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlainText {
  /** {@return the message template; the validator reports a more precise one per problem} */
  String message() default "{dev.masthead.constraint.plain_text}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** {@return the largest length, in Unicode code points} */
  int max();

  /** {@return whether the text may hold line breaks (LF, CR) and tabs} */
  boolean multiline() default false;
}
