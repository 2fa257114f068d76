package dev.masthead.model;

import dev.masthead.validation.Distinct;
import dev.masthead.validation.GlobalUri;
import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.Identifier;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.LanguageTag;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.Publishable;
import dev.masthead.validation.Slug;
import dev.masthead.validation.TimestampRange;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news article: headline, body, byline, credits, lead image and publication data.
 *
 * <p>{@code Article.builder().id("art-1").slug("budget").headline("Council approves budget")
 * .language("en").addBlock(Paragraph.of("The council voted on Tuesday.")).build()}
 *
 * <p>The rules of a well-formed article are the constraints on its components; the {@link
 * Publishable} level adds what must hold before it goes live. {@link #builder()}, {@link
 * #toBuilder()} and the {@code with…} copies all end in {@link Builder#build()}, which checks
 * them. The canonical constructor is the one way to hold an article that is not well-formed, such
 * as one read for migration: it only copies lists and fills defaults.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Immutable and thread-safe.
 *   <li>Lists are never null and never hold null; an absent list reads as empty. They keep the
 *       order they were given in.
 *   <li>A null {@code status} reads as {@link ArticleStatus#PUBLISHED}.
 *   <li>Text is plain text, stored exactly as given: nothing is trimmed, escaped or normalized.
 * </ul>
 *
 * @param id the identifier, 1 to 128 of {@code A-Z a-z 0-9 . _ : -}
 * @param slug the URL slug
 * @param kicker the label above the headline, at most 100 code points
 * @param headline the headline, single line, 1 to 300 code points
 * @param subheadline the subheadline, at most 500 code points
 * @param summary the summary, at most 1,000 code points
 * @param body the body blocks in reading order, at most 2,000
 * @param authors the byline in order, at most 50, slugs unique
 * @param credits contributions other than the byline, at most 50
 * @param leadImage the image shown with the headline
 * @param section the section, a slug such as {@code politics}
 * @param tags the tags, at most 100, each 1 to 64 code points, unique ignoring case
 * @param language the language, a BCP 47 tag such as {@code en-GB}
 * @param dateline the dateline, such as {@code WASHINGTON}, at most 200 code points
 * @param status the editorial status; null reads as {@link ArticleStatus#PUBLISHED}
 * @param publishedAt when the article was first published
 * @param updatedAt when the article was last changed after publication
 * @param embargoedUntil the time before which the article must not be published
 * @param expiresAt when the article should stop being shown
 * @param canonicalUrl the article's canonical URL
 * @param uri the article's global identifier, an absolute {@code urn:}, http or https URI such as
 *     {@code urn:newsml:example.com:20240501:budget}, kept beside the safe {@code id}
 * @param subjects what the article is about, as terms of controlled vocabularies, at most 100
 * @param rights who holds the rights and on what terms the article may be used
 * @param digitalSourceType how the text was made, such as by generative AI
 * @param corrections the corrections published on the article, at most 50
 */
@TimestampOrder
public record Article(
    @NotNull(message = MessageTemplates.REQUIRED) @Identifier String id,
    @NotNull(message = MessageTemplates.REQUIRED) @Slug String slug,
    @PlainText(max = 100) @Nullable String kicker,
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 300) String headline,
    @PlainText(max = 500) @Nullable String subheadline,
    @PlainText(max = 1_000) @Nullable String summary,
    @Size(max = Article.MAX_BLOCKS, message = MessageTemplates.TOO_MANY) @Size(min = 1, groups = Publishable.class, message = MessageTemplates.EMPTY) List<@Valid Block> body,
    @Size(max = Article.MAX_AUTHORS, message = MessageTemplates.TOO_MANY) @Size(min = 1, groups = Publishable.class, message = MessageTemplates.EMPTY) @Distinct(by = "slug") List<@Valid Author> authors,
    @Size(max = Article.MAX_CREDITS, message = MessageTemplates.TOO_MANY) List<@Valid Credit> credits,
    @NotNull(groups = Publishable.class, message = MessageTemplates.REQUIRED_TO_PUBLISH) @Valid @Nullable Image leadImage,
    @Slug @Nullable String section,
    @Size(max = Article.MAX_TAGS, message = MessageTemplates.TOO_MANY) @Distinct List<@PlainText(max = 64) String> tags,
    @NotNull(message = MessageTemplates.REQUIRED) @LanguageTag String language,
    @PlainText(max = 200) @Nullable String dateline,
    ArticleStatus status,
    @NotNull(groups = Publishable.class, message = MessageTemplates.REQUIRED_TO_PUBLISH) @TimestampRange @Nullable Instant publishedAt,
    @TimestampRange @Nullable Instant updatedAt,
    @TimestampRange @Nullable Instant embargoedUntil,
    @TimestampRange @Nullable Instant expiresAt,
    @NotNull(groups = Publishable.class, message = MessageTemplates.REQUIRED_TO_PUBLISH) @HttpUrl @Nullable String canonicalUrl,
    @GlobalUri @Nullable String uri,
    @Size(max = 100, message = MessageTemplates.TOO_MANY) List<@Valid Subject> subjects,
    @Valid @Nullable Rights rights,
    @Valid @Nullable DigitalSourceType digitalSourceType,
    @Size(max = 50, message = MessageTemplates.TOO_MANY) List<@Valid Correction> corrections) {

  /** Words a reader reads in a minute, for {@link #readingTime()}. */
  public static final int WORDS_PER_MINUTE = 230;

  /** The most body blocks an article holds; the JSON reader stops at the same number. */
  public static final int MAX_BLOCKS = 2_000;

  /** The most authors an article holds; the JSON reader stops at the same number. */
  public static final int MAX_AUTHORS = 50;

  /** The most credits an article holds. */
  public static final int MAX_CREDITS = 50;

  /** The most tags an article holds; the JSON reader stops at the same number. */
  public static final int MAX_TAGS = 100;

  /**
   * Copies the lists, null reading as empty, and reads a null status as published.
   *
   * @param id the identifier, 1 to 128 of {@code A-Z a-z 0-9 . _ : -}
   * @param slug the URL slug
   * @param kicker the label above the headline, at most 100 code points
   * @param headline the headline, single line, 1 to 300 code points
   * @param subheadline the subheadline, at most 500 code points
   * @param summary the summary, at most 1,000 code points
   * @param body the body blocks in reading order, at most 2,000
   * @param authors the byline in order, at most 50, slugs unique
   * @param credits contributions other than the byline, at most 50
   * @param leadImage the image shown with the headline
   * @param section the section, a slug such as {@code politics}
   * @param tags the tags, at most 100, each 1 to 64 code points, unique ignoring case
   * @param language the language, a BCP 47 tag such as {@code en-GB}
   * @param dateline the dateline, such as {@code WASHINGTON}, at most 200 code points
   * @param status the editorial status; null reads as {@link ArticleStatus#PUBLISHED}
   * @param publishedAt when the article was first published
   * @param updatedAt when the article was last changed after publication
   * @param embargoedUntil the time before which the article must not be published
   * @param expiresAt when the article should stop being shown
   * @param canonicalUrl the article's canonical URL
   * @param uri the article's global identifier, an absolute {@code urn:}, http or https URI such as
   *     {@code urn:newsml:example.com:20240501:budget}, kept beside the safe {@code id}
   * @param subjects what the article is about, as terms of controlled vocabularies, at most 100
   * @param rights who holds the rights and on what terms the article may be used
   * @param digitalSourceType how the text was made, such as by generative AI
   * @param corrections the corrections published on the article, at most 50
   */
  public Article {
    Lists.require(id, "id");
    Lists.require(slug, "slug");
    Lists.require(headline, "headline");
    Lists.require(language, "language");
    body = Lists.copy("body", body);
    authors = Lists.copy("authors", authors);
    credits = Lists.copy("credits", credits);
    tags = Lists.copy("tags", tags);
    status = status == null ? ArticleStatus.PUBLISHED : status;
    subjects = Lists.copy("subjects", subjects);
    corrections = Lists.copy("corrections", corrections);
  }

  /**
   * Creates an article without uri, subjects, rights, digital source type or corrections: the
   * constructor of the components every article had before those were added, kept so that code
   * written against it compiles. Like the canonical constructor it only copies lists and fills
   * defaults.
   *
   * @param id the identifier, 1 to 128 of {@code A-Z a-z 0-9 . _ : -}
   * @param slug the URL slug
   * @param kicker the label above the headline, at most 100 code points
   * @param headline the headline, single line, 1 to 300 code points
   * @param subheadline the subheadline, at most 500 code points
   * @param summary the summary, at most 1,000 code points
   * @param body the body blocks in reading order, at most 2,000
   * @param authors the byline in order, at most 50, slugs unique
   * @param credits contributions other than the byline, at most 50
   * @param leadImage the image shown with the headline
   * @param section the section, a slug such as {@code politics}
   * @param tags the tags, at most 100, each 1 to 64 code points, unique ignoring case
   * @param language the language, a BCP 47 tag such as {@code en-GB}
   * @param dateline the dateline, such as {@code WASHINGTON}, at most 200 code points
   * @param status the editorial status; null reads as {@link ArticleStatus#PUBLISHED}
   * @param publishedAt when the article was first published
   * @param updatedAt when the article was last changed after publication
   * @param embargoedUntil the time before which the article must not be published
   * @param expiresAt when the article should stop being shown
   * @param canonicalUrl the article's canonical URL
   */
  public Article(
      String id,
      String slug,
      @Nullable String kicker,
      String headline,
      @Nullable String subheadline,
      @Nullable String summary,
      List<Block> body,
      List<Author> authors,
      List<Credit> credits,
      @Nullable Image leadImage,
      @Nullable String section,
      List<String> tags,
      String language,
      @Nullable String dateline,
      ArticleStatus status,
      @Nullable Instant publishedAt,
      @Nullable Instant updatedAt,
      @Nullable Instant embargoedUntil,
      @Nullable Instant expiresAt,
      @Nullable String canonicalUrl) {
    this(id, slug, kicker, headline, subheadline, summary, body, authors, credits, leadImage, section, tags,
        language, dateline, status, publishedAt, updatedAt, embargoedUntil, expiresAt, canonicalUrl, null,
        List.of(), null, null, List.of());
  }

  /**
   * Returns a new builder, for content filled in field by field (as from a CMS export): {@link
   * Builder#build()} reports every missing required component at once.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding the required components, as the builders of the other types
   * take theirs.
   *
   * @param id the id
   * @param slug the slug
   * @param headline the headline
   * @param language the BCP 47 language tag
   * @return a builder
   */
  public static Builder builder(String id, String slug, String headline, String language) {
    return new Builder()
        .id(Lists.require(id, "id"))
        .slug(Lists.require(slug, "slug"))
        .headline(Lists.require(headline, "headline"))
        .language(Lists.require(language, "language"));
  }

  /**
   * Returns a builder holding this article's components.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .slug(slug)
        .kicker(kicker)
        .headline(headline)
        .subheadline(subheadline)
        .summary(summary)
        .body(body)
        .authors(authors)
        .credits(credits)
        .leadImage(leadImage)
        .section(section)
        .tags(tags)
        .language(language)
        .dateline(dateline)
        .status(status)
        .publishedAt(publishedAt)
        .updatedAt(updatedAt)
        .embargoedUntil(embargoedUntil)
        .expiresAt(expiresAt)
        .canonicalUrl(canonicalUrl)
        .uri(uri)
        .subjects(subjects)
        .rights(rights)
        .digitalSourceType(digitalSourceType)
        .corrections(corrections);
  }

  /**
   * Returns a copy with the given headline.
   *
   * @param headline the headline, single line, 1 to 300 code points
   * @return a copy, or this article when the headline is the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withHeadline(String headline) {
    return Lists.require(headline, "headline").equals(this.headline) ? this : toBuilder().headline(headline).build();
  }

  /**
   * Returns a copy with the given body.
   *
   * @param body the body blocks in reading order, at most 2,000
   * @return a copy, or this article when the body are the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withBody(Collection<? extends Block> body) {
    return Lists.copy("body", Lists.require(body, "body")).equals(this.body) ? this : toBuilder().body(body).build();
  }

  /**
   * Returns a copy with the given authors.
   *
   * @param authors the byline in order, at most 50, slugs unique
   * @return a copy, or this article when the authors are the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withAuthors(Collection<? extends Author> authors) {
    return Lists.copy("authors", Lists.require(authors, "authors")).equals(this.authors) ? this : toBuilder().authors(authors).build();
  }

  /**
   * Returns a copy with the given credits.
   *
   * @param credits contributions other than the byline, at most 50
   * @return a copy, or this article when the credits are the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withCredits(Collection<? extends Credit> credits) {
    return Lists.copy("credits", Lists.require(credits, "credits")).equals(this.credits) ? this : toBuilder().credits(credits).build();
  }

  /**
   * Returns a copy with the given leadImage.
   *
   * @param leadImage the image shown with the headline, or null
   * @return a copy, or this article when the leadImage is the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withLeadImage(@Nullable Image leadImage) {
    return Objects.equals(leadImage, this.leadImage) ? this : toBuilder().leadImage(leadImage).build();
  }

  /**
   * Returns a copy with the given tags.
   *
   * @param tags the tags, at most 100, each 1 to 64 code points, unique ignoring case
   * @return a copy, or this article when the tags are the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withTags(Collection<? extends String> tags) {
    return Lists.copy("tags", Lists.require(tags, "tags")).equals(this.tags) ? this : toBuilder().tags(tags).build();
  }

  /**
   * Returns a copy with the given status.
   *
   * @param status the editorial status; null reads as {@link ArticleStatus#PUBLISHED}
   * @return a copy, or this article when the status is the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withStatus(ArticleStatus status) {
    return Lists.require(status, "status") == this.status ? this : toBuilder().status(status).build();
  }

  /**
   * Returns a copy with the given publishedAt.
   *
   * @param publishedAt when the article was first published, or null
   * @return a copy, or this article when the publishedAt is the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withPublishedAt(@Nullable Instant publishedAt) {
    return Objects.equals(publishedAt, this.publishedAt) ? this : toBuilder().publishedAt(publishedAt).build();
  }

  /**
   * Returns a copy with the given updatedAt.
   *
   * @param updatedAt when the article was last changed after publication, or null
   * @return a copy, or this article when the updatedAt is the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withUpdatedAt(@Nullable Instant updatedAt) {
    return Objects.equals(updatedAt, this.updatedAt) ? this : toBuilder().updatedAt(updatedAt).build();
  }

  /**
   * Returns a copy with the given canonicalUrl.
   *
   * @param canonicalUrl the article's canonical URL, or null
   * @return a copy, or this article when the canonicalUrl is the same
   * @throws InvalidContentException if the copy is not well-formed
   */
  public Article withCanonicalUrl(@Nullable String canonicalUrl) {
    return Objects.equals(canonicalUrl, this.canonicalUrl) ? this : toBuilder().canonicalUrl(canonicalUrl).build();
  }

  /**
   * Returns the number of words in the body: paragraphs, headings, quotes and list items. Words are
   * runs of letters and digits joined through inner apostrophes, hyphens and periods; each
   * ideograph counts as one.
   *
   * @return the word count
   */
  public int wordCount() {
    int words = 0;
    for (Block block : body) {
      switch (block.type()) {
        case PARAGRAPH:
          words += Texts.countWords(((Paragraph) block).text());
          break;
        case HEADING:
          words += Texts.countWords(((Heading) block).text());
          break;
        case QUOTE:
          words += Texts.countWords(((Quote) block).text());
          break;
        case LIST:
          for (String item : ((ListBlock) block).items()) {
            words += Texts.countWords(item);
          }
          break;
        default:
          break;
      }
    }
    return words;
  }

  /**
   * Returns the reading time at {@value #WORDS_PER_MINUTE} words a minute, in whole minutes
   * rounded up: zero for an empty body, at least one minute otherwise.
   *
   * @return the reading time
   */
  public Duration readingTime() {
    int words = wordCount();
    return Duration.ofMinutes((words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  /**
   * Returns the byline text: {@code "By A"}, {@code "By A and B"}, {@code "By A, B and C"}, or
   * {@code ""} when there are no authors.
   *
   * @return the byline
   */
  public String byline() {
    return Texts.byline(authors);
  }

  /**
   * Returns the article as plain text: the headline, the subheadline when there is one, then each
   * block with text, separated by blank lines. Lists read one item a line ("- " or "1. "), quotes
   * end with their attribution after a dash, images give their caption, dividers nothing.
   *
   * @return the plain text
   */
  public String plainText() {
    StringBuilder text = new StringBuilder(headline == null ? "" : headline);
    if (subheadline != null) {
      text.append("\n\n").append(subheadline);
    }
    for (Block block : body) {
      int mark = text.length();
      text.append("\n\n");
      int start = text.length();
      Texts.appendText(block, text);
      if (text.length() == start) {
        text.setLength(mark);
      }
    }
    return text.toString();
  }

  /**
   * A builder of {@link Article}s. It is mutable and not thread-safe; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String slug;
    private @Nullable String kicker;
    private @Nullable String headline;
    private @Nullable String subheadline;
    private @Nullable String summary;
    private final List<Block> body = new ArrayList<>();
    private final List<Author> authors = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    private @Nullable Image leadImage;
    private @Nullable String section;
    private final List<String> tags = new ArrayList<>();
    private @Nullable String language;
    private @Nullable String dateline;
    private @Nullable ArticleStatus status = ArticleStatus.PUBLISHED;
    private @Nullable Instant publishedAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant embargoedUntil;
    private @Nullable Instant expiresAt;
    private @Nullable String canonicalUrl;
    private @Nullable String uri;
    private final List<Subject> subjects = new ArrayList<>();
    private @Nullable Rights rights;
    private @Nullable DigitalSourceType digitalSourceType;
    private final List<Correction> corrections = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the identifier, 1 to 128 of {@code A-Z a-z 0-9 . _ : -}
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the slug.
     *
     * @param slug the URL slug
     * @return this builder
     */
    public Builder slug(@Nullable String slug) {
      this.slug = slug;
      return this;
    }

    /**
     * Sets the kicker.
     *
     * @param kicker the label above the headline, at most 100 code points, or null
     * @return this builder
     */
    public Builder kicker(@Nullable String kicker) {
      this.kicker = kicker;
      return this;
    }

    /**
     * Sets the headline.
     *
     * @param headline the headline, single line, 1 to 300 code points
     * @return this builder
     */
    public Builder headline(@Nullable String headline) {
      this.headline = headline;
      return this;
    }

    /**
     * Sets the subheadline.
     *
     * @param subheadline the subheadline, at most 500 code points, or null
     * @return this builder
     */
    public Builder subheadline(@Nullable String subheadline) {
      this.subheadline = subheadline;
      return this;
    }

    /**
     * Sets the summary.
     *
     * @param summary the summary, at most 1,000 code points, or null
     * @return this builder
     */
    public Builder summary(@Nullable String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Replaces the body.
     *
     * @param body the body blocks in reading order, at most 2,000
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder body(@Nullable Collection<? extends Block> body) {
      List<Block> copy = Lists.copy("body", body);
      this.body.clear();
      this.body.addAll(copy);
      return this;
    }

    /**
     * Replaces the body.
     *
     * @param body the body blocks in reading order, at most 2,000
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder body(Block... body) {
      return body(Arrays.asList(body));
    }

    /**
     * Adds one of the body at the end.
     *
     * @param block the element to add
     * @return this builder
     */
    public Builder addBlock(Block block) {
      this.body.add(Objects.requireNonNull(block, "block"));
      return this;
    }

    /**
     * Replaces the authors.
     *
     * @param authors the byline in order, at most 50, slugs unique
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder authors(@Nullable Collection<? extends Author> authors) {
      List<Author> copy = Lists.copy("authors", authors);
      this.authors.clear();
      this.authors.addAll(copy);
      return this;
    }

    /**
     * Replaces the authors.
     *
     * @param authors the byline in order, at most 50, slugs unique
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder authors(Author... authors) {
      return authors(Arrays.asList(authors));
    }

    /**
     * Adds one of the authors at the end.
     *
     * @param author the element to add
     * @return this builder
     */
    public Builder addAuthor(Author author) {
      this.authors.add(Objects.requireNonNull(author, "author"));
      return this;
    }

    /**
     * Replaces the credits.
     *
     * @param credits contributions other than the byline, at most 50
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder credits(@Nullable Collection<? extends Credit> credits) {
      List<Credit> copy = Lists.copy("credits", credits);
      this.credits.clear();
      this.credits.addAll(copy);
      return this;
    }

    /**
     * Replaces the credits.
     *
     * @param credits contributions other than the byline, at most 50
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder credits(Credit... credits) {
      return credits(Arrays.asList(credits));
    }

    /**
     * Adds one of the credits at the end.
     *
     * @param credit the element to add
     * @return this builder
     */
    public Builder addCredit(Credit credit) {
      this.credits.add(Objects.requireNonNull(credit, "credit"));
      return this;
    }

    /**
     * Sets the leadImage.
     *
     * @param leadImage the image shown with the headline, or null
     * @return this builder
     */
    public Builder leadImage(@Nullable Image leadImage) {
      this.leadImage = leadImage;
      return this;
    }

    /**
     * Sets the section.
     *
     * @param section the section, a slug such as {@code politics}, or null
     * @return this builder
     */
    public Builder section(@Nullable String section) {
      this.section = section;
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags the tags, at most 100, each 1 to 64 code points, unique ignoring case
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder tags(@Nullable Collection<? extends String> tags) {
      List<String> copy = Lists.copy("tags", tags);
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags the tags, at most 100, each 1 to 64 code points, unique ignoring case
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /**
     * Adds one of the tags at the end.
     *
     * @param tag the element to add
     * @return this builder
     */
    public Builder addTag(String tag) {
      this.tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /**
     * Sets the language.
     *
     * @param language the language, a BCP 47 tag such as {@code en-GB}
     * @return this builder
     */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the dateline.
     *
     * @param dateline the dateline, such as {@code WASHINGTON}, at most 200 code points, or null
     * @return this builder
     */
    public Builder dateline(@Nullable String dateline) {
      this.dateline = dateline;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the editorial status; null reads as {@link ArticleStatus#PUBLISHED}
     * @return this builder
     */
    public Builder status(@Nullable ArticleStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the publishedAt.
     *
     * @param publishedAt when the article was first published, or null
     * @return this builder
     */
    public Builder publishedAt(@Nullable Instant publishedAt) {
      this.publishedAt = publishedAt;
      return this;
    }

    /**
     * Sets the updatedAt.
     *
     * @param updatedAt when the article was last changed after publication, or null
     * @return this builder
     */
    public Builder updatedAt(@Nullable Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets the embargoedUntil.
     *
     * @param embargoedUntil the time before which the article must not be published, or null
     * @return this builder
     */
    public Builder embargoedUntil(@Nullable Instant embargoedUntil) {
      this.embargoedUntil = embargoedUntil;
      return this;
    }

    /**
     * Sets the expiresAt.
     *
     * @param expiresAt when the article should stop being shown, or null
     * @return this builder
     */
    public Builder expiresAt(@Nullable Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the canonicalUrl.
     *
     * @param canonicalUrl the article's canonical URL, or null
     * @return this builder
     */
    public Builder canonicalUrl(@Nullable String canonicalUrl) {
      this.canonicalUrl = canonicalUrl;
      return this;
    }

    /**
     * Sets the uri.
     *
     * @param uri the article's global identifier, an absolute {@code urn:}, http or https URI, or
     *     null
     * @return this builder
     */
    public Builder uri(@Nullable String uri) {
      this.uri = uri;
      return this;
    }

    /**
     * Replaces the subjects.
     *
     * @param subjects what the article is about, at most 100
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder subjects(@Nullable Collection<? extends Subject> subjects) {
      List<Subject> copy = Lists.copy("subjects", subjects);
      this.subjects.clear();
      this.subjects.addAll(copy);
      return this;
    }

    /**
     * Replaces the subjects.
     *
     * @param subjects what the article is about, at most 100
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder subjects(Subject... subjects) {
      return subjects(Arrays.asList(subjects));
    }

    /**
     * Adds one of the subjects at the end.
     *
     * @param subject the element to add
     * @return this builder
     */
    public Builder addSubject(Subject subject) {
      this.subjects.add(Objects.requireNonNull(subject, "subject"));
      return this;
    }

    /**
     * Sets the rights.
     *
     * @param rights who holds the rights and on what terms, or null
     * @return this builder
     */
    public Builder rights(@Nullable Rights rights) {
      this.rights = rights;
      return this;
    }

    /**
     * Sets the digital source type.
     *
     * @param digitalSourceType how the text was made, or null
     * @return this builder
     */
    public Builder digitalSourceType(@Nullable DigitalSourceType digitalSourceType) {
      this.digitalSourceType = digitalSourceType;
      return this;
    }

    /**
     * Replaces the corrections.
     *
     * @param corrections the corrections published on the article, at most 50
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder corrections(@Nullable Collection<? extends Correction> corrections) {
      List<Correction> copy = Lists.copy("corrections", corrections);
      this.corrections.clear();
      this.corrections.addAll(copy);
      return this;
    }

    /**
     * Replaces the corrections.
     *
     * @param corrections the corrections published on the article, at most 50
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder corrections(Correction... corrections) {
      return corrections(Arrays.asList(corrections));
    }

    /**
     * Adds one of the corrections at the end.
     *
     * @param correction the element to add
     * @return this builder
     */
    public Builder addCorrection(Correction correction) {
      this.corrections.add(Objects.requireNonNull(correction, "correction"));
      return this;
    }

    /**
     * Returns a well-formed article.
     *
     * @return the article
     * @throws InvalidContentException listing every violation
     */
    public Article build() {
      Lists.requirePresent("article", "id", id, "slug", slug, "headline", headline, "language", language);
      return MastheadValidator.standard()
          .requireWellFormed(
              new Article(
                  id,
                  slug,
                  kicker,
                  headline,
                  subheadline,
                  summary,
                  body,
                  authors,
                  credits,
                  leadImage,
                  section,
                  tags,
                  language,
                  dateline,
                  status,
                  publishedAt,
                  updatedAt,
                  embargoedUntil,
                  expiresAt,
                  canonicalUrl,
                  uri,
                  subjects,
                  rights,
                  digitalSourceType,
                  corrections));
    }
  }
}
