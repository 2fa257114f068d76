package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;

class LinkTest {
  private static final String HREF = "https://news.example.com/council";

  @Test
  void links_the_first_occurrence_of_an_anchor() {
    assertThat(Link.over("The council voted; the council left.", "council", HREF))
        .isEqualTo(Link.of(4, 11, HREF));
  }

  @Test
  void counts_the_anchor_offsets_in_code_points() {
    String text = Fixtures.repeat(0x1F3DB, 2) + " council \ud83d\ude00 voted";

    Link link = Link.over(text, "council \ud83d\ude00", HREF);

    assertThat(link.start()).isEqualTo(3);
    assertThat(link.end()).isEqualTo(12);
    assertThat(violations(Paragraph.of(text, link))).isEmpty();
  }

  @Test
  void rejects_an_anchor_that_is_absent_or_empty() {
    assertThatThrownBy(() -> Link.over("The council voted.", "mayor", HREF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("anchor must occur in text");
    assertThatThrownBy(() -> Link.over("The council voted.", "", HREF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("anchor must occur in text");
  }

  @Test
  void rejects_a_target_that_is_not_an_http_url() {
    assertThatThrownBy(() -> Link.of(0, 3, "javascript:alert(1)"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("link is not well-formed: /href: url_scheme: "
            + "must be an absolute URL starting with http:// or https://");
    assertThatThrownBy(() -> new Link(0, 3, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("href must not be null");
  }

  @Test
  void over_finds_an_anchor_at_the_start_of_the_text() {
    assertThat(Link.over("Council voted.", "Council", HREF)).isEqualTo(Link.of(0, 7, HREF));
  }
}
