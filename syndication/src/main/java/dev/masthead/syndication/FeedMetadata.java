package dev.masthead.syndication;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.LanguageTag;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A feed's own metadata: its title, links, author, language, item limit and the time it judges
 * expiry by. Every part is optional; an absent one takes its default from the content.
 *
 * <p>{@code FeedMetadata.builder().title("Portside News").feedUrl("https://news.example.com/feed.xml").limit(20).build()}
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>part</th><th>default</th></tr>
 *   <tr><td>title</td><td>the ticker's label; the headline of the first article</td></tr>
 *   <tr><td>link</td><td>the first canonical URL of an article, or URL of a ticker item</td></tr>
 *   <tr><td>feedUrl</td><td>none; the feed's id is then a {@code urn:masthead:} name</td></tr>
 *   <tr><td>description</td><td>the title</td></tr>
 *   <tr><td>author</td><td>none (the articles' authors are written on their items)</td></tr>
 *   <tr><td>language</td><td>the first article's language</td></tr>
 *   <tr><td>limit</td><td>every item</td></tr>
 *   <tr><td>at</td><td>the time of writing</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the feed's title, single line, at most 300 code points
 * @param link the page the feed describes (JSON Feed {@code home_page_url}, RSS {@code link}, Atom
 *     {@code link rel="alternate"})
 * @param feedUrl where the feed itself is served (JSON Feed {@code feed_url}, a {@code rel="self"}
 *     link in RSS and Atom); also the Atom feed's id
 * @param description what the feed is, single line, at most 1,000 code points
 * @param author the name of the feed's author, single line, at most 200 code points
 * @param authorUrl the feed author's page
 * @param language the feed's language, a BCP 47 tag
 * @param limit the most items the feed holds, 1 to 10,000; later items are left out
 * @param at the time by which expired and embargoed content is left out, and the feed's update
 *     time when its content gives none
 */
public record FeedMetadata(
    @PlainText(max = 300) @Nullable String title,
    @HttpUrl @Nullable String link,
    @HttpUrl @Nullable String feedUrl,
    @PlainText(max = 1_000) @Nullable String description,
    @PlainText(max = 200) @Nullable String author,
    @HttpUrl @Nullable String authorUrl,
    @LanguageTag @Nullable String language,
    @Min(value = 1, message = "{dev.masthead.constraint.too_small}") @Max(value = 10_000, message = "{dev.masthead.constraint.too_large}") @Nullable
        Integer limit,
    @Nullable Instant at) {

  private static final FeedMetadata DEFAULTS = new FeedMetadata(null, null, null, null, null, null, null, null, null);

  /**
   * Returns metadata with every part absent: each takes its default from the content.
   *
   * @return the defaults
   */
  public static FeedMetadata defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with every part absent.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this metadata's parts.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .title(title)
        .link(link)
        .feedUrl(feedUrl)
        .description(description)
        .author(author)
        .authorUrl(authorUrl)
        .language(language)
        .limit(limit)
        .at(at);
  }

  /**
   * A builder of {@link FeedMetadata}. It is mutable and not thread-safe; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String link;
    private @Nullable String feedUrl;
    private @Nullable String description;
    private @Nullable String author;
    private @Nullable String authorUrl;
    private @Nullable String language;
    private @Nullable Integer limit;
    private @Nullable Instant at;

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param title the feed's title, or null for the default
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the link.
     *
     * @param link the page the feed describes, or null for the default
     * @return this builder
     */
    public Builder link(@Nullable String link) {
      this.link = link;
      return this;
    }

    /**
     * Sets the feed URL.
     *
     * @param feedUrl where the feed is served, or null
     * @return this builder
     */
    public Builder feedUrl(@Nullable String feedUrl) {
      this.feedUrl = feedUrl;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description what the feed is, or null for the default
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the author's name.
     *
     * @param author the name of the feed's author, or null
     * @return this builder
     */
    public Builder author(@Nullable String author) {
      this.author = author;
      return this;
    }

    /**
     * Sets the author's page.
     *
     * @param authorUrl the feed author's page, or null
     * @return this builder
     */
    public Builder authorUrl(@Nullable String authorUrl) {
      this.authorUrl = authorUrl;
      return this;
    }

    /**
     * Sets the language.
     *
     * @param language a BCP 47 tag, or null for the default
     * @return this builder
     */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the item limit.
     *
     * @param limit the most items, 1 to 10,000, or null for every item
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets the time expiry is judged by.
     *
     * @param at the time, or null for the time of writing
     * @return this builder
     */
    public Builder at(@Nullable Instant at) {
      this.at = at;
      return this;
    }

    /**
     * Returns the metadata.
     *
     * @return the metadata
     * @throws InvalidContentException listing every part that breaks its rule
     */
    public FeedMetadata build() {
      return MastheadValidator.standard()
          .requireWellFormed(new FeedMetadata(title, link, feedUrl, description, author, authorUrl, language, limit, at));
    }
  }
}
