package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 check agrees with the JDK's strict decoder on random bytes: the same bytes are
 * well-formed, and an ill-formed input fails at the same offset. The bytes mix well-formed
 * sequences of every length with the bytes that break them (continuation bytes out of place,
 * overlong and surrogate lead bytes, bytes that are never UTF-8, sequences cut short), so that every
 * branch of the check meets both answers.
 */
class Utf8DifferentialTest {
  private static final int RUNS = 200_000;
  private static final int[] INTERESTING = {
    0x00, 0x5C, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90
  };

  @Test
  void agrees_with_the_jdks_strict_decoder_on_random_bytes() {
    SplittableRandom random = new SplittableRandom(0x75746638L);
    int wellFormed = 0;
    for (int run = 0; run < RUNS; run++) {
      byte[] bytes = bytes(random);
      int expected = firstMalformed(bytes);

      assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).as("run %d: %s", run, hex(bytes)).isEqualTo(expected);
      wellFormed += expected < 0 ? 1 : 0;
    }
    assertThat(wellFormed).as("both answers are met often").isBetween(RUNS / 10, RUNS * 9 / 10);
  }

  /** Returns the offset at which the JDK's decoder, reporting every error, first fails, or -1. */
  private static int firstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    result = decoder.flush(out);
    return result.isError() ? in.position() : -1;
  }

  private static byte[] bytes(SplittableRandom random) {
    int length = random.nextInt(40);
    byte[] bytes = new byte[length + 4];
    int n = 0;
    while (n < length) {
      int choice = random.nextInt(10);
      if (choice < 4) {
        bytes[n++] = (byte) random.nextInt(0x20, 0x7F);
      } else if (choice < 7) {
        int cp = random.nextInt(5) == 0 ? random.nextInt(0x10000, 0x110000) : random.nextInt(0x80, 0x10000);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
          cp = 0xE000;
        }
        byte[] encoded = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        // A sequence may be cut short, at the end or in the middle of the input.
        int take = random.nextInt(8) == 0 ? random.nextInt(1, encoded.length + 1) : encoded.length;
        for (int k = 0; k < take && n < bytes.length; k++) {
          bytes[n++] = encoded[k];
        }
      } else if (choice < 9) {
        bytes[n++] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
      } else {
        bytes[n++] = (byte) random.nextInt(256);
      }
    }
    return java.util.Arrays.copyOf(bytes, n);
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      text.append(String.format("%02X ", b & 0xFF));
    }
    return text.toString().trim();
  }
}
