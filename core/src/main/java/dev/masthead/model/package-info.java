/**
 * The Masthead content model: immutable news types.
 *
 * <ul>
 *   <li>{@link dev.masthead.model.Article}: an article, with its {@link dev.masthead.model.Block}
 *       body ({@link dev.masthead.model.Paragraph} with {@link dev.masthead.model.Link}s, {@link
 *       dev.masthead.model.Heading}, {@link dev.masthead.model.Quote}, {@link
 *       dev.masthead.model.ListBlock}, {@link dev.masthead.model.ImageBlock}, {@link
 *       dev.masthead.model.Divider}, and {@link dev.masthead.model.UnknownBlock} for a type from a
 *       newer version), {@link dev.masthead.model.Author}s, {@link
 *       dev.masthead.model.Credit}s and {@link dev.masthead.model.Image}s with their {@link
 *       dev.masthead.model.Rendition}s.
 *   <li>What agencies send with an article or an image: {@link dev.masthead.model.Rights}, {@link
 *       dev.masthead.model.Subject}s, {@link dev.masthead.model.DigitalSourceType}, {@link
 *       dev.masthead.model.Correction}s, and emphasis and strong {@link dev.masthead.model.Span}s
 *       in paragraphs.
 *   <li>{@link dev.masthead.model.Ticker} and its {@link dev.masthead.model.TickerItem}s.
 *   <li>The enums {@link dev.masthead.model.ArticleStatus}, {@link dev.masthead.model.AuthorKind},
 *       {@link dev.masthead.model.TickerPriority} and {@link dev.masthead.model.BlockType}.
 * </ul>
 *
 * <p>Method vocabulary, as in {@code java.time}: {@code of} makes a value from parts, {@code
 * builder} and {@code toBuilder} start a builder, {@code withX} returns a copy with one part changed
 * (or the same value when nothing changes), {@code isX} asks a question. Accessors have no {@code
 * get} prefix. {@code plus} and {@code minus} return a changed copy of a ticker.
 *
 * <p>Every value obtained from a factory, a builder or a {@code with} copy is well-formed: each of
 * them checks the constraints of {@link dev.masthead.validation} and throws {@link
 * dev.masthead.validation.InvalidContentException} with every violation. Canonical constructors
 * only copy lists (rejecting null elements with a {@link NullPointerException} that names the
 * argument) and fill defaults: they are the documented way to hold content that is not yet valid.
 *
 * <p>Null policy: nothing is null unless marked {@link org.jspecify.annotations.Nullable}, where
 * null means absent. Lists are never null and never hold null.
 */
@NullMarked
package dev.masthead.model;

import org.jspecify.annotations.NullMarked;
