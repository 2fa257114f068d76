/**
 * The {@code masthead} command line, built as {@code examples/target/masthead.jar}.
 *
 * <ul>
 *   <li>{@link dev.masthead.examples.cli.Masthead}: the entry point and its exit codes, with the
 *       commands {@code demo} (the default), {@code validate}, {@code format} and {@code convert}.
 *   <li>{@link dev.masthead.examples.cli.ConversionFormats}: the formats of {@code convert}, one
 *       {@link dev.masthead.examples.cli.ConversionFormat} each.
 * </ul>
 */
@NullMarked
package dev.masthead.examples.cli;

import org.jspecify.annotations.NullMarked;
