package dev.masthead.model;

import dev.masthead.validation.GlobalUri;
import dev.masthead.validation.LanguageTag;
import dev.masthead.validation.Token;

/**
 * An application's own bean holding values that Masthead's constraints check, for tests of those
 * constraints outside Masthead's records, where Hibernate Validator runs them. It lives here because
 * the model package is open to Hibernate Validator.
 *
 * @param language a BCP 47 language tag
 * @param role a token of an open vocabulary
 * @param source how a picture was made
 */
public record Labels(@LanguageTag String language, @Token String role, @GlobalUri DigitalSourceType source) {}
