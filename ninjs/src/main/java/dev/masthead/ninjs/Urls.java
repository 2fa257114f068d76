package dev.masthead.ninjs;

import dev.masthead.model.Image;
import dev.masthead.validation.InvalidContentException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** URLs from untrusted input, checked by the model's own URL rule. */
final class Urls {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Urls() {}

  /** Whether the model accepts the value as a URL: absolute http(s), a DNS host or an IP, no user-info. */
  static boolean isHttpUrl(String value) {
    try {
      Image.builder().url(value).build();
      return true;
    } catch (InvalidContentException e) {
      return false;
    }
  }

  /** Returns the value with every non-ASCII character percent-encoded as UTF-8. */
  static String encodeNonAscii(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
      }
    }
    return out.toString();
  }

  /**
   * Returns a URL the model accepts: the value itself, or the value with its non-ASCII characters
   * percent-encoded; null when neither is one (a relative, {@code javascript:} or {@code file:} URL).
   */
  static @Nullable String httpUrl(String value) {
    if (isHttpUrl(value)) {
      return value;
    }
    String encoded = encodeNonAscii(value);
    return !encoded.equals(value) && isHttpUrl(encoded) ? encoded : null;
  }
}
