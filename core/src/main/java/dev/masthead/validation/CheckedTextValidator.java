package dev.masthead.validation;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * A constraint validator that can use what a reader has already established of every text of a
 * value ({@link CheckedText}), such as that no text holds a character outside the Basic
 * Multilingual Plane, so that a text's length in code points is its {@link String#length()}.
 *
 * <p>{@link MastheadValidator#standard()} calls {@link #isValid(Object, CheckedText)} on its fast
 * path, which covers Masthead's own records (the model's rules implement this interface), where it
 * only needs to know whether a value is valid; Hibernate Validator calls {@link
 * #isValid(Object, jakarta.validation.ConstraintValidatorContext)} when it builds a report. The two
 * must agree for every value of whose texts the facts hold.
 *
 * @param <A> the constraint annotation
 * @param <T> the type of value validated
 */
public interface CheckedTextValidator<A extends Annotation, T> extends ConstraintValidator<A, T> {
  /**
   * Returns whether {@code value} is valid, given what is known of its texts: the answer of {@link
   * #isValid(Object, jakarta.validation.ConstraintValidatorContext)} when it reports nothing.
   *
   * @param value the value, or null
   * @param checked what holds of every text of the value
   * @return whether the value is valid
   */
  boolean isValid(@Nullable T value, CheckedText checked);
}
