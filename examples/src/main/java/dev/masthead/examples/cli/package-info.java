/**
 * The {@code masthead} command line, built as {@code examples/target/masthead.jar}.
 *
 * <ul>
 *   <li>{@link dev.masthead.examples.cli.Masthead}: the entry point and its exit codes, with the
 *       commands {@code demo} (the default), {@code validate} and {@code format}.
 * </ul>
 */
@NullMarked
package dev.masthead.examples.cli;

import org.jspecify.annotations.NullMarked;
