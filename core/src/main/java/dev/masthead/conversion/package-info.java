/**
 * What a conversion between Masthead and another format did not carry over unchanged.
 *
 * <p>Every converter (HTML, IPTC ninjs, schema.org JSON-LD, feeds) returns a {@link
 * dev.masthead.conversion.Converted}: the result together with one {@link
 * dev.masthead.conversion.Loss} for each value it dropped, changed or guessed, so that nothing is
 * lost silently. A loss names its place with a JSON Pointer; each converter documents whether the
 * pointer addresses its input or its result.
 */
@NullMarked
package dev.masthead.conversion;

import org.jspecify.annotations.NullMarked;
