/**
 * The Masthead JSON wire format.
 *
 * <ul>
 *   <li>{@link dev.masthead.json.MastheadJson}: the safe reader and writer, built once and shared.
 *   <li>{@link dev.masthead.json.MastheadModule}: the wire format as a Jackson module, for
 *       applications' own mappers.
 *   <li>{@link dev.masthead.json.MalformedJsonException}: input that cannot be read; content that
 *       breaks the rules is a {@link dev.masthead.validation.InvalidContentException}.
 *   <li>Reading validates at a {@link dev.masthead.validation.ValidationLevel}, or not at all ({@link
 *       dev.masthead.json.MastheadJson.Builder#withoutValidation()}).
 * </ul>
 *
 * <p>The JSON Schema of the format ships in this jar as {@code
 * /dev/masthead/json/schema/article.schema.json} and {@code ticker.schema.json}.
 */
@NullMarked
package dev.masthead.json;

import org.jspecify.annotations.NullMarked;
