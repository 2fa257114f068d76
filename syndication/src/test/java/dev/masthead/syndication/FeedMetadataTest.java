package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedMetadataTest {
  @Test
  void defaults_have_every_part_absent() {
    assertThat(FeedMetadata.defaults()).isEqualTo(new FeedMetadata(null, null, null, null, null, null, null, null, null));
    assertThat(FeedMetadata.builder().build()).isEqualTo(FeedMetadata.defaults());
  }

  @Test
  void builder_round_trips_through_to_builder() {
    FeedMetadata metadata = FeedMetadata.builder().title("Portside").link("https://news.example.com/")
        .feedUrl("https://news.example.com/feed.xml").description("Local news").author("The desk")
        .authorUrl("https://news.example.com/desk").language("en-GB").limit(20)
        .at(Instant.parse("2024-05-01T12:00:00Z")).build();

    assertThat(metadata.toBuilder().build()).isEqualTo(metadata);
    assertThat(metadata.limit()).isEqualTo(20);
    assertThat(metadata.language()).isEqualTo("en-GB");
  }

  @Test
  void rejects_every_part_that_breaks_its_rule_at_once() {
    assertThatThrownBy(() -> FeedMetadata.builder().link("javascript:alert(1)").language("en_GB").limit(0)
            .title("two\nlines").build())
        .isInstanceOf(InvalidContentException.class)
        .extracting(e -> ((InvalidContentException) e).violations().stream().map(Violation::toString).toList())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder(
            "/language: invalid_language_tag: must be a well-formed BCP 47 language tag such as en-GB",
            "/limit: too_small: must be at least 1",
            "/link: url_scheme: must be an absolute URL starting with http:// or https://",
            "/title: line_break: must be a single line without line separators (found U+000A at index 3)");
  }
}
