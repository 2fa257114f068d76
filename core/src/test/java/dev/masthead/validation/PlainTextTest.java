package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.articleWith;
import static dev.masthead.model.Fixtures.repeat;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.masthead.model.Article;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Note;
import dev.masthead.model.Paragraph;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {
  private static final int GRINNING_FACE = 0x1F600;

  private static Article headline(String headline) {
    return article(a -> a.headline = headline);
  }

  private static Article paragraph(String text) {
    return articleWith(new Paragraph(text, List.of()));
  }

  @Test
  void accepts_an_ordinary_headline() {
    assertThat(violations(headline("City council approves 2025 budget"))).isEmpty();
  }

  @Test
  void stores_markup_verbatim_as_the_characters_it_is() {
    Article article = Fixtures.article().withHeadline("<b>bold</b>");

    assertThat(violations(article)).isEmpty();
    assertThat(article.headline()).isEqualTo("<b>bold</b>").hasSize(11);
    assertThat(violations(headline("Tom & Jerry <script>alert(1)</script> &amp;"))).isEmpty();
  }

  static Stream<Arguments> headlineLengths() {
    return Stream.of(
        arguments("a", 1, true),
        arguments("a", 300, true),
        arguments("a", 301, false),
        arguments("\u00e9", 300, true),
        arguments("\u00e9", 301, false),
        arguments(Character.toString(GRINNING_FACE), 300, true),
        arguments(Character.toString(GRINNING_FACE), 301, false));
  }

  @ParameterizedTest(name = "{1} x \"{0}\" accepted: {2}")
  @MethodSource("headlineLengths")
  void counts_the_headline_limit_in_code_points(String character, int count, boolean accepted) {
    List<Violation> violations = violations(headline(character.repeat(count)));

    if (accepted) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations)
          .containsExactly(Violation.of("/headline", Codes.TOO_LONG, "must be at most 300 characters"));
    }
  }

  @Test
  void accepts_300_astral_code_points_although_they_are_600_utf16_units() {
    String headline = repeat(GRINNING_FACE, 300);

    assertThat(headline).hasSize(600);
    assertThat(violations(headline(headline))).isEmpty();
  }

  static Stream<Arguments> limitsOfOtherTexts() {
    return Stream.of(
        arguments("kicker", 100),
        arguments("subheadline", 500),
        arguments("summary", 1_000),
        arguments("dateline", 200),
        arguments("tags/0", 64));
  }

  @ParameterizedTest(name = "{0} holds at most {1}")
  @MethodSource("limitsOfOtherTexts")
  void enforces_each_text_limit_at_the_limit_and_one_over(String field, int max) {
    Article atLimit = withText(field, repeat(GRINNING_FACE, max));
    Article overLimit = withText(field, repeat(GRINNING_FACE, max + 1));

    assertThat(violations(atLimit)).isEmpty();
    assertThat(violations(overLimit))
        .containsExactly(Violation.of("/" + field, Codes.TOO_LONG, "must be at most " + max + " characters"));
  }

  private static Article withText(String field, String text) {
    return article(a -> {
      switch (field) {
        case "kicker":
          a.kicker = text;
          break;
        case "subheadline":
          a.subheadline = text;
          break;
        case "summary":
          a.summary = text;
          break;
        case "dateline":
          a.dateline = text;
          break;
        case "tags/0":
          a.tags = List.of(text);
          break;
        default:
          throw new IllegalArgumentException(field);
      }
    });
  }

  @Test
  void enforces_the_paragraph_limit_of_20000_code_points() {
    assertThat(violations(paragraph(repeat(GRINNING_FACE, 20_000)))).isEmpty();
    assertThat(violations(paragraph(repeat(GRINNING_FACE, 20_001))))
        .containsExactly(Violation.of("/body/0/text", Codes.TOO_LONG, "must be at most 20000 characters"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\u00a0", "\u3000", "\u00a0\u3000", " \u2003\u00a0", "\u200f"})
  void rejects_blank_headlines_including_no_break_and_ideographic_spaces(String blank) {
    assertThat(violations(headline(blank)))
        .containsExactly(Violation.of("/headline", Codes.BLANK, "must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\t\r\n", "\u3000\n\u00a0"})
  void rejects_paragraphs_of_only_white_space(String blank) {
    assertThat(violations(paragraph(blank)))
        .containsExactly(Violation.of("/body/0/text", Codes.BLANK, "must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E})
  void rejects_bidi_embeddings_and_overrides_naming_the_code_point_and_index(int override) {
    String expected = String.format(
        "must not contain bidirectional overrides (found U+%04X at index 3)", override);

    assertThat(violations(headline("abc" + Character.toString(override) + "def")))
        .containsExactly(Violation.of("/headline", Codes.BIDI_OVERRIDE, expected));
    assertThat(violations(paragraph("abc" + Character.toString(override) + "def")))
        .containsExactly(Violation.of("/body/0/text", Codes.BIDI_OVERRIDE, expected));
  }

  @Test
  void reports_the_index_in_code_points_not_utf16_units() {
    String text = repeat(GRINNING_FACE, 2) + "\u202e";

    assertThat(violations(headline(text)))
        .containsExactly(Violation.of(
            "/headline", Codes.BIDI_OVERRIDE,
            "must not contain bidirectional overrides (found U+202E at index 2)"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x200B, 0xFEFF})
  void rejects_zero_width_space_and_byte_order_mark(int invisible) {
    assertThat(violations(headline("Budget" + Character.toString(invisible))))
        .containsExactly(Violation.of(
            "/headline", Codes.INVISIBLE_CHARACTER,
            String.format("must not contain invisible characters (found U+%04X at index 6)", invisible)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x2028, 0x2029, 0x0085})
  void rejects_unicode_line_separators_even_in_multi_line_text(int separator) {
    String text = "one" + Character.toString(separator) + "two";
    String message = String.format(
        "must be a single line without line separators (found U+%04X at index 3)", separator);

    assertThat(violations(headline(text))).containsExactly(Violation.of("/headline", Codes.LINE_BREAK, message));
    assertThat(violations(paragraph(text))).containsExactly(Violation.of("/body/0/text", Codes.LINE_BREAK, message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\ntwo", "one\rtwo", "one\r\ntwo"})
  void rejects_line_feeds_and_carriage_returns_in_a_headline(String text) {
    assertThat(violations(headline(text)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/headline", Codes.LINE_BREAK));
  }

  @Test
  void rejects_a_tab_in_a_headline() {
    assertThat(violations(headline("one\ttwo")))
        .containsExactly(Violation.of(
            "/headline", Codes.CONTROL_CHARACTER,
            "must not contain control characters (found U+0009 at index 3)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\ntwo", "one\r\ntwo", "one\ttwo", "first line\n\n\tindented second"})
  void allows_tabs_and_line_breaks_in_a_paragraph(String text) {
    assertThat(violations(paragraph(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x9B, 0x9F})
  void rejects_control_characters_in_single_and_multi_line_text(int control) {
    String text = "a" + Character.toString(control);
    String message = String.format("must not contain control characters (found U+%04X at index 1)", control);

    assertThat(violations(headline(text)))
        .containsExactly(Violation.of("/headline", Codes.CONTROL_CHARACTER, message));
    assertThat(violations(paragraph(text)))
        .containsExactly(Violation.of("/body/0/text", Codes.CONTROL_CHARACTER, message));
  }

  static Stream<Arguments> unpairedSurrogates() {
    return Stream.of(
        arguments("\ud800", "U+D800", 0),
        arguments("ab\udc00", "U+DC00", 2),
        arguments("ab\ud83d", "U+D83D", 2),
        arguments("\ude00\ud83d", "U+DE00", 0),
        arguments("\ud83d\ud83d\ude00", "U+D83D", 0));
  }

  @ParameterizedTest
  @MethodSource("unpairedSurrogates")
  void rejects_unpaired_surrogates(String text, String codePoint, int index) {
    assertThat(violations(headline(text)))
        .containsExactly(Violation.of(
            "/headline", Codes.UNPAIRED_SURROGATE,
            "must not contain unpaired surrogates (found " + codePoint + " at index " + index + ")"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF})
  void rejects_noncharacters(int noncharacter) {
    assertThat(violations(headline("x" + Character.toString(noncharacter))))
        .containsExactly(Violation.of(
            "/headline", Codes.NONCHARACTER,
            String.format("must not contain noncharacters (found U+%04X at index 1)", noncharacter)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0xE000, 0xF8FF, 0xF0000, 0x10FFFD})
  void rejects_private_use_characters(int privateUse) {
    assertThat(violations(headline("x" + Character.toString(privateUse))))
        .containsExactly(Violation.of(
            "/headline", Codes.PRIVATE_USE,
            String.format("must not contain private-use characters (found U+%04X at index 1)", privateUse)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // right-to-left mark after a Persian word
    "\u0633\u06cc\u0627\u0648\u0634\u200f (Siavosh)",
    // left-to-right mark
    "Budget\u200e 2025",
    // right-to-left, left-to-right and first-strong isolates, and their terminator
    "He said \u2067\u0633\u0644\u0627\u0645\u2069 and \u2066ok\u2069 \u2068x\u2069",
    // zero-width non-joiner inside a Persian word ("mikhaham")
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    // zero-width joiner inside an emoji sequence (woman technologist)
    "\ud83d\udc69\u200d\ud83d\udcbb at work",
    // combining acute accent
    "cafe\u0301"
  })
  void allows_bidi_marks_isolates_joiners_and_combining_marks(String text) {
    assertThat(violations(headline(text))).isEmpty();
  }

  @Test
  void allows_30_combining_marks_in_a_row() {
    assertThat(violations(headline("e" + repeat(0x0301, 30)))).isEmpty();
  }

  @Test
  void rejects_more_than_30_combining_marks_in_a_row() {
    assertThat(violations(headline("e" + repeat(0x0301, 31))))
        .containsExactly(Violation.of(
            "/headline", Codes.COMBINING_MARKS,
            "must not stack more than 30 combining marks (at index 31)"));
  }

  @Test
  void counts_combining_marks_per_run() {
    assertThat(violations(headline("e" + repeat(0x0301, 30) + "a" + repeat(0x0308, 30)))).isEmpty();
  }

  @Test
  void reports_a_bad_tag_at_its_index() {
    Article article = article(a -> a.tags = List.of("budget", "council", "tax", "\u00a0"));

    assertThat(violations(article)).containsExactly(Violation.of("/tags/3", Codes.BLANK, "must not be blank"));
  }

  @Test
  void leaves_an_absent_text_on_an_application_bean_alone_and_applies_its_limit() {
    try (ValidatorFactory factory = MastheadValidator.newValidatorFactory()) {
      MastheadValidator validator = MastheadValidator.of(factory.getValidator());

      assertThat(validator.validate(new Note(null, null), ValidationLevel.WELL_FORMED)).isEmpty();
      assertThat(validator.validate(new Note(null, "0123456789"), ValidationLevel.WELL_FORMED)).isEmpty();
      assertThat(validator.validate(new Note(null, "0123456789A"), ValidationLevel.WELL_FORMED))
          .extracting(Violation::pointer, Violation::code)
          .containsExactly(tuple("/text", Codes.TOO_LONG));
    }
  }
}
