package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A paragraph of plain text, with optional links over ranges of it.
 *
 * <p>{@code Paragraph.of("Read the budget.", Link.of(9, 15, "https://news.example.com/budget"))}
 *
 * <p>The text may hold line breaks (LF, CR) and tabs; it is at most 20,000 code points. Links are
 * ordered, do not overlap and lie inside the text.
 *
 * <p>Emphasis ({@code <em>}) and strong importance ({@code <strong>}) are {@link Span}s over the
 * text, in the same code points: {@code Paragraph.builder("Vote now.").addStrong(Span.of(0,
 * 4)).build()}. Within each list spans are ordered and do not overlap; an emphasis span may overlap
 * a strong one or a link.
 *
 * <p>This class is immutable and thread-safe; {@code links}, {@code emphasis} and {@code strong}
 * are never null and hold no null.
 *
 * @param text the text
 * @param links the links, ordered by start
 * @param emphasis the emphasized ranges, ordered by start, at most 1,000
 * @param strong the ranges of strong importance, ordered by start, at most 1,000
 */
@LinkRanges
@SpanRanges
public record Paragraph(
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 20_000, multiline = true) String text,
    @Size(max = 1_000, message = MessageTemplates.TOO_MANY) List<@Valid Link> links,
    @Size(max = 1_000, message = MessageTemplates.TOO_MANY) List<Span> emphasis,
    @Size(max = 1_000, message = MessageTemplates.TOO_MANY) List<Span> strong)
    implements Block {

  /**
   * Copies the lists; null reads as empty.
   *
   * @param text the text
   * @param links the links, ordered by start
   * @param emphasis the emphasized ranges, ordered by start
   * @param strong the ranges of strong importance, ordered by start
   */
  public Paragraph {
    Lists.require(text, "text");
    links = Lists.copy("links", links);
    emphasis = Lists.copy("emphasis", emphasis);
    strong = Lists.copy("strong", strong);
  }

  /**
   * Creates a paragraph without emphasis or strong spans: the constructor of the parts every
   * paragraph had before those were added, kept so that code written against it compiles. Like the
   * canonical constructor it checks nothing.
   *
   * @param text the text
   * @param links the links, ordered by start
   */
  public Paragraph(String text, List<Link> links) {
    this(text, links, List.of(), List.of());
  }

  /**
   * Returns a paragraph.
   *
   * @param text the text
   * @param links the links, ordered by start
   * @return the paragraph
   * @throws dev.masthead.validation.InvalidContentException if the paragraph is not well-formed
   */
  public static Paragraph of(String text, Link... links) {
    return of(text, Arrays.asList(links));
  }

  /**
   * Returns a paragraph.
   *
   * @param text the text
   * @param links the links, ordered by start
   * @return the paragraph
   * @throws dev.masthead.validation.InvalidContentException if the paragraph is not well-formed
   */
  public static Paragraph of(String text, Collection<? extends Link> links) {
    return MastheadValidator.standard().requireWellFormed(new Paragraph(text, Lists.copy("links", Lists.require(links, "links"))));
  }

  /**
   * Returns a builder of a paragraph with the given text.
   *
   * @param text the text
   * @return a builder without links or spans
   */
  public static Builder builder(String text) {
    return new Builder(Lists.require(text, "text"));
  }

  /**
   * Returns a builder holding this paragraph's parts.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(text).links(links).emphasis(emphasis).strong(strong);
  }

  @Override
  public BlockType type() {
    return BlockType.PARAGRAPH;
  }

  /**
   * A builder of {@link Paragraph}s. It is mutable and not thread-safe; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private final String text;
    private final List<Link> links = new ArrayList<>();
    private final List<Span> emphasis = new ArrayList<>();
    private final List<Span> strong = new ArrayList<>();

    private Builder(String text) {
      this.text = text;
    }

    /**
     * Replaces the links.
     *
     * @param links the links, ordered by start
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder links(@Nullable Collection<? extends Link> links) {
      List<Link> copy = Lists.copy("links", links);
      this.links.clear();
      this.links.addAll(copy);
      return this;
    }

    /**
     * Adds a link after the others.
     *
     * @param link the link
     * @return this builder
     */
    public Builder addLink(Link link) {
      this.links.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Replaces the emphasized ranges.
     *
     * @param emphasis the ranges, ordered by start
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder emphasis(@Nullable Collection<? extends Span> emphasis) {
      List<Span> copy = Lists.copy("emphasis", emphasis);
      this.emphasis.clear();
      this.emphasis.addAll(copy);
      return this;
    }

    /**
     * Adds an emphasized range after the others.
     *
     * @param span the range
     * @return this builder
     */
    public Builder addEmphasis(Span span) {
      this.emphasis.add(Objects.requireNonNull(span, "span"));
      return this;
    }

    /**
     * Replaces the ranges of strong importance.
     *
     * @param strong the ranges, ordered by start
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder strong(@Nullable Collection<? extends Span> strong) {
      List<Span> copy = Lists.copy("strong", strong);
      this.strong.clear();
      this.strong.addAll(copy);
      return this;
    }

    /**
     * Adds a range of strong importance after the others.
     *
     * @param span the range
     * @return this builder
     */
    public Builder addStrong(Span span) {
      this.strong.add(Objects.requireNonNull(span, "span"));
      return this;
    }

    /**
     * Returns a well-formed paragraph.
     *
     * @return the paragraph
     * @throws dev.masthead.validation.InvalidContentException listing every violation
     */
    public Paragraph build() {
      return MastheadValidator.standard().requireWellFormed(new Paragraph(text, links, emphasis, strong));
    }
  }
}
