package dev.masthead.json.internal;

import dev.masthead.validation.CheckedText;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A strict UTF-8 check (RFC 3629): overlong forms, surrogates, code points above U+10FFFF and
 * truncated sequences are errors. Jackson's own decoder accepts some overlong forms, so bytes are
 * checked here before it sees them.
 *
 * <p>The same pass also finds out whether every string of a JSON document holds only characters
 * that plain text allows, so that validation need not look at the characters again (see {@link
 * Scan#facts()}).
 */
final class Utf8 {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  private Utf8() {}

  /**
   * What a scan of a JSON document's bytes found.
   *
   * @param firstInvalid the offset of the first byte of the first ill-formed sequence, or -1 when
   *     the bytes are well-formed UTF-8
   * @param facts what holds of every string of the document once its escapes are read. {@link
   *     CheckedText#CHARACTERS} when the document holds no DEL, no
   *     code point that plain text forbids, no run of more than {@value CheckedText#MAX_COMBINING_RUN}
   *     combining marks, and no escape but {@code \"}, {@code \\} and {@code \/} (any other can
   *     stand for a forbidden character; JSON allows no raw control character in a string). The
   *     scan does not tell strings from the rest of the document, so it answers for all of it.
   *     {@link CheckedText#CHARACTERS_IN_BMP} when, besides, no character lies outside the Basic
   *     Multilingual Plane. Fewer facts say only that validation must look for itself.
   * @param combiningRun the number of combining marks the bytes end with, for a scan of the bytes
   *     that follow them (see {@link #scan(byte[], int, int, int)})
   */
  record Scan(int firstInvalid, CheckedText facts, int combiningRun) {
    Scan(int firstInvalid, CheckedText facts) {
      this(firstInvalid, facts, 0);
    }
  }

  /**
   * Returns the offset of the first byte of the first invalid sequence, or -1 when all of {@code
   * bytes[from, to)} is well-formed.
   */
  static int firstInvalid(byte[] bytes, int from, int to) {
    return scan(bytes, from, to).firstInvalid();
  }

  /** Checks that {@code bytes[from, to)} is well-formed UTF-8 and whether its characters are allowed. */
  static Scan scan(byte[] bytes, int from, int to) {
    return scan(bytes, from, to, 0);
  }

  /**
   * As {@link #scan(byte[], int, int)}, for bytes that follow others directly, as the chunks of a
   * stream do: {@code combiningRun} is the {@link Scan#combiningRun()} of the scan of the bytes
   * before, so that a run of combining marks two chunks share counts as one.
   */
  static Scan scan(byte[] bytes, int from, int to, int combiningRun) {
    boolean checking = true;
    boolean supplementary = false;
    int i = from;
    while (i < to) {
      // ASCII runs are the common case: step over them sixteen bytes at a time, as two words the
      // processor works on at once. While characters are being checked, a run must also hold no
      // DEL and no backslash. The lowest flagged byte is the first that needs a closer look.
      int ascii = checking ? plainRun(bytes, i, to) : asciiRun(bytes, i, to);
      if (ascii > 0) {
        i += ascii;
        combiningRun = 0;
        if (i == to) {
          break;
        }
      }
      int b = bytes[i];
      if (b >= 0) {
        combiningRun = 0;
        if (checking) {
          if (b == 0x7F) {
            checking = false;
          } else if (b == '\\') {
            int escaped = i + 1 < to ? bytes[i + 1] : -1;
            if (escaped == '"' || escaped == '\\' || escaped == '/') {
              i++; // the escaped character is taken with its backslash
            } else {
              checking = false;
            }
          }
        }
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
        return new Scan(start, CheckedText.NOTHING);
      }
      if (start + needed >= to) {
        return new Scan(start, CheckedText.NOTHING); // truncated at the end of the input
      }
      int second = bytes[start + 1] & 0xFF;
      if (second < min || second > max) {
        return new Scan(start, CheckedText.NOTHING);
      }
      int cp = (b & (0x7F >> (needed + 1))) << 6 | (second & 0x3F);
      for (int k = 2; k <= needed; k++) {
        int next = bytes[start + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return new Scan(start, CheckedText.NOTHING);
        }
        cp = cp << 6 | (next & 0x3F);
      }
      supplementary |= needed == 3;
      // The run is counted even once checking has stopped: the next chunk of a stream starts from it.
      combiningRun = CheckedText.isCombiningMark(cp) ? combiningRun + 1 : 0;
      if (checking && (combiningRun > CheckedText.MAX_COMBINING_RUN || !CheckedText.isAllowed(cp))) {
        checking = false;
      }
      i = start + needed + 1;
    }
    if (!checking) {
      return new Scan(-1, CheckedText.NOTHING, combiningRun);
    }
    return new Scan(-1, supplementary ? CheckedText.CHARACTERS : CheckedText.CHARACTERS_IN_BMP, combiningRun);
  }

  /**
   * Returns the length of the run of ASCII bytes other than DEL and backslash that starts at {@code
   * from}, or a shorter length when fewer than eight bytes are left.
   */
  private static int plainRun(byte[] bytes, int from, int to) {
    int i = from;
    // Four words at a time while none is flagged, each word loaded once; then word by word to the
    // first flagged byte. Fewer branches per byte made the scan of a mostly ASCII document about a
    // quarter faster than two words at a time.
    while (i + 32 <= to) {
      long w0 = (long) LONGS.get(bytes, i);
      long w1 = (long) LONGS.get(bytes, i + 8);
      long w2 = (long) LONGS.get(bytes, i + 16);
      long w3 = (long) LONGS.get(bytes, i + 24);
      if ((notPlain(w0) | notPlain(w1) | notPlain(w2) | notPlain(w3)) != 0) {
        break;
      }
      i += 32;
    }
    while (i + 8 <= to) {
      long flags = notPlain((long) LONGS.get(bytes, i));
      if (flags != 0) {
        return i - from + firstFlagged(flags);
      }
      i += 8;
    }
    return i - from;
  }

  /** As {@link #plainRun}, for any ASCII byte. */
  private static int asciiRun(byte[] bytes, int from, int to) {
    int i = from;
    while (i + 32 <= to) {
      long w0 = (long) LONGS.get(bytes, i);
      long w1 = (long) LONGS.get(bytes, i + 8);
      long w2 = (long) LONGS.get(bytes, i + 16);
      long w3 = (long) LONGS.get(bytes, i + 24);
      if (((w0 | w1 | w2 | w3) & HIGH_BITS) != 0) {
        break;
      }
      i += 32;
    }
    while (i + 8 <= to) {
      long flags = (long) LONGS.get(bytes, i) & HIGH_BITS;
      if (flags != 0) {
        return i - from + firstFlagged(flags);
      }
      i += 8;
    }
    return i - from;
  }

  /** The index of the lowest byte of {@code flags} whose high bit is set. */
  private static int firstFlagged(long flags) {
    return Long.numberOfTrailingZeros(flags) >>> 3;
  }

  /**
   * Has the high bit set of each byte of {@code word} that is DEL (0x7F) or above, and of each
   * backslash; a byte above a backslash may be flagged too (the subtraction borrows), so only the
   * lowest flagged byte is meaningful.
   */
  private static long notPlain(long word) {
    long v = word ^ BACKSLASHES;
    return (word | ((word & ~HIGH_BITS) + ONES) | ((v - ONES) & ~v)) & HIGH_BITS;
  }
}
