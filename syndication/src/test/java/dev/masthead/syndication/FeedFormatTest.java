package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedFormatTest {
  @Test
  void names_the_media_type_of_each_format() {
    assertThat(FeedFormat.JSON_FEED.mediaType()).isEqualTo("application/feed+json");
    assertThat(FeedFormat.RSS.mediaType()).isEqualTo("application/rss+xml");
    assertThat(FeedFormat.ATOM.mediaType()).isEqualTo("application/atom+xml");
    assertThat(FeedWriter.of(FeedFormat.ATOM).format()).isEqualTo(FeedFormat.ATOM);
  }
}
