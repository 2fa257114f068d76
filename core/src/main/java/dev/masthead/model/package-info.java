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
 * get} prefix. {@code plus} and {@code minus} return a changed copy of a ticker; both take an
 * item ({@code minus} also an id, which is what identifies an item).
 *
 * <p>With-ers follow one rule: {@code withX} exists for exactly the changes a newsroom makes to a
 * stored value as it moves through publishing (an article's headline, body, authors, credits, lead
 * image, tags, status, publication and update times and canonical URL; an author's article count;
 * an image's credit, the line a photo desk adds late; a ticker's update time). Every other change
 * goes through {@code toBuilder()}, which every type with a builder has. Each with-er returns
 * {@code this} when nothing changes.
 *
 * <p>Builders: {@code builder(...)} takes the required components ({@code Author}, {@code Credit},
 * {@code TickerItem}, and {@code Article}'s four-argument form). {@code Article} and {@code Image}
 * also have a no-argument {@code builder()} for content filled in field by field; {@code build()}
 * then reports every missing required component at once. A built article's status is {@code
 * published} unless set, the same default as the wire format's (after ninjs's {@code pubStatus}),
 * so that a value and its JSON agree; whether it may go live is the publishable level's question,
 * which requires a publication time.
 *
 * <p>Every value obtained from a factory, a builder or a {@code with} copy is well-formed: each of
 * them checks the constraints of {@link dev.masthead.validation} and throws {@link
 * dev.masthead.validation.InvalidContentException} with every violation. Canonical constructors
 * check structure only: they copy lists (rejecting null elements), fill defaults, and reject a null
 * required component, each with a {@link NullPointerException} that names it ({@code headline must
 * not be null}). They are the documented way to hold content that is not yet valid.
 *
 * <p>Null policy: nothing is null unless marked {@link org.jspecify.annotations.Nullable}, where
 * null means absent; the signatures can be trusted by JSpecify and NullAway users. Lists are never
 * null and never hold null. Two lenient inputs are documented where they apply: a canonical
 * constructor reads a null list as empty, and a null status, author kind or ticker priority as its
 * default. A builder's setters are marked {@code @Nullable}: null clears what they set, and {@code
 * build()} reports a required component so cleared. Everything else (factories, {@code builder(...)}'s
 * required components, with-ers, lookups) throws a {@link NullPointerException} naming the
 * parameter at once; a test calls every public constructor and method of the model, validation
 * and conversion packages with a null in each parameter not so marked to hold it to that.
 */
@NullMarked
package dev.masthead.model;

import org.jspecify.annotations.NullMarked;
