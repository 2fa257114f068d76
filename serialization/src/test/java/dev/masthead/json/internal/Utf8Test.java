package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.validation.CheckedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8Test {
  static Stream<Arguments> wellFormed() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("ASCII", "{\"headline\":\"City council\"}"),
        Arguments.of("ASCII of a multiple of eight bytes", "12345678".repeat(4)),
        Arguments.of("two-byte letters", "caf\u00e9 \u00a3412m \u0645\u06cc"),
        Arguments.of("three-byte characters", "\u20ac \u2014 \u200c \u4e2d\u6587 \ufffd"),
        Arguments.of("four-byte emoji", "Budget passed \uD83C\uDF89"),
        Arguments.of("emoji after a run of ASCII", "aaaaaaaaaaaaaaaaa\uD83C\uDF89aaaaaaaa"),
        Arguments.of("last code point before the surrogates", "\ud7ff"),
        Arguments.of("first code point after the surrogates", "\ue000"),
        Arguments.of("U+FFFF", "\uffff"),
        Arguments.of("U+10000", "\uD800\uDC00"),
        Arguments.of("U+10FFFF", "\uDBFF\uDFFF"),
        Arguments.of("byte order mark", "\ufeff{}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wellFormed")
  void accepts_well_formed_utf8(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isEqualTo(-1);
  }

  static Stream<Arguments> illFormed() {
    return Stream.of(
        Arguments.of("overlong C0 80", bytes(0xC0, 0x80)),
        Arguments.of("overlong C1 BF", bytes(0xC1, 0xBF)),
        Arguments.of("overlong E0 80 80", bytes(0xE0, 0x80, 0x80)),
        Arguments.of("overlong E0 9F BF", bytes(0xE0, 0x9F, 0xBF)),
        Arguments.of("overlong F0 80 80 80", bytes(0xF0, 0x80, 0x80, 0x80)),
        Arguments.of("overlong F0 8F BF BF", bytes(0xF0, 0x8F, 0xBF, 0xBF)),
        Arguments.of("truncated two-byte sequence at the end", bytes(0xC3)),
        Arguments.of("truncated three-byte sequence at the end", bytes(0xE2, 0x82)),
        Arguments.of("truncated four-byte sequence at the end", bytes(0xF0, 0x9F, 0x8E)),
        Arguments.of("truncated sequence before ASCII", bytes(0xE2, 0x82, 'a')),
        Arguments.of("lone continuation byte 80", bytes(0x80)),
        Arguments.of("lone continuation byte BF", bytes(0xBF)),
        Arguments.of("high surrogate ED A0 80", bytes(0xED, 0xA0, 0x80)),
        Arguments.of("low surrogate ED BF BF", bytes(0xED, 0xBF, 0xBF)),
        Arguments.of("above U+10FFFF: F4 90 80 80", bytes(0xF4, 0x90, 0x80, 0x80)),
        Arguments.of("lead byte F5", bytes(0xF5, 0x80, 0x80, 0x80)),
        Arguments.of("byte FE", bytes(0xFE)),
        Arguments.of("byte FF", bytes(0xFF)),
        Arguments.of("bad second continuation E2 28 A1", bytes(0xE2, 0x28, 0xA1)),
        Arguments.of("bad third continuation F0 9F 8E 20", bytes(0xF0, 0x9F, 0x8E, 0x20)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("illFormed")
  void finds_the_first_byte_of_an_ill_formed_sequence(String name, byte[] sequence) {
    byte[] alone = sequence;
    byte[] afterText = concat("{\"headline\":\"City ".getBytes(StandardCharsets.UTF_8), sequence);
    byte[] afterValid = concat("caf\u00e9 \uD83C\uDF89 ".getBytes(StandardCharsets.UTF_8), sequence);

    assertThat(Utf8.firstInvalid(alone, 0, alone.length)).isZero();
    assertThat(Utf8.firstInvalid(afterText, 0, afterText.length)).isEqualTo(18);
    assertThat(Utf8.firstInvalid(afterValid, 0, afterValid.length)).isEqualTo(afterValid.length - sequence.length);
  }

  @Test
  void checks_only_the_given_range() {
    byte[] bytes = concat(bytes(0xFF), concat("abcdefghij\u00e9".getBytes(StandardCharsets.UTF_8), bytes(0xFF)));

    assertThat(Utf8.firstInvalid(bytes, 1, bytes.length - 1)).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(bytes, 1, bytes.length)).isEqualTo(bytes.length - 1);
    assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isZero();
  }

  @Test
  void treats_a_sequence_cut_by_the_end_of_the_range_as_truncated() {
    byte[] bytes = "ab\u20ac".getBytes(StandardCharsets.UTF_8);

    assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(bytes, 0, bytes.length - 1)).isEqualTo(2);
  }

  @Test
  void ends_cleanly_after_whole_runs_of_eight_ascii_bytes() {
    for (int length = 0; length <= 33; length++) {
      byte[] bytes = "a".repeat(length).getBytes(StandardCharsets.US_ASCII);

      assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).as("length %d", length).isEqualTo(-1);
      for (int from = 0; from <= length; from++) {
        assertThat(Utf8.firstInvalid(bytes, from, bytes.length)).isEqualTo(-1);
      }
    }
  }

  // What the scan finds out about the characters of a document (Utf8.Scan#facts).

  private static final CheckedText CHECKED = CheckedText.CHARACTERS;
  private static final CheckedText CHECKED_BMP = CheckedText.CHARACTERS_IN_BMP;
  private static final CheckedText NONE = CheckedText.NOTHING;

  private static final String EMOJI = "\uD83C\uDF89";
  private static final String ACUTE = "\u0301";

  /** A document whose headline holds {@code text} as it stands in the JSON source. */
  private static String doc(String source) {
    return "{\"headline\":\"" + source + "\",\"tags\":[\"budget\"]}";
  }

  static Stream<Arguments> facts() {
    return Stream.of(
        Arguments.of("plain ASCII", doc("City council approves 2025 budget"), CHECKED_BMP),
        Arguments.of("empty document", "", CHECKED_BMP),
        Arguments.of("LF, CR and TAB between tokens", "{\n\t\"headline\" :\r\n \"City\"\n}\n", CHECKED_BMP),
        Arguments.of("raw emoji", doc("Budget passed " + EMOJI), CHECKED),
        Arguments.of("raw U+10000", doc("a\uD800\uDC00"), CHECKED),
        Arguments.of("escaped quote", doc("say \\\"hi\\\""), CHECKED_BMP),
        Arguments.of("escaped backslash", doc("a\\\\b"), CHECKED_BMP),
        Arguments.of("escaped solidus", doc("a\\/b"), CHECKED_BMP),
        Arguments.of("escaped backslash then n", doc("a\\\\nb"), CHECKED_BMP),
        Arguments.of("two escaped backslashes then n", doc("a\\\\\\\\nb"), CHECKED_BMP),
        Arguments.of("escaped backslash then escaped n", doc("a\\\\\\nb"), NONE),
        Arguments.of("escaped quote then escaped n", doc("a\\\"\\nb"), NONE),
        Arguments.of("escape \\n", doc("a\\nb"), NONE),
        Arguments.of("escape \\r", doc("a\\rb"), NONE),
        Arguments.of("escape \\t", doc("a\\tb"), NONE),
        Arguments.of("escape \\b", doc("a\\bb"), NONE),
        Arguments.of("escape \\f", doc("a\\fb"), NONE),
        Arguments.of("escape \\u0041", doc("a\\u0041b"), NONE),
        Arguments.of("escape \\u00e9", doc("caf\\u00e9"), NONE),
        Arguments.of("escaped surrogate pair", doc("\\ud83c\\udf89"), NONE),
        Arguments.of("raw DEL", doc("a\u007Fb"), NONE),
        Arguments.of("raw DEL as the first byte", "\u007F{}", NONE),
        Arguments.of("raw DEL as the last byte", "{}\u007F", NONE),
        Arguments.of("raw U+0080", doc("a\u0080b"), NONE),
        Arguments.of("raw U+0085", doc("a\u0085b"), NONE),
        Arguments.of("raw U+009F", doc("a\u009Fb"), NONE),
        Arguments.of("raw U+200B", doc("a\u200Bb"), NONE),
        Arguments.of("raw U+2028", doc("a\u2028b"), NONE),
        Arguments.of("raw U+2029", doc("a\u2029b"), NONE),
        Arguments.of("raw U+202A", doc("a\u202Ab"), NONE),
        Arguments.of("raw U+202E", doc("a\u202Eb"), NONE),
        Arguments.of("raw U+FEFF not at the start", doc("a\uFEFFb"), NONE),
        Arguments.of("raw U+FDD0", doc("a\uFDD0b"), NONE),
        Arguments.of("raw U+FDEF", doc("a\uFDEFb"), NONE),
        Arguments.of("raw U+FFFE", doc("a\uFFFEb"), NONE),
        Arguments.of("raw U+FFFF", doc("a\uFFFFb"), NONE),
        Arguments.of("raw U+1FFFE", doc("a" + new String(Character.toChars(0x1FFFE))), NONE),
        Arguments.of("raw U+E000", doc("a\uE000b"), NONE),
        Arguments.of("raw U+F8FF", doc("a\uF8FFb"), NONE),
        Arguments.of("raw U+F0000", doc("a" + new String(Character.toChars(0xF0000))), NONE),
        Arguments.of("raw U+10FFFD", doc("a" + new String(Character.toChars(0x10FFFD))), NONE),
        Arguments.of("raw U+00A0 and U+00E9", doc("caf\u00E9\u00A0au lait"), CHECKED_BMP),
        Arguments.of("raw em dash", doc("a \u2014 b"), CHECKED_BMP),
        Arguments.of("raw ZWNJ U+200C", doc("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"), CHECKED_BMP),
        Arguments.of("raw ZWJ U+200D", doc("\uD83D\uDC69\u200D\uD83D\uDCBB"), CHECKED),
        Arguments.of("raw LRM U+200E", doc("a\u200Eb"), CHECKED_BMP),
        Arguments.of("raw U+2066 and U+2069 (isolates)", doc("\u2066abc\u2069"), CHECKED_BMP),
        Arguments.of("raw U+2027 and U+202F (around the forbidden range)", doc("\u2027\u202F"), CHECKED_BMP),
        Arguments.of("raw U+FDCF and U+FDF0 (around the noncharacters)", doc("\uFDCF\uFDF0"), CHECKED_BMP),
        Arguments.of("raw U+D7FF and U+F900 (around private use)", doc("\uD7FF\uF900"), CHECKED_BMP),
        Arguments.of("raw U+FFFD", doc("\uFFFD"), CHECKED_BMP),
        Arguments.of("raw U+EFFFD (below supplementary private use)", doc(new String(Character.toChars(0xEFFFD))), CHECKED),
        Arguments.of("raw CJK", doc("\u4E2D\u6587\u65B0\u95FB"), CHECKED_BMP),
        Arguments.of("raw Persian", doc("\u062E\u0628\u0631 \u0641\u0627\u0631\u0633\u06CC"), CHECKED_BMP),
        Arguments.of("30 combining marks after a letter", doc("e" + ACUTE.repeat(30)), CHECKED_BMP),
        Arguments.of("31 combining marks after a letter", doc("e" + ACUTE.repeat(31)), NONE),
        Arguments.of("20 combining marks, ASCII, 20 more", doc("e" + ACUTE.repeat(20) + "e" + ACUTE.repeat(20)), CHECKED_BMP),
        Arguments.of("20 combining marks, a letter of two bytes, 20 more",
            doc("e" + ACUTE.repeat(20) + "\u00E9" + ACUTE.repeat(20)), CHECKED_BMP),
        Arguments.of("20 combining marks, an escaped quote, 20 more",
            doc("e" + ACUTE.repeat(20) + "\\\"" + ACUTE.repeat(20)), CHECKED_BMP),
        Arguments.of("31 combining marks of three bytes", doc("e" + "\u20D0".repeat(31)), NONE),
        Arguments.of("30 combining marks of three bytes", doc("e" + "\u20D0".repeat(30)), CHECKED_BMP),
        Arguments.of("31 combining marks of two, three and four bytes",
            doc("e" + (ACUTE + "\u20D0" + new String(Character.toChars(0x1D167))).repeat(10) + ACUTE), NONE),
        Arguments.of("30 combining marks of four bytes", doc("e" + new String(Character.toChars(0x1D167)).repeat(30)),
            CHECKED),
        Arguments.of("31 combining marks in two strings", "[\"e" + ACUTE.repeat(16) + "\",\"" + ACUTE.repeat(15) + "\"]",
            CHECKED_BMP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void finds_out_whether_the_characters_of_a_document_are_allowed(String name, String document, CheckedText expected) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

    Utf8.Scan scan = Utf8.scan(bytes, 0, bytes.length);

    assertThat(scan.firstInvalid()).isEqualTo(-1);
    assertThat(scan.facts()).as("facts of %s", document).isEqualTo(expected);
  }

  /**
   * A thing placed at every offset from 0 to 17 of a document, so that it lies at either end of
   * and within the eight-byte words of the fast path, with ASCII before and after.
   */
  static Stream<Arguments> placed() {
    List<Arguments> all = new ArrayList<>();
    Object[][] things = {
        {"escape \\n", "\\n", NONE},
        {"escape \\u0041", "\\u0041", NONE},
        {"escape \\t", "\\t", NONE},
        {"escaped quote", "\\\"", CHECKED_BMP},
        {"escaped backslash", "\\\\", CHECKED_BMP},
        {"escaped solidus", "\\/", CHECKED_BMP},
        {"escaped backslash then n", "\\\\n", CHECKED_BMP},
        {"escaped backslash then escape \\n", "\\\\\\n", NONE},
        {"DEL", "\u007F", NONE},
        {"U+0085", "\u0085", NONE},
        {"U+2028", "\u2028", NONE},
        {"U+FEFF", "\uFEFF", NONE},
        {"U+F0000", new String(Character.toChars(0xF0000)), NONE},
        {"U+00E9", "\u00E9", CHECKED_BMP},
        {"U+4E2D", "\u4E2D", CHECKED_BMP},
        {"emoji", EMOJI, CHECKED},
        {"31 combining marks", "e" + ACUTE.repeat(31), NONE},
        {"30 combining marks", "e" + ACUTE.repeat(30), CHECKED_BMP},
    };
    for (Object[] thing : things) {
      for (int offset = 0; offset <= 40; offset++) {
        for (int after : new int[] {0, 1, 7, 8, 20}) {
          all.add(Arguments.of(thing[0] + " at " + offset + ", " + after + " bytes after",
              "x".repeat(offset) + thing[1] + "y".repeat(after), thing[2]));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placed")
  void finds_what_it_looks_for_at_every_offset_of_a_block_of_four_words(String name, String document, CheckedText expected) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

    assertThat(checked(Utf8.scan(bytes, 0, bytes.length))).isEqualTo(new Utf8.Scan(-1, expected));
  }

  @Test
  void a_backslash_as_the_last_byte_leaves_the_characters_unchecked() {
    for (int length = 1; length <= 25; length++) {
      byte[] bytes = ("x".repeat(length - 1) + "\\").getBytes(StandardCharsets.US_ASCII);

      assertThat(checked(Utf8.scan(bytes, 0, bytes.length))).as("length %d", length).isEqualTo(new Utf8.Scan(-1, NONE));
    }
  }

  @Test
  void a_backslash_as_the_last_byte_of_the_range_is_not_read_with_the_byte_after_it() {
    // Within the range the backslash escapes nothing; past it, it would seem to escape a quote.
    for (int length = 1; length <= 25; length++) {
      byte[] bytes = ("x".repeat(length - 1) + "\\\"").getBytes(StandardCharsets.US_ASCII);

      assertThat(checked(Utf8.scan(bytes, 0, bytes.length))).as("whole, length %d", length).isEqualTo(new Utf8.Scan(-1, CHECKED_BMP));
      assertThat(checked(Utf8.scan(bytes, 0, bytes.length - 1))).as("cut, length %d", length).isEqualTo(new Utf8.Scan(-1, NONE));
    }
  }

  @Test
  void answers_for_the_given_range_only() {
    byte[] bytes = ("\u007F\\n" + "abcdefghij\u00e9" + "\u2028").getBytes(StandardCharsets.UTF_8);
    int end = bytes.length - 3;

    assertThat(checked(Utf8.scan(bytes, 3, end))).isEqualTo(new Utf8.Scan(-1, CHECKED_BMP));
    assertThat(checked(Utf8.scan(bytes, 1, end))).isEqualTo(new Utf8.Scan(-1, NONE));
    assertThat(checked(Utf8.scan(bytes, 3, bytes.length))).isEqualTo(new Utf8.Scan(-1, NONE));
  }

  static Stream<Arguments> illFormedWithFacts() {
    return Stream.of(
        Arguments.of("after ASCII", "{\"headline\":\"City ", bytes(0xFF)),
        Arguments.of("after 16 bytes of ASCII", "0123456789abcdef", bytes(0xC3)),
        Arguments.of("after an escape \\n", "\\n0123456789abcdefgh", bytes(0xE2, 0x28, 0xA1)),
        Arguments.of("after DEL", "ab\u007Fcdefghijklmnop", bytes(0xED, 0xA0, 0x80)),
        Arguments.of("after a forbidden code point", "a\u2028bcdefghijk", bytes(0xF4, 0x90, 0x80, 0x80)),
        Arguments.of("after 31 combining marks", "e" + ACUTE.repeat(31), bytes(0x80)),
        Arguments.of("after 30 combining marks", "e" + ACUTE.repeat(30), bytes(0xCC)),
        Arguments.of("after an emoji", "caf\u00e9 " + EMOJI + " ", bytes(0xF0, 0x9F, 0x8E)),
        Arguments.of("before a forbidden code point", "abc",
            concat(bytes(0xC0, 0x80), "\u2028".getBytes(StandardCharsets.UTF_8))),
        Arguments.of("before an escape", "abcdefgh", concat(bytes(0xC1, 0xBF), ascii("\\n"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("illFormedWithFacts")
  void reports_ill_formed_input_with_no_facts(String name, String before, byte[] bad) {
    byte[] prefix = before.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(prefix, bad);

    assertThat(checked(Utf8.scan(bytes, 0, bytes.length))).isEqualTo(new Utf8.Scan(prefix.length, NONE));
  }

  /**
   * The scan steps over ASCII four words at a time, then word by word: an ill-formed byte at every
   * offset of a block and of the words after it is found where it is, while the characters are
   * checked (from the start) and after an escape has stopped that.
   */
  @Test
  void finds_an_ill_formed_byte_at_every_offset_of_a_block_of_four_words() {
    for (String start : new String[] {"", "\\n"}) {
      for (int offset = 0; offset <= 48; offset++) {
        byte[] bytes = concat(ascii(start + "x".repeat(offset)), concat(bytes(0xFF), ascii("y".repeat(40))));

        assertThat(checked(Utf8.scan(bytes, 0, bytes.length)))
            .as("after %s and %d bytes", start.isEmpty() ? "nothing" : "an escape", offset)
            .isEqualTo(new Utf8.Scan(start.length() + offset, NONE));
      }
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] result = new byte[a.length + b.length];
    System.arraycopy(a, 0, result, 0, a.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }

  /** A scan's answer about the bytes themselves, without the run of combining marks it carries over. */
  private static Utf8.Scan checked(Utf8.Scan scan) {
    return new Utf8.Scan(scan.firstInvalid(), scan.facts());
  }

  @Test
  void carries_a_run_of_combining_marks_from_one_chunk_into_the_next() {
    byte[] first = ("x e" + ACUTE.repeat(15)).getBytes(StandardCharsets.UTF_8);
    byte[] second = (ACUTE.repeat(16) + " y").getBytes(StandardCharsets.UTF_8);
    byte[] fifteenMore = ACUTE.repeat(15).getBytes(StandardCharsets.UTF_8);

    Utf8.Scan before = Utf8.scan(first, 0, first.length);

    assertThat(before).isEqualTo(new Utf8.Scan(-1, CHECKED_BMP, 15));
    assertThat(Utf8.scan(second, 0, second.length, before.combiningRun())).isEqualTo(new Utf8.Scan(-1, NONE, 0));
    assertThat(Utf8.scan(second, 0, second.length, 0)).as("without what came before").isEqualTo(new Utf8.Scan(-1, CHECKED_BMP, 0));
    assertThat(Utf8.scan(fifteenMore, 0, fifteenMore.length, 15)).as("thirty in all").isEqualTo(new Utf8.Scan(-1, CHECKED_BMP, 30));
  }
}
