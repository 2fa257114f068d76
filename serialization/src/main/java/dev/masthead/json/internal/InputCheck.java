package dev.masthead.json.internal;

import static dev.masthead.json.MalformedJsonException.INVALID_UTF8;
import static dev.masthead.json.MalformedJsonException.SYNTAX;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.CheckedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Checks raw input before the parser sees it: at most one leading byte order mark, the size limit,
 * well-formed UTF-8, and no NUL bytes where the parser would take the input for UTF-16 or UTF-32.
 */
final class InputCheck {
  /**
   * Bytes that passed the checks.
   *
   * @param start where the document starts, after a byte order mark
   * @param checked what holds of every text of the document (from {@link Utf8.Scan})
   */
  record Bytes(int start, CheckedText checked) {}

  private InputCheck() {}

  /** Returns {@code json} without a leading byte order mark, if it is within the limit. */
  static String text(String json, long maxLength) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > maxLength) {
      throw Failures.tooLarge(maxLength);
    }
    return text;
  }

  /** Checks the first {@code length} bytes of {@code json}. */
  static Bytes bytes(byte[] json, int length, long maxLength) {
    int start = isBom(json, 0, length) ? 3 : 0;
    if (length - start > maxLength) {
      throw Failures.tooLarge(maxLength);
    }
    Utf8.Scan scan = Utf8.scan(json, start, length);
    int invalid = scan.firstInvalid();
    if (invalid >= 0) {
      int line = 1;
      int lineStart = start;
      for (int i = start; i < invalid; i++) {
        if (json[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new MalformedJsonException(INVALID_UTF8, line, invalid - lineStart + 1, "",
          "input is not well-formed UTF-8 (byte offset " + (invalid - start) + ")", null);
    }
    // Jackson would skip a second byte order mark, and would read the input as UTF-16 or UTF-32
    // when it starts with NUL bytes; the input is UTF-8 with at most one, where neither is JSON.
    if (start == 3 && isBom(json, 3, length)) {
      throw new MalformedJsonException(SYNTAX, 1, 1, "", "only one byte order mark may start the input", null);
    }
    for (int i = start; i < Math.min(length, start + 4); i++) {
      if (json[i] == 0) {
        throw new MalformedJsonException(SYNTAX, 1, i - start + 1, "", "unexpected NUL byte; the input must be UTF-8", null);
      }
    }
    return new Bytes(start, scan.facts());
  }

  private static boolean isBom(byte[] json, int at, int length) {
    return length - at >= 3 && json[at] == (byte) 0xEF && json[at + 1] == (byte) 0xBB && json[at + 2] == (byte) 0xBF;
  }

  /**
   * Reads a byte stream to its end, or to just past the limit: enough for a byte order mark, the
   * largest document and one byte more to tell it is too large.
   */
  static byte[] stream(InputStream json, long maxLength) {
    try {
      return json.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, maxLength + 4)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a character stream to its end, failing past {@code maxLength} characters. */
  static String chars(Reader json, long maxLength) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = json.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
        if (text.length() > maxLength + 1) {
          throw Failures.tooLarge(maxLength);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
