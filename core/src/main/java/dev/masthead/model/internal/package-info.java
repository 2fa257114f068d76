/**
 * The validators of the model's own class-level rules ({@link dev.masthead.model.TimestampOrder},
 * {@link dev.masthead.model.LinkRanges}, {@link dev.masthead.model.CreditParty}, {@link
 * dev.masthead.model.SinglePerson}). Not exported: Hibernate Validator instantiates them
 * reflectively.
 */
@NullMarked
package dev.masthead.model.internal;

import org.jspecify.annotations.NullMarked;
