package dev.masthead.validation;

import jakarta.validation.groups.Default;

/**
 * The validation group of content that may go live: everything of the {@link Default} group
 * plus publication time, byline, body, a fully described lead image and a canonical URL.
 *
 * <p>Validate with it explicitly: {@code validator.validate(article, Publishable.class)}, or
 * {@link MastheadValidator#validatePublishable(Object)}.
 */
public interface Publishable extends Default {}
