package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;

class UnknownBlockTest {
  private static final String VIDEO = "{\"type\":\"video\",\"src\":\"https://video.example.com/1.mp4\"}";

  @Test
  void is_of_the_unknown_type_and_carries_its_own() {
    UnknownBlock block = new UnknownBlock("video", VIDEO);

    assertThat(block.type()).isEqualTo(BlockType.UNKNOWN);
    assertThat(block.wireType()).isEqualTo("video");
    assertThat(violations(block)).isEmpty();
  }

  @Test
  void adds_no_words_and_no_text_to_its_article() {
    Article article = Fixtures.article(a -> a.body = java.util.List.of(Paragraph.of("Two words."),
        new UnknownBlock("video", VIDEO)));

    assertThat(article.wordCount()).isEqualTo(2);
    assertThat(article.plainText()).isEqualTo("City council approves 2025 budget\n\nTwo words.");
  }

  @Test
  void holds_a_single_line_type_of_at_most_64_code_points() {
    assertThat(violations(new UnknownBlock("v".repeat(65), VIDEO)))
        .containsExactly(Violation.of("/wireType", Codes.TOO_LONG, "must be at most 64 characters"));
  }

  @Test
  void refuses_null_parts() {
    assertThatThrownBy(() -> new UnknownBlock(null, VIDEO)).isInstanceOf(NullPointerException.class).hasMessage("wireType");
    assertThatThrownBy(() -> new UnknownBlock("video", null)).isInstanceOf(NullPointerException.class).hasMessage("json");
  }
}
