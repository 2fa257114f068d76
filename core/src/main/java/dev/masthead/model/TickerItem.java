package dev.masthead.model;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.Identifier;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.TimestampRange;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a news ticker: a short headline, where it leads, how urgent it is and how long it
 * stays.
 *
 * <p>{@code TickerItem.builder("t1", "Council approves budget",
 * Instant.parse("2024-05-01T10:00:00Z")).priority(TickerPriority.BREAKING).build()}
 *
 * <p>This class is immutable and thread-safe. A null {@code priority} reads as {@link
 * TickerPriority#NORMAL}.
 *
 * @param id the identifier, unique in its ticker
 * @param headline the headline, single line, 1 to 300 code points
 * @param url where the item leads
 * @param articleId the identifier of the article it is about
 * @param priority how urgent it is
 * @param publishedAt when it appeared
 * @param expiresAt when it stops being shown, after {@code publishedAt}
 */
@TimestampOrder
public record TickerItem(
    @NotNull(message = MessageTemplates.REQUIRED) @Identifier String id,
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 300) String headline,
    @HttpUrl @Nullable String url,
    @Identifier @Nullable String articleId,
    TickerPriority priority,
    @NotNull(message = MessageTemplates.REQUIRED) @TimestampRange Instant publishedAt,
    @TimestampRange @Nullable Instant expiresAt) {

  /**
   * Reads a null priority as normal.
   *
   * @param id the identifier, unique in its ticker
   * @param headline the headline, single line, 1 to 300 code points
   * @param url where the item leads
   * @param articleId the identifier of the article it is about
   * @param priority how urgent it is
   * @param publishedAt when it appeared
   * @param expiresAt when it stops being shown, after {@code publishedAt}
   */
  public TickerItem {
    Lists.require(id, "id");
    Lists.require(headline, "headline");
    Lists.require(publishedAt, "publishedAt");
    priority = priority == null ? TickerPriority.NORMAL : priority;
  }

  /**
   * Returns a new builder.
   *
   * @param id the identifier
   * @param headline the headline
   * @param publishedAt when it appeared
   * @return a builder of a normal-priority item
   */
  public static Builder builder(String id, String headline, Instant publishedAt) {
    return new Builder(
        Lists.require(id, "id"), Lists.require(headline, "headline"), Lists.require(publishedAt, "publishedAt"));
  }

  /**
   * Returns a builder holding this item's components.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(id, headline, publishedAt)
        .url(url)
        .articleId(articleId)
        .priority(priority)
        .expiresAt(expiresAt);
  }

  /**
   * Whether a reader sees this item at {@code instant}: it has appeared and has not expired.
   *
   * @param instant the time of reading
   * @return true when {@code publishedAt <= instant < expiresAt}
   */
  public boolean isActiveAt(Instant instant) {
    return !publishedAt.isAfter(instant) && (expiresAt == null || instant.isBefore(expiresAt));
  }

  /**
   * A builder of {@link TickerItem}s. It is mutable and not thread-safe; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private String id;
    private String headline;
    private Instant publishedAt;
    private @Nullable String url;
    private @Nullable String articleId;
    private @Nullable TickerPriority priority = TickerPriority.NORMAL;
    private @Nullable Instant expiresAt;

    private Builder(String id, String headline, Instant publishedAt) {
      this.id = id;
      this.headline = headline;
      this.publishedAt = publishedAt;
    }

    /**
     * Sets the identifier.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the headline.
     *
     * @param headline the headline
     * @return this builder
     */
    public Builder headline(@Nullable String headline) {
      this.headline = headline;
      return this;
    }

    /**
     * Sets the URL.
     *
     * @param url where the item leads, or null
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the article identifier.
     *
     * @param articleId the article's identifier, or null
     * @return this builder
     */
    public Builder articleId(@Nullable String articleId) {
      this.articleId = articleId;
      return this;
    }

    /**
     * Sets the priority.
     *
     * @param priority how urgent the item is; null reads as normal
     * @return this builder
     */
    public Builder priority(@Nullable TickerPriority priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets the publication time.
     *
     * @param publishedAt when the item appeared
     * @return this builder
     */
    public Builder publishedAt(@Nullable Instant publishedAt) {
      this.publishedAt = publishedAt;
      return this;
    }

    /**
     * Sets the expiry time.
     *
     * @param expiresAt when the item stops being shown, or null
     * @return this builder
     */
    public Builder expiresAt(@Nullable Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Returns a well-formed item.
     *
     * @return the item
     * @throws dev.masthead.validation.InvalidContentException listing every violation
     */
    public TickerItem build() {
      Lists.requirePresent("ticker item", "id", id, "headline", headline, "publishedAt", publishedAt);
      return MastheadValidator.standard()
          .requireWellFormed(new TickerItem(id, headline, url, articleId, priority, publishedAt, expiresAt));
    }
  }
}
