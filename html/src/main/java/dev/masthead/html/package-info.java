/**
 * HTML in and out.
 *
 * <ul>
 *   <li>{@link dev.masthead.html.HtmlWriter}: a body, an {@code <article>} fragment or a standalone
 *       page, escaped, with only http(s) links and images, and stable {@code mh-} class names.
 *   <li>{@link dev.masthead.html.HtmlReader}: HTML to blocks or to an article, dropping what is
 *       executable or has no place in the model, with a loss report whose JSON Pointers address the
 *       result.
 *   <li>{@link dev.masthead.html.HtmlLimitException} and {@link dev.masthead.html.HtmlLimit}: the
 *       bounds the reader puts on hostile input.
 * </ul>
 *
 * <p>Both follow one white-space rule, so that a body written and read again is equal up to it:
 * HTML collapses each run of ASCII white space (space, tab, carriage return, line feed, form feed)
 * into one space and drops such runs at the start and end of a block and next to a line break;
 * line breaks travel as {@code <br>} (a carriage return, alone or before a line feed, reads back as
 * a line feed). {@link dev.masthead.html.HtmlWriter} reports every text that the rule changes.
 */
@NullMarked
package dev.masthead.html;

import org.jspecify.annotations.NullMarked;
