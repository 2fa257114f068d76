/**
 * schema.org JSON-LD and feeds of Masthead content.
 *
 * <ul>
 *   <li>{@link dev.masthead.syndication.JsonLd} writes an article as a schema.org {@code
 *       NewsArticle} following Google's Article guidance, safe to paste into a {@code <script
 *       type="application/ld+json">} element, and says what the guidance would want added.
 *   <li>{@link dev.masthead.syndication.FeedWriter} writes a ticker or a list of articles as a JSON
 *       Feed 1.1, RSS 2.0 or Atom 1.0 document ({@link dev.masthead.syndication.FeedFormat}).
 *   <li>{@link dev.masthead.syndication.FeedMetadata} is the feed's own metadata, every part
 *       optional with a default taken from the content; {@link dev.masthead.syndication.Publisher}
 *       is the organization that publishes the articles.
 * </ul>
 *
 * <p>Every conversion returns a {@link dev.masthead.conversion.Converted} whose losses name, with a
 * JSON Pointer into the input (the article, the ticker, or the list of articles with the index
 * first: {@code /2/headline}), each value the output drops, changes or guesses.
 *
 * <p>Vocabulary as in {@code java.time}: {@code of} from parts, {@code builder}/{@code toBuilder},
 * {@code write} to text. Nothing is null unless marked {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package dev.masthead.syndication;

import org.jspecify.annotations.NullMarked;
