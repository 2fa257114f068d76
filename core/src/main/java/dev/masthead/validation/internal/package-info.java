/**
 * The constraint validators and the rules they share. Not API: the package is opened to Hibernate
 * Validator only.
 */
@NullMarked
package dev.masthead.validation.internal;

import org.jspecify.annotations.NullMarked;
