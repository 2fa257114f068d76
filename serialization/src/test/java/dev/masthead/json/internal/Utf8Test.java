package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}
