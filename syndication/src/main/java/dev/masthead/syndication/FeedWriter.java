package dev.masthead.syndication;

import dev.masthead.conversion.Converted;
import dev.masthead.html.HtmlWriter;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Ticker;
import dev.masthead.syndication.internal.AtomEncoder;
import dev.masthead.syndication.internal.Feed;
import dev.masthead.syndication.internal.FeedAssembler;
import dev.masthead.syndication.internal.JsonFeedEncoder;
import dev.masthead.syndication.internal.Losses;
import dev.masthead.syndication.internal.RssEncoder;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes a ticker or a list of articles as a feed: JSON Feed 1.1, RSS 2.0 or Atom 1.0.
 *
 * <p>{@code String rss = FeedWriter.of(FeedFormat.RSS).write(ticker, FeedMetadata.defaults()).value();}
 *
 * <ul>
 *   <li>A ticker gives its items active at the feed's time ({@link FeedMetadata#at()}), in display
 *       order; an article list gives its published, unembargoed, unexpired articles in the order
 *       given. Up to {@link FeedMetadata#limit()} items.
 *   <li>Item ids are stable across runs: the article's {@code uri}, else {@code
 *       urn:masthead:article:ID}, for an article; {@code
 *       urn:masthead:ticker:TICKER:item:ITEM} for a ticker item. The feed's id is its feed URL, or
 *       {@code urn:masthead:ticker:ID}, or {@code urn:masthead:feed:article:ID} of the first
 *       article.
 *   <li>Text reaches XML as escaped character data, never CDATA, with characters XML 1.0 cannot
 *       hold replaced by U+FFFD and reported as changed; JSON is written by Jackson with {@code <},
 *       {@code >}, {@code &}, U+2028 and U+2029 escaped.
 *   <li>The body goes out as the HTML of the {@code masthead-html} module's {@link HtmlWriter}
 *       (its losses reported under {@code /body}) beside plain text, or as plain text alone when
 *       {@link Builder#htmlBody(Function)} is given null (escaped into HTML paragraphs where RSS
 *       wants HTML).
 * </ul>
 *
 * <p>The losses of the result point into the input: {@code /items/3} of a ticker, {@code
 * /2/authors/0/url} of the third article of a list, {@code /headline} of a single article.
 *
 * <p>This class is immutable and thread-safe when its renderer is.
 */
public final class FeedWriter {
  private final FeedFormat format;
  private final @Nullable Function<? super List<Block>, Converted<String>> htmlBody;
  private final Clock clock;

  private FeedWriter(Builder builder) {
    this.format = builder.format;
    this.htmlBody = builder.htmlBody;
    this.clock = builder.clock;
  }

  /**
   * Returns a writer of the format with the defaults: bodies rendered by {@link HtmlWriter}, the
   * system clock.
   *
   * @param format the feed format
   * @return the writer
   */
  public static FeedWriter of(FeedFormat format) {
    return builder(format).build();
  }

  /**
   * Returns a builder of a writer of the format.
   *
   * @param format the feed format
   * @return a builder
   */
  public static Builder builder(FeedFormat format) {
    return new Builder(format);
  }

  /**
   * Returns a builder holding this writer's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(format).htmlBody(htmlBody).clock(clock);
  }

  /**
   * Returns the format this writer writes.
   *
   * @return the format
   */
  public FeedFormat format() {
    return format;
  }

  /**
   * Writes the feed of a ticker.
   *
   * @param ticker the ticker
   * @param metadata the feed's metadata; absent parts take their defaults from the ticker
   * @return the feed document, with what it dropped, changed or guessed
   */
  public Converted<String> write(Ticker ticker, FeedMetadata metadata) {
    Objects.requireNonNull(ticker, "ticker");
    Losses losses = new Losses();
    Feed feed = assembler(metadata, losses).ticker(ticker);
    return Converted.of(encode(feed, losses), losses.toList());
  }

  /**
   * Writes the feed of one article.
   *
   * @param article the article
   * @param metadata the feed's metadata; absent parts take their defaults from the article
   * @return the feed document, with what it dropped, changed or guessed
   */
  public Converted<String> write(Article article, FeedMetadata metadata) {
    Objects.requireNonNull(article, "article");
    Losses losses = new Losses();
    Feed feed = assembler(metadata, losses).articles(List.of(article), true);
    return Converted.of(encode(feed, losses), losses.toList());
  }

  /**
   * Writes the feed of a list of articles, in the order given.
   *
   * @param articles the articles
   * @param metadata the feed's metadata; absent parts take their defaults from the first article
   * @return the feed document, with what it dropped, changed or guessed
   */
  public Converted<String> write(Collection<? extends Article> articles, FeedMetadata metadata) {
    Losses losses = new Losses();
    Feed feed = assembler(metadata, losses).articles(List.copyOf(articles), false);
    return Converted.of(encode(feed, losses), losses.toList());
  }

  private FeedAssembler assembler(FeedMetadata metadata, Losses losses) {
    Objects.requireNonNull(metadata, "metadata");
    return new FeedAssembler(metadata, htmlBody, clock.instant(), losses);
  }

  private String encode(Feed feed, Losses losses) {
    return switch (format) {
      case JSON_FEED -> JsonFeedEncoder.write(feed);
      case RSS -> RssEncoder.write(feed, losses);
      case ATOM -> AtomEncoder.write(feed, losses);
    };
  }

  /**
   * A builder of {@link FeedWriter}s. It is mutable and not thread-safe; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private final FeedFormat format;
    private @Nullable Function<? super List<Block>, Converted<String>> htmlBody = HtmlWriter.standard()::body;
    private Clock clock = Clock.systemUTC();

    private Builder(FeedFormat format) {
      this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Sets the renderer of article bodies as HTML; {@code HtmlWriter.standard()::body} by default.
     *
     * @param htmlBody returns a body as safe HTML with its losses (pointers into the body), or null
     *     for plain text only
     * @return this builder
     */
    public Builder htmlBody(@Nullable Function<? super List<Block>, Converted<String>> htmlBody) {
      this.htmlBody = htmlBody;
      return this;
    }

    /**
     * Sets the clock that gives the time of writing, the default of {@link FeedMetadata#at()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Returns the writer.
     *
     * @return the writer
     */
    public FeedWriter build() {
      return new FeedWriter(this);
    }
  }
}
