package dev.masthead.validation;

import static dev.masthead.model.Fixtures.articleWith;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanRangesTest {
  private static final String MESSAGE = "must lie inside the text, after the previous span, with start before end";
  /** Eleven code points, two of them astral. */
  private static final String TEXT = "Vote \uD83C\uDF89 now\uD83D\uDE00";

  private static Paragraph emphasis(Span... spans) {
    return new Paragraph(TEXT, List.of(), List.of(spans), List.of());
  }

  @Test
  void accepts_spans_inside_the_text_back_to_back() {
    assertThat(violations(emphasis(new Span(0, 4), new Span(4, 6), new Span(7, 10)))).isEmpty();
  }

  @Test
  void lets_emphasis_overlap_strong_and_links() {
    Paragraph paragraph = new Paragraph(TEXT, List.of(Link.of(0, 6, "https://example.com/")),
        List.of(new Span(0, 10)), List.of(new Span(2, 8)));

    assertThat(violations(paragraph)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "-1, 3, start",
    "0, 0, end",
    "5, 4, end",
    "0, 12, end"
  })
  void rejects_a_span_outside_the_text_or_empty(int start, int end, String property) {
    assertThat(violations(emphasis(new Span(start, end))))
        .containsExactly(Violation.of("/emphasis/0/" + property, Codes.SPAN_RANGE, MESSAGE));
  }

  @Test
  void rejects_overlapping_spans_in_one_list_and_reports_each_list() {
    Paragraph paragraph = new Paragraph(TEXT, List.of(), List.of(new Span(0, 5), new Span(4, 6)),
        List.of(new Span(0, 2), new Span(9, 12)));

    assertThat(violations(paragraph))
        .containsExactly(
            Violation.of("/emphasis/1/start", Codes.SPAN_RANGE, MESSAGE),
            Violation.of("/strong/1/end", Codes.SPAN_RANGE, MESSAGE));
  }

  @Test
  void points_into_the_article_where_the_paragraph_stands() {
    assertThat(violations(articleWith(Paragraph.of("One."), emphasis(new Span(3, 20)))))
        .containsExactly(Violation.of("/body/1/emphasis/0/end", Codes.SPAN_RANGE, MESSAGE));
  }
}
