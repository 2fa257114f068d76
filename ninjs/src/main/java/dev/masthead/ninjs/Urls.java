package dev.masthead.ninjs;

import dev.masthead.model.Image;
import dev.masthead.model.Subject;
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

  /** Whether the model accepts the value as a global identifier: an absolute {@code urn:}, http or https URI. */
  static boolean isGlobalUri(String value) {
    try {
      Subject.of("x", value);
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

  /**
   * Returns a key under which two spellings of one URL meet: percent-escapes decoded as UTF-8 and
   * non-ASCII characters encoded alike, so that {@code caf%C3%A9} and {@code café} match.
   */
  static String key(String url) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '%' && i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))) {
        bytes.write(Integer.parseInt(url.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < url.length()) {
          encoded = url.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
