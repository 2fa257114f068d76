package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphTest {
  private static final Link COUNCIL = new Link(4, 11, "https://news.example.com/council");

  @Test
  void makes_a_paragraph_with_links() {
    Paragraph paragraph = Paragraph.of("The council voted.", COUNCIL);

    assertThat(paragraph.text()).isEqualTo("The council voted.");
    assertThat(paragraph.links()).containsExactly(COUNCIL);
    assertThat(paragraph.type()).isEqualTo(BlockType.PARAGRAPH);
  }

  @Test
  void copies_the_links_and_keeps_them_unmodifiable() {
    List<Link> links = new ArrayList<>(List.of(COUNCIL));
    Paragraph paragraph = Paragraph.of("The council voted.", links);

    links.clear();

    assertThat(paragraph.links()).containsExactly(COUNCIL);
    assertThatThrownBy(() -> paragraph.links().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void reads_null_links_as_empty_and_rejects_null_elements() {
    assertThat(new Paragraph("Text.", null).links()).isEmpty();
    assertThatThrownBy(() -> new Paragraph("Text.", Arrays.asList(COUNCIL, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("links[1] must not be null");
  }

  @Test
  void requires_text() {
    assertThatThrownBy(() -> new Paragraph(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }

  @Test
  void rejects_malformed_paragraphs_from_the_factory() {
    assertThatThrownBy(() -> Paragraph.of(" \u3000"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("paragraph is not well-formed: /text: blank: must not be blank");
  }

  @Test
  void holds_at_most_1000_links() {
    String text = "x".repeat(2_002);
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < 1_001; i++) {
      links.add(new Link(2 * i, 2 * i + 1, "https://example.com/" + i));
    }

    assertThat(violations(new Paragraph(text, links.subList(0, 1_000)))).isEmpty();
    assertThat(violations(new Paragraph(text, links)))
        .containsExactly(Violation.of("/links", Codes.TOO_MANY, "must have at most 1000 elements"));
  }

  @Test
  void builds_links_emphasis_and_strong_and_back() {
    Paragraph paragraph = Paragraph.builder("Vote now, said the mayor.")
        .addLink(Link.of(0, 8, "https://news.example.com/vote"))
        .addEmphasis(Span.of(0, 4))
        .addStrong(Span.of(5, 8))
        .build();

    assertThat(paragraph.links()).containsExactly(Link.of(0, 8, "https://news.example.com/vote"));
    assertThat(paragraph.emphasis()).containsExactly(Span.of(0, 4));
    assertThat(paragraph.strong()).containsExactly(Span.of(5, 8));
    assertThat(paragraph.toBuilder().build()).isEqualTo(paragraph);
    assertThat(paragraph.toBuilder().strong(List.of()).build().strong()).isEmpty();
  }

  @Test
  void keeps_the_constructor_of_text_and_links() {
    Paragraph paragraph = new Paragraph("One.", List.of());

    assertThat(paragraph.emphasis()).isEmpty();
    assertThat(paragraph.strong()).isEmpty();
    assertThat(paragraph).isEqualTo(new Paragraph("One.", null, null, null));
  }

  @Test
  void makes_the_builder_reject_a_span_outside_the_text() {
    assertThatThrownBy(() -> Paragraph.builder("Vote.").addEmphasis(Span.of(2, 9)).build())
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("paragraph is not well-formed: /emphasis/0/end: span_range: "
            + "must lie inside the text, after the previous span, with start before end");
  }

  @Test
  void replacing_links_and_emphasis_drops_the_earlier_ones() {
    Link first = Link.of(0, 3, "https://example.com/a");
    Link second = Link.of(4, 11, "https://example.com/b");

    Paragraph paragraph = Paragraph.builder("The council voted.")
        .links(List.of(first)).links(List.of(second))
        .emphasis(List.of(Span.of(0, 3))).emphasis(List.of(Span.of(12, 17)))
        .build();

    assertThat(paragraph.links()).containsExactly(second);
    assertThat(paragraph.emphasis()).containsExactly(Span.of(12, 17));
  }
}
