/**
 * Sample Masthead content and the programs around it.
 *
 * <ul>
 *   <li>{@link dev.masthead.examples.SampleContent}: the seed article, more articles and a news
 *       ticker, built with the builders; the same content ships as JSON in this jar.
 *   <li>{@link dev.masthead.examples.WriteSamples}: regenerates those JSON files.
 *   <li>{@link dev.masthead.examples.cli}: the {@code masthead} command line.
 * </ul>
 */
@NullMarked
package dev.masthead.examples;

import org.jspecify.annotations.NullMarked;
