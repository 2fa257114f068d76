package dev.masthead.syndication;

/**
 * A feed format that {@link FeedWriter} writes.
 *
 * <p>{@code FeedWriter.of(FeedFormat.ATOM).write(ticker, FeedMetadata.defaults())}
 */
public enum FeedFormat {
  /** JSON Feed 1.1, {@code application/feed+json}. */
  JSON_FEED("application/feed+json"),
  /** RSS 2.0, {@code application/rss+xml}. */
  RSS("application/rss+xml"),
  /** Atom 1.0 (RFC 4287), {@code application/atom+xml}. */
  ATOM("application/atom+xml");

  private final String mediaType;

  FeedFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * Returns the media type a server sends the feed with.
   *
   * @return the media type, such as {@code application/feed+json}
   */
  public String mediaType() {
    return mediaType;
  }
}
