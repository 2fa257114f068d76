package dev.masthead.model;

import dev.masthead.validation.AuthorName;
import dev.masthead.validation.EmailAddress;
import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.Slug;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a byline: a person or an organization, with what an author box shows.
 *
 * <p>{@code Author.builder("Jane Doe", "jane-doe").articleCount(412).build()}
 *
 * <p>The name is a name, not a byline: "By Jane Doe" is rejected, and a person entry names one
 * person. {@link #articleCount()} is the count an author box prints ("352 Articles").
 *
 * <p>This class is immutable and thread-safe; {@code sameAs} is never null and holds no null. A
 * null {@code kind} reads as {@link AuthorKind#PERSON}.
 *
 * @param name the name, single line, 1 to 200 code points
 * @param slug the author's slug, unique in a byline
 * @param kind a person or an organization
 * @param bio the biography, at most 2,000 code points, line breaks allowed
 * @param jobTitle the job title, at most 200 code points
 * @param articleCount how many articles the author has written, 0 to 10,000,000
 * @param url the author's page
 * @param avatarUrl the author's picture
 * @param sameAs profile pages elsewhere, at most 20
 * @param email the e-mail address
 */
@SinglePerson
public record Author(
    @NotNull(message = MessageTemplates.REQUIRED) @AuthorName String name,
    @NotNull(message = MessageTemplates.REQUIRED) @Slug String slug,
    AuthorKind kind,
    @PlainText(max = 2_000, multiline = true) @Nullable String bio,
    @PlainText(max = 200) @Nullable String jobTitle,
    @Min(value = 0, message = MessageTemplates.TOO_SMALL) @Max(value = 10_000_000, message = MessageTemplates.TOO_LARGE) @Nullable
        Integer articleCount,
    @HttpUrl @Nullable String url,
    @HttpUrl @Nullable String avatarUrl,
    @Size(max = 20, message = MessageTemplates.TOO_MANY) List<@HttpUrl String> sameAs,
    @EmailAddress @Nullable String email) {

  /**
   * Copies {@code sameAs}, null reading as empty, and reads a null kind as a person.
   *
   * @param name the name, single line, 1 to 200 code points
   * @param slug the author's slug, unique in a byline
   * @param kind a person or an organization
   * @param bio the biography, at most 2,000 code points, line breaks allowed
   * @param jobTitle the job title, at most 200 code points
   * @param articleCount how many articles the author has written, 0 to 10,000,000
   * @param url the author's page
   * @param avatarUrl the author's picture
   * @param sameAs profile pages elsewhere, at most 20
   * @param email the e-mail address
   */
  public Author {
    Lists.require(name, "name");
    Lists.require(slug, "slug");
    kind = kind == null ? AuthorKind.PERSON : kind;
    sameAs = Lists.copy("sameAs", sameAs);
  }

  /**
   * Returns a person author with only a name and a slug.
   *
   * @param name the name
   * @param slug the slug
   * @return the author
   * @throws dev.masthead.validation.InvalidContentException if the author is not well-formed
   */
  public static Author of(String name, String slug) {
    return builder(name, slug).build();
  }

  /**
   * Returns a new builder.
   *
   * @param name the name
   * @param slug the slug
   * @return a builder of a person author
   */
  public static Builder builder(String name, String slug) {
    return new Builder(Lists.require(name, "name"), Lists.require(slug, "slug"));
  }

  /**
   * Returns a builder holding this author's parts.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(name, slug)
        .kind(kind)
        .bio(bio)
        .jobTitle(jobTitle)
        .articleCount(articleCount)
        .url(url)
        .avatarUrl(avatarUrl)
        .sameAs(sameAs)
        .email(email);
  }

  /**
   * Returns a copy with the given article count.
   *
   * @param articleCount the count, or null
   * @return a copy, or this author when the count is the same
   * @throws dev.masthead.validation.InvalidContentException if the copy is not well-formed
   */
  public Author withArticleCount(@Nullable Integer articleCount) {
    return Objects.equals(articleCount, this.articleCount)
        ? this
        : toBuilder().articleCount(articleCount).build();
  }

  /**
   * A builder of {@link Author}s. It is mutable and not thread-safe; {@link #build()} may be called
   * more than once.
   */
  public static final class Builder {
    private String name;
    private String slug;
    private @Nullable AuthorKind kind = AuthorKind.PERSON;
    private @Nullable String bio;
    private @Nullable String jobTitle;
    private @Nullable Integer articleCount;
    private @Nullable String url;
    private @Nullable String avatarUrl;
    private final List<String> sameAs = new ArrayList<>();
    private @Nullable String email;

    private Builder(String name, String slug) {
      this.name = name;
      this.slug = slug;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the slug.
     *
     * @param slug the slug
     * @return this builder
     */
    public Builder slug(@Nullable String slug) {
      this.slug = slug;
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind a person or an organization; null reads as a person
     * @return this builder
     */
    public Builder kind(@Nullable AuthorKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the biography.
     *
     * @param bio the biography, or null
     * @return this builder
     */
    public Builder bio(@Nullable String bio) {
      this.bio = bio;
      return this;
    }

    /**
     * Sets the job title.
     *
     * @param jobTitle the job title, or null
     * @return this builder
     */
    public Builder jobTitle(@Nullable String jobTitle) {
      this.jobTitle = jobTitle;
      return this;
    }

    /**
     * Sets the article count.
     *
     * @param articleCount the count, or null
     * @return this builder
     */
    public Builder articleCount(@Nullable Integer articleCount) {
      this.articleCount = articleCount;
      return this;
    }

    /**
     * Sets the author's page.
     *
     * @param url the URL, or null
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the author's picture.
     *
     * @param avatarUrl the URL, or null
     * @return this builder
     */
    public Builder avatarUrl(@Nullable String avatarUrl) {
      this.avatarUrl = avatarUrl;
      return this;
    }

    /**
     * Replaces the profile pages.
     *
     * @param sameAs the URLs
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder sameAs(@Nullable Collection<String> sameAs) {
      List<String> copy = Lists.copy("sameAs", sameAs);
      this.sameAs.clear();
      this.sameAs.addAll(copy);
      return this;
    }

    /**
     * Adds a profile page.
     *
     * @param url the URL
     * @return this builder
     */
    public Builder addSameAs(String url) {
      sameAs.add(Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * Sets the e-mail address.
     *
     * @param email the address, or null
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /**
     * Returns a well-formed author.
     *
     * @return the author
     * @throws dev.masthead.validation.InvalidContentException listing every violation
     */
    public Author build() {
      Lists.requirePresent("author", "name", name, "slug", slug);
      return MastheadValidator.standard()
          .requireWellFormed(
              new Author(name, slug, kind, bio, jobTitle, articleCount, url, avatarUrl, sameAs, email));
    }
  }
}
