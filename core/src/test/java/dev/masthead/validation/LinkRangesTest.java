package dev.masthead.validation;

import static dev.masthead.model.Fixtures.articleWith;
import static dev.masthead.model.Fixtures.repeat;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkRangesTest {
  /** 18 code points. */
  private static final String TEXT = "The council voted.";
  private static final String HREF = "https://news.example.com/council";
  private static final String MESSAGE = "must lie inside the text, after the previous link, with start before end";

  private static Link link(int start, int end) {
    return new Link(start, end, HREF);
  }

  static Stream<Arguments> goodRanges() {
    return Stream.of(
        arguments(List.of(link(4, 11))),
        arguments(List.of(link(0, 18))),
        arguments(List.of(link(0, 3), link(4, 11))),
        arguments(List.of(link(0, 3), link(3, 11), link(11, 18))),
        arguments(List.of(link(17, 18))));
  }

  @ParameterizedTest
  @MethodSource("goodRanges")
  void accepts_ordered_ranges_inside_the_text(List<Link> links) {
    assertThat(violations(articleWith(new Paragraph(TEXT, links)))).isEmpty();
  }

  static Stream<Arguments> badRanges() {
    return Stream.of(
        arguments(List.of(link(4, 19)), "/body/0/links/0/end"),
        arguments(List.of(link(4, 4)), "/body/0/links/0/end"),
        arguments(List.of(link(11, 4)), "/body/0/links/0/end"),
        arguments(List.of(link(18, 19)), "/body/0/links/0/end"),
        arguments(List.of(link(-1, 3)), "/body/0/links/0/start"),
        arguments(List.of(link(0, 3), link(4, 30)), "/body/0/links/1/end"),
        arguments(List.of(link(4, 11), link(8, 12)), "/body/0/links/1/start"),
        arguments(List.of(link(12, 17), link(0, 3)), "/body/0/links/1/start"));
  }

  @ParameterizedTest
  @MethodSource("badRanges")
  void rejects_ranges_outside_the_text_empty_or_overlapping(List<Link> links, String pointer) {
    assertThat(violations(articleWith(new Paragraph(TEXT, links))))
        .containsExactly(Violation.of(pointer, Codes.LINK_RANGE, MESSAGE));
  }

  @Test
  void counts_offsets_in_code_points() {
    // An emoji, a space and "council": 9 code points, 10 UTF-16 units.
    String text = repeat(0x1F3DB, 1) + " council";

    assertThat(text).hasSize(10);
    assertThat(violations(articleWith(new Paragraph(text, List.of(link(2, 9)))))).isEmpty();
    assertThat(violations(articleWith(new Paragraph(text, List.of(link(2, 10))))))
        .containsExactly(Violation.of("/body/0/links/0/end", Codes.LINK_RANGE, MESSAGE));
  }

  @Test
  void reports_every_bad_link() {
    Paragraph paragraph = new Paragraph(TEXT, List.of(link(0, 3), link(2, 5), link(6, 40)));

    assertThat(violations(articleWith(Paragraph.of("First."), paragraph)))
        .extracting(Violation::pointer)
        .containsExactly("/body/1/links/1/start", "/body/1/links/2/end");
  }

  @Test
  void makes_the_factory_reject_a_link_past_the_end() {
    assertThatThrownBy(() -> Paragraph.of(TEXT, Link.of(4, 40, HREF)))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("paragraph is not well-formed: /links/0/end: link_range: " + MESSAGE);
  }

  /** The fast path's answer, told what a reader checked, is the report's: valid exactly when it is empty. */
  @ParameterizedTest
  @MethodSource({"goodRanges", "badRanges"})
  void answers_on_the_fast_path_as_the_report_does(List<Link> links) {
    Paragraph paragraph = new Paragraph(TEXT, links);
    boolean reportEmpty = violations(articleWith(paragraph)).isEmpty();
    var validator = new dev.masthead.model.internal.LinkRangesValidator();

    assertThat(validator.isValid(paragraph, CheckedText.NOTHING)).isEqualTo(reportEmpty);
    assertThat(validator.isValid(paragraph, CheckedText.CHARACTERS_IN_BMP)).isEqualTo(reportEmpty);
  }

  @Test
  void counts_code_points_on_the_fast_path_unless_the_reader_knows_there_are_no_others() {
    String text = repeat(0x1F3DB, 1) + " council";
    var validator = new dev.masthead.model.internal.LinkRangesValidator();

    assertThat(validator.isValid(new Paragraph(text, List.of(link(2, 9))), CheckedText.CHARACTERS)).isTrue();
    assertThat(validator.isValid(new Paragraph(text, List.of(link(2, 10))), CheckedText.CHARACTERS)).isFalse();
    assertThat(MastheadValidator.standard().validate(articleWith(new Paragraph(text, List.of(link(2, 10)))),
            ValidationLevel.WELL_FORMED, CheckedText.CHARACTERS))
        .containsExactly(Violation.of("/body/0/links/0/end", Codes.LINK_RANGE, MESSAGE));
    assertThat(validator.isValid(null, CheckedText.NOTHING)).isTrue();
  }
}
