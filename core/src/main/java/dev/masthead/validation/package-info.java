/**
 * The rules of Masthead content as Jakarta Bean Validation constraints, and a facade that reports
 * their violations.
 *
 * <ul>
 *   <li>Two levels: well-formed (the {@link jakarta.validation.groups.Default} group), what any
 *       stored or transported document satisfies, and {@link dev.masthead.validation.Publishable},
 *       what must hold before an article goes live.
 *   <li>{@link dev.masthead.validation.MastheadValidator}: validates and returns {@link
 *       dev.masthead.validation.Violation}s with a JSON Pointer, a stable {@link
 *       dev.masthead.validation.Codes code} and a short message; or throws {@link
 *       dev.masthead.validation.InvalidContentException}.
 *   <li>The constraints: {@link dev.masthead.validation.PlainText}, {@link
 *       dev.masthead.validation.AuthorName}, {@link dev.masthead.validation.HttpUrl}, {@link
 *       dev.masthead.validation.LanguageTag}, {@link dev.masthead.validation.Slug}, {@link
 *       dev.masthead.validation.Identifier}, {@link dev.masthead.validation.Token}, {@link
 *       dev.masthead.validation.EmailAddress}, {@link dev.masthead.validation.TimestampRange},
 *       {@link dev.masthead.validation.Distinct}. They know no model type: the model's own
 *       class-level rules (timestamp order, link ranges, credit party, single person) are
 *       declared next to the model, in {@code dev.masthead.model}.
 *   <li>{@link dev.masthead.validation.ValidationLevel}: the two levels as one type, each mapped to
 *       its group.
 *   <li>{@link dev.masthead.validation.CheckedText}: the seam through which a reader that has
 *       checked the characters of a document's texts tells the validator so.
 *   <li>{@link dev.masthead.validation.MessageTemplates}: the message template of every code.
 * </ul>
 *
 * <p>Lengths are counted in Unicode code points, not UTF-16 units. Messages come from {@code
 * ContributorValidationMessages.properties}, Hibernate Validator's bundle for libraries, under
 * {@code dev.masthead.constraint.*} keys, so an application's own {@code
 * ValidationMessages.properties} does not hide them. They are
 * interpolated without an expression language and never quote the offending value.
 */
@NullMarked
package dev.masthead.validation;

import org.jspecify.annotations.NullMarked;
