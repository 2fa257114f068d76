/**
 * IPTC ninjs ("News in JSON") 3.1 import and export.
 *
 * <ul>
 *   <li>{@link dev.masthead.ninjs.NinjsImporter} reads a ninjs text or composite item, or a ninjs
 *       collection (a JSON array of items), into {@link dev.masthead.model.Article}s, on the safe
 *       reader's guarantees;
 *   <li>{@link dev.masthead.ninjs.NinjsExporter} writes an article as a ninjs 3.1 item;
 *   <li>{@link dev.masthead.ninjs.NinjsImportException} says why an item cannot become an article.
 * </ul>
 *
 * <p>Both return a {@link dev.masthead.conversion.Converted} whose losses name every value dropped,
 * changed or guessed. Import losses point into the ninjs input, export losses into the Masthead
 * article. The mapping, field by field, is in {@code docs/ninjs.md}.
 */
@NullMarked
package dev.masthead.ninjs;

import org.jspecify.annotations.NullMarked;
