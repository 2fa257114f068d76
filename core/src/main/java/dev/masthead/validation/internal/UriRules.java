package dev.masthead.validation.internal;

import dev.masthead.validation.Codes;
import org.jspecify.annotations.Nullable;

/**
 * The formats of global identifiers and media types. Each method returns null for a valid value, or
 * the {@link Codes code} of the first problem found. Null input is the caller's business.
 */
public final class UriRules {
  /** The longest URI, in code points, as for URLs. */
  public static final int MAX_URI = FormatRules.MAX_URL;
  /** The longest name of a media type's two parts (RFC 6838). */
  public static final int MAX_MEDIA_TYPE_NAME = 127;

  /** unreserved, sub-delims, ":" and "@": the characters of an RFC 3986 {@code pchar} but "%". */
  private static final boolean[] PCHAR = new boolean[128];
  /** Every character an RFC 3986 URI may hold unescaped but "%". */
  private static final boolean[] URI_CHAR = new boolean[128];
  /** The characters of an RFC 6838 {@code restricted-name} after its first. */
  private static final boolean[] MEDIA_TYPE_CHAR = new boolean[128];

  static {
    String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (char c : (alnum + "-._~!$&'()*+,;=:@").toCharArray()) {
      PCHAR[c] = true;
      URI_CHAR[c] = true;
    }
    for (char c : "/?#[]".toCharArray()) {
      URI_CHAR[c] = true;
    }
    for (char c : (alnum + "!#$&-^_.+").toCharArray()) {
      MEDIA_TYPE_CHAR[c] = true;
    }
  }

  private UriRules() {}

  /**
   * Global identifiers: an absolute {@code urn:} URN or an http or https URL ({@link
   * FormatRules#url(String)}), at most 2,048 code points.
   */
  public static @Nullable String globalUri(String value) {
    String common = common(value);
    if (common != null) {
      return common;
    }
    if (isHttp(value)) {
      return FormatRules.url(value);
    }
    if (value.regionMatches(true, 0, "urn:", 0, 4)) {
      return urn(value);
    }
    return Codes.URI_SCHEME;
  }

  /**
   * Any absolute URI (RFC 3986): a scheme, a colon and at least one more character, all ASCII URI
   * characters or percent escapes; http, https and urn URIs follow {@link #globalUri(String)}.
   */
  public static @Nullable String absoluteUri(String value) {
    String common = common(value);
    if (common != null) {
      return common;
    }
    if (isHttp(value) || value.regionMatches(true, 0, "urn:", 0, 4)) {
      return globalUri(value);
    }
    int colon = value.indexOf(':');
    if (colon < 1 || !isAsciiLetter(value.charAt(0)) || colon == value.length() - 1) {
      return Codes.URI_SYNTAX;
    }
    for (int i = 1; i < colon; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return Codes.URI_SYNTAX;
      }
    }
    return chars(value, colon + 1, URI_CHAR) ? null : Codes.URI_SYNTAX;
  }

  /**
   * URNs (RFC 8141): {@code urn:}, a namespace identifier of 2 to 32 letters, digits and inner
   * hyphens, a colon, and a namespace-specific string of URI path characters, optionally followed
   * by {@code ?} and {@code #} components.
   */
  static @Nullable String urn(String value) {
    int n = value.length();
    int nidEnd = value.indexOf(':', 4);
    if (nidEnd < 0 || nidEnd - 4 < 2 || nidEnd - 4 > 32) {
      return Codes.URN_SYNTAX;
    }
    for (int i = 4; i < nidEnd; i++) {
      char c = value.charAt(i);
      boolean alnum = isAsciiLetter(c) || (c >= '0' && c <= '9');
      if (!alnum && !(c == '-' && i > 4 && i < nidEnd - 1)) {
        return Codes.URN_SYNTAX;
      }
    }
    int nss = nidEnd + 1;
    if (nss >= n || !(value.charAt(nss) < 128 && PCHAR[value.charAt(nss)] || value.charAt(nss) == '%')) {
      return Codes.URN_SYNTAX;
    }
    for (int i = nss; i < n; i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= n || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
          return Codes.URN_SYNTAX;
        }
        i += 2;
      } else if (c >= 128 || !(PCHAR[c] || c == '/' || c == '?' || c == '#')) {
        return Codes.URN_SYNTAX;
      }
    }
    return null;
  }

  /** Media types without parameters: {@code type/subtype}, each an RFC 6838 restricted name. */
  public static @Nullable String mediaType(String value) {
    int slash = value.indexOf('/');
    if (slash < 0) {
      return Codes.INVALID_MEDIA_TYPE;
    }
    return isRestrictedName(value, 0, slash) && isRestrictedName(value, slash + 1, value.length())
        ? null
        : Codes.INVALID_MEDIA_TYPE;
  }

  private static boolean isRestrictedName(String value, int start, int end) {
    if (end <= start || end - start > MAX_MEDIA_TYPE_NAME) {
      return false;
    }
    char first = value.charAt(start);
    if (!isAsciiLetter(first) && !(first >= '0' && first <= '9')) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = value.charAt(i);
      if (c >= 128 || !MEDIA_TYPE_CHAR[c]) {
        return false;
      }
    }
    return true;
  }

  /** Blank and too long, checked the same way for every kind of URI. */
  private static @Nullable String common(String value) {
    if (value.isEmpty() || value.isBlank()) {
      return Codes.BLANK;
    }
    int n = value.length();
    if (n > MAX_URI && value.codePointCount(0, n) > MAX_URI) {
      return Codes.TOO_LONG;
    }
    return null;
  }

  private static boolean chars(String value, int from, boolean[] allowed) {
    int n = value.length();
    for (int i = from; i < n; i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= n || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (c >= 128 || !allowed[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHttp(String value) {
    return value.regionMatches(true, 0, "https:", 0, 6) || value.regionMatches(true, 0, "http:", 0, 5);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
  }
}
