package dev.masthead.validation.internal;

import dev.masthead.validation.Codes;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The format rules of identifiers, slugs, tokens, language tags, URLs and e-mail addresses.
 *
 * <p>Each method returns the {@link Codes code} of the first problem, or null when the value is
 * valid. They are hand-written single passes rather than regular expressions: they run for every
 * value of every document read.
 */
public final class FormatRules {
  /** The longest identifier, slug or section, in characters. */
  public static final int MAX_ID = 128;
  /** The longest token, in characters. */
  public static final int MAX_TOKEN = 64;
  /** The longest URL, in code points. */
  public static final int MAX_URL = 2048;
  /** The longest language tag, in characters. */
  public static final int MAX_LANGUAGE_TAG = 64;
  /** The longest e-mail address, in characters. */
  public static final int MAX_EMAIL = 254;

  private FormatRules() {}

  /** Identifiers: 1 to 128 of {@code A-Z a-z 0-9 . _ : -}, first a letter or digit, no "..". */
  public static @Nullable String identifier(String value) {
    int n = value.length();
    if (n == 0) {
      return Codes.BLANK;
    }
    if (n > MAX_ID) {
      return Codes.TOO_LONG;
    }
    if (!isAsciiLetterOrDigit(value.charAt(0))) {
      return Codes.INVALID_ID;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean ok = isAsciiLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || (c == '.' && previous != '.');
      if (!ok) {
        return Codes.INVALID_ID;
      }
      previous = c;
    }
    return null;
  }

  /** Slugs and sections: lower-case letters and digits in hyphen-separated runs, at most 128. */
  public static @Nullable String slug(String value) {
    int n = value.length();
    if (n == 0) {
      return Codes.BLANK;
    }
    if (n > MAX_ID) {
      return Codes.TOO_LONG;
    }
    if (value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
      return Codes.INVALID_SLUG;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
      if (!ok) {
        return Codes.INVALID_SLUG;
      }
      previous = c;
    }
    return null;
  }

  /** Tokens (credit roles): a lower-case letter, then lower-case letters, digits and underscores. */
  public static @Nullable String token(String value) {
    int n = value.length();
    if (n == 0) {
      return Codes.BLANK;
    }
    if (n > MAX_TOKEN) {
      return Codes.TOO_LONG;
    }
    if (!(value.charAt(0) >= 'a' && value.charAt(0) <= 'z')) {
      return Codes.INVALID_TOKEN;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return Codes.INVALID_TOKEN;
      }
    }
    return null;
  }

  /**
   * Language tags: well-formed BCP 47, parsed strictly. {@code en_GB} is rejected rather than read
   * as {@code und}, the way {@link Locale#forLanguageTag(String)} would.
   */
  public static @Nullable String languageTag(String value) {
    if (value.isEmpty()) {
      return Codes.BLANK;
    }
    if (value.length() > MAX_LANGUAGE_TAG) {
      return Codes.TOO_LONG;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '-')) {
        return Codes.INVALID_LANGUAGE_TAG;
      }
    }
    try {
      new Locale.Builder().setLanguageTag(value);
      return null;
    } catch (IllformedLocaleException e) {
      return Codes.INVALID_LANGUAGE_TAG;
    }
  }

  /**
   * URLs: absolute {@code http} or {@code https}, a DNS host name or an IP address, a port from 1
   * to 65535, no user information, no white space, backslashes or control characters, at most
   * 2,048 code points.
   */
  public static @Nullable String url(String value) {
    int n = value.length();
    if (n == 0) {
      return Codes.BLANK;
    }
    if (value.codePointCount(0, n) > MAX_URL) {
      return Codes.TOO_LONG;
    }
    int start;
    if (value.regionMatches(true, 0, "https://", 0, 8)) {
      start = 8;
    } else if (value.regionMatches(true, 0, "http://", 0, 7)) {
      start = 7;
    } else {
      return Codes.URL_SCHEME;
    }
    int end = start;
    while (end < n) {
      char c = value.charAt(end);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      end++;
    }
    String authorityProblem = authority(value, start, end);
    if (authorityProblem != null) {
      return authorityProblem;
    }
    return rest(value, end);
  }

  private static @Nullable String authority(String value, int start, int end) {
    if (start == end) {
      return Codes.URL_HOST;
    }
    for (int i = start; i < end; i++) {
      if (value.charAt(i) == '@') {
        return Codes.URL_USERINFO;
      }
    }
    int hostEnd;
    int portStart;
    if (value.charAt(start) == '[') {
      int close = value.indexOf(']', start);
      if (close < 0 || close >= end || !isIpv6(value, start + 1, close)) {
        return Codes.URL_HOST;
      }
      hostEnd = close + 1;
      if (hostEnd == end) {
        return null;
      }
      if (value.charAt(hostEnd) != ':') {
        return Codes.URL_HOST;
      }
      portStart = hostEnd + 1;
    } else {
      int colon = value.indexOf(':', start);
      hostEnd = colon < 0 || colon >= end ? end : colon;
      portStart = hostEnd == end ? -1 : hostEnd + 1;
      if (!isHostName(value, start, hostEnd)) {
        return Codes.URL_HOST;
      }
    }
    if (portStart < 0) {
      return null;
    }
    int digits = end - portStart;
    if (digits < 1 || digits > 5) {
      return Codes.URL_PORT;
    }
    int port = 0;
    for (int i = portStart; i < end; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return Codes.URL_PORT;
      }
      port = port * 10 + (c - '0');
    }
    return port >= 1 && port <= 65535 ? null : Codes.URL_PORT;
  }

  private static @Nullable String rest(String value, int from) {
    int n = value.length();
    for (int i = from; i < n; ) {
      int cp = value.codePointAt(i);
      if (cp < 0x80) {
        if (cp <= ' ' || cp == 0x7F || cp == '\\' || cp == '"' || cp == '<' || cp == '>'
            || cp == '`' || cp == '{' || cp == '}' || cp == '|' || cp == '^') {
          return Codes.URL_SYNTAX;
        }
        if (cp == '%' && !(i + 2 < n && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2)))) {
          return Codes.URL_SYNTAX;
        }
      } else if (Character.isSurrogate(value.charAt(i)) && cp == value.charAt(i)) {
        return Codes.URL_SYNTAX;
      } else if (TextRules.forbidden(cp, false) != null || Character.isSpaceChar(cp)
          || Character.isWhitespace(cp)) {
        return Codes.URL_SYNTAX;
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  /**
   * Whether {@code value[start, end)} is a DNS host name (labels of ASCII letters, digits and inner
   * hyphens, 1 to 63 long, 253 in all) or a dotted IPv4 address.
   */
  static boolean isHostName(String value, int start, int end) {
    int length = end - start;
    if (length < 1 || length > 253) {
      return false;
    }
    int labelStart = start;
    boolean lastLabelNumeric = true;
    boolean allNumeric = true;
    int labels = 0;
    for (int i = start; i <= end; i++) {
      if (i == end || value.charAt(i) == '.') {
        int labelLength = i - labelStart;
        if (labelLength < 1 || labelLength > 63
            || value.charAt(labelStart) == '-' || value.charAt(i - 1) == '-') {
          return false;
        }
        boolean numeric = true;
        for (int j = labelStart; j < i; j++) {
          char c = value.charAt(j);
          if (!(isAsciiLetterOrDigit(c) || c == '-')) {
            return false;
          }
          numeric &= c >= '0' && c <= '9';
        }
        lastLabelNumeric = numeric;
        allNumeric &= numeric;
        labels++;
        labelStart = i + 1;
      }
    }
    if (lastLabelNumeric) {
      // A host that ends in a number is an IPv4 address to every URL parser: it must be a valid one.
      return allNumeric && labels == 4 && isIpv4(value, start, end);
    }
    return true;
  }

  private static boolean isIpv4(String value, int start, int end) {
    int octet = 0;
    int digits = 0;
    for (int i = start; i <= end; i++) {
      if (i == end || value.charAt(i) == '.') {
        if (digits == 0 || octet > 255 || (digits > 1 && value.charAt(i - digits) == '0')) {
          return false;
        }
        octet = 0;
        digits = 0;
      } else {
        octet = octet * 10 + (value.charAt(i) - '0');
        if (++digits > 3) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code value[start, end)} is an IPv6 address in RFC 4291 text form: eight groups of 1 to
   * 4 hex digits, or fewer with one {@code ::} standing for at least one zero group, the last 32
   * bits optionally as a dotted IPv4 address. Zone identifiers are not accepted.
   */
  private static boolean isIpv6(String value, int start, int end) {
    int groups = 0;
    boolean compressed = false;
    int i = start;
    if (end - start >= 2 && value.startsWith("::", start)) {
      compressed = true;
      i += 2;
    }
    while (i < end) {
      int pieceEnd = value.indexOf(':', i);
      if (pieceEnd < 0 || pieceEnd > end) {
        pieceEnd = end;
      }
      if (pieceEnd == end && value.lastIndexOf('.', end - 1) >= i) {
        if (!isDottedQuad(value, i, end)) {
          return false;
        }
        groups += 2;
        break;
      }
      if (pieceEnd - i < 1 || pieceEnd - i > 4) {
        return false;
      }
      for (int j = i; j < pieceEnd; j++) {
        if (!isHex(value.charAt(j))) {
          return false;
        }
      }
      groups++;
      if (pieceEnd == end) {
        break;
      }
      if (pieceEnd + 1 < end && value.charAt(pieceEnd + 1) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i = pieceEnd + 2;
      } else if (pieceEnd + 1 == end) {
        return false;
      } else {
        i = pieceEnd + 1;
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }

  /** Whether {@code value[start, end)} is four dot-separated decimal octets, as in an IPv6 tail. */
  private static boolean isDottedQuad(String value, int start, int end) {
    int dots = 0;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return dots == 3 && isIpv4(value, start, end);
  }

  /** E-mail addresses: a dot-atom local part of at most 64, {@code @}, a DNS host name. */
  public static @Nullable String email(String value) {
    int n = value.length();
    if (n == 0) {
      return Codes.BLANK;
    }
    if (n > MAX_EMAIL) {
      return Codes.TOO_LONG;
    }
    int at = value.lastIndexOf('@');
    if (at < 1 || at > 64 || at == n - 1) {
      return Codes.INVALID_EMAIL;
    }
    char previous = '.';
    for (int i = 0; i < at; i++) {
      char c = value.charAt(i);
      if (c == '.' ? previous == '.' : !isAtext(c)) {
        return Codes.INVALID_EMAIL;
      }
      previous = c;
    }
    if (previous == '.' || value.indexOf('.', at) < 0 || !isHostName(value, at + 1, n)) {
      return Codes.INVALID_EMAIL;
    }
    return null;
  }

  private static boolean isAtext(char c) {
    return isAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
