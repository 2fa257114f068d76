package dev.masthead.model;

import dev.masthead.validation.AuthorName;
import dev.masthead.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * An application's own bean using Masthead's text constraints on optional fields, for tests of
 * those constraints outside Masthead's model. It lives here because the model package is open to
 * Hibernate Validator.
 *
 * @param by an optional author name
 * @param text an optional single-line text of at most 10 code points
 */
public record Note(@AuthorName @Nullable String by, @PlainText(max = 10) @Nullable String text) {}
