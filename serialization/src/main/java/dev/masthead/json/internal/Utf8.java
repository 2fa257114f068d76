package dev.masthead.json.internal;

/**
 * A strict UTF-8 check (RFC 3629): overlong forms, surrogates, code points above U+10FFFF and
 * truncated sequences are errors. Jackson's own decoder accepts some overlong forms, so bytes are
 * checked here before it sees them.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Returns the offset of the first byte of the first invalid sequence, or -1 when all of {@code
   * bytes[from, to)} is well-formed.
   */
  static int firstInvalid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      // ASCII runs are the common case: step over them eight bytes at a time.
      while (i + 8 <= to && ascii8(bytes, i)) {
        i += 8;
      }
      if (i == to) {
        break; // the input ended with a whole run of eight ASCII bytes
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int start = i;
      b &= 0xFF;
      int needed;
      int min;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        min = 0x80;
      } else if (b == 0xE0) {
        needed = 2;
        min = 0xA0;
      } else if (b == 0xED) {
        needed = 2;
        min = 0x80;
        max = 0x9F;
      } else if (b >= 0xE1 && b <= 0xEF) {
        needed = 2;
        min = 0x80;
      } else if (b == 0xF0) {
        needed = 3;
        min = 0x90;
      } else if (b >= 0xF1 && b <= 0xF3) {
        needed = 3;
        min = 0x80;
      } else if (b == 0xF4) {
        needed = 3;
        min = 0x80;
        max = 0x8F;
      } else {
        return start;
      }
      if (start + needed >= to) {
        return start; // truncated at the end of the input
      }
      int second = bytes[start + 1] & 0xFF;
      if (second < min || second > max) {
        return start;
      }
      for (int k = 2; k <= needed; k++) {
        int next = bytes[start + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return start;
        }
      }
      i = start + needed + 1;
    }
    return -1;
  }

  private static boolean ascii8(byte[] b, int i) {
    return (b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6] | b[i + 7]) >= 0;
  }
}
