package dev.masthead.syndication.internal;

import java.nio.charset.StandardCharsets;

/**
 * URLs as RFC 3986 URIs. The model holds IRIs (a path may say {@code café}); JSON Feed and RSS
 * want URIs, so every character outside RFC 3986's unreserved and reserved sets is written as the
 * percent-encoded bytes of its UTF-8 form, and so are a {@code %} that starts no escape, a {@code #}
 * inside the fragment and brackets outside the host.
 */
public final class Uris {
  private static final String HEX = "0123456789ABCDEF";

  private Uris() {}

  /**
   * Returns the URL as an RFC 3986 URI, or the same string when it already is one.
   *
   * @param url an absolute URL or IRI
   * @return the URI
   */
  public static String ascii(String url) {
    int host = url.indexOf("://") + 3;
    int path = host;
    while (path < url.length() && "/?#".indexOf(url.charAt(path)) < 0) {
      path++;
    }
    int fragment = url.indexOf('#');
    if (isUri(url, path, fragment)) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length() + 16);
    int i = 0;
    while (i < url.length()) {
      int c = url.codePointAt(i);
      if (c < 0x80 && keeps(url, i, path, fragment)) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static boolean isUri(String url, int path, int fragment) {
    for (int i = 0; i < url.length(); i++) {
      if (url.charAt(i) >= 0x80 || !keeps(url, i, path, fragment)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the ASCII character at {@code i} may stand as it is. */
  private static boolean keeps(String url, int i, int path, int fragment) {
    char c = url.charAt(i);
    if (!allowed(c)) {
      return false;
    }
    return switch (c) {
      case '%' -> isEscape(url, i);
      case '#' -> i == fragment;
      case '[', ']' -> i < path;
      default -> true;
    };
  }

  private static boolean isEscape(String url, int i) {
    return i + 2 < url.length() && hex(url.charAt(i + 1)) && hex(url.charAt(i + 2));
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
  }
}
