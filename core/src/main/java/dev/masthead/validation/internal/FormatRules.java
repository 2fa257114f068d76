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
    if (isSimpleLanguageTag(value)) {
      return null;
    }
    try {
      new Locale.Builder().setLanguageTag(value);
      return null;
    } catch (IllformedLocaleException e) {
      return Codes.INVALID_LANGUAGE_TAG;
    }
  }

  /**
   * Whether a tag has the common shape {@code language[-Script][-REGION]}: two or three letters,
   * then optionally four letters, then optionally two letters or three digits, as in {@code en},
   * {@code en-GB}, {@code zh-Hant-TW} or {@code es-419}. Every such tag is well-formed BCP 47, so
   * the full parser is left for the rest.
   */
  private static boolean isSimpleLanguageTag(String value) {
    int n = value.length();
    int end = subtagEnd(value, 0);
    if (end < 2 || end > 3 || !isLetters(value, 0, end)) {
      return false;
    }
    int scriptEnd = end + 5; // a four-letter script after the hyphen
    if (scriptEnd <= n && isLetters(value, end + 1, scriptEnd) && (scriptEnd == n || value.charAt(scriptEnd) == '-')) {
      end = scriptEnd;
    }
    if (end == n) {
      return true;
    }
    int regionEnd = subtagEnd(value, end + 1);
    if (regionEnd != n) {
      return false;
    }
    int length = regionEnd - end - 1;
    return length == 2 && isLetters(value, end + 1, regionEnd)
        || length == 3 && isDigits(value, end + 1, regionEnd);
  }

  private static int subtagEnd(String value, int from) {
    int dash = value.indexOf('-', from);
    return dash < 0 ? value.length() : dash;
  }

  private static boolean isLetters(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = value.charAt(i) | 0x20;
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * URLs: absolute {@code http} or {@code https}, a DNS host name or an IP address, a port from 1
   * to 65535, no user information, no white space, backslashes or control characters, at most
   * 2,048 code points.
   */
  public static @Nullable String url(String value) {
    return url(value, true);
  }

  /**
   * As {@link #url(String)}; without the {@code shortcut}, every authority takes the general path,
   * which tests compare the shortcut with.
   */
  static @Nullable String url(String value, boolean shortcut) {
    int n = value.length();
    if (n == 0) {
      return Codes.BLANK;
    }
    if (n > MAX_URL && value.codePointCount(0, n) > MAX_URL) {
      return Codes.TOO_LONG;
    }
    int start;
    if (value.startsWith("https://") || value.regionMatches(true, 0, "https://", 0, 8)) {
      start = 8;
    } else if (value.startsWith("http://") || value.regionMatches(true, 0, "http://", 0, 7)) {
      start = 7;
    } else {
      return Codes.URL_SCHEME;
    }
    if (shortcut) {
      int hostEnd = hostName(value, start, value.length());
      if (hostEnd >= 0) {
        return rest(value, hostEnd);
      }
      if (hostEnd == BAD_HOST_NAME) {
        return Codes.URL_HOST;
      }
    }
    // One pass finds the end of the authority, user information and the first colon.
    int end = start;
    boolean userInfo = false;
    int colon = -1;
    while (end < n) {
      char c = value.charAt(end);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      if (c == '@') {
        userInfo = true;
      } else if (c == ':' && colon < 0) {
        colon = end;
      }
      end++;
    }
    if (start == end) {
      return Codes.URL_HOST;
    }
    if (userInfo) {
      return Codes.URL_USERINFO;
    }
    String authorityProblem = authority(value, start, end, colon);
    if (authorityProblem != null) {
      return authorityProblem;
    }
    return rest(value, end);
  }

  /** Checks a non-empty authority without user information; {@code colon} is its first colon, or -1. */
  private static @Nullable String authority(String value, int start, int end, int colon) {
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
      hostEnd = colon < 0 ? end : colon;
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

  /**
   * What each ASCII character is in a URL's path, query or fragment: {@link #FORBIDDEN} for those a
   * URL may not hold as they are (white space and the controls, {@code " < > \ ^ ` { | }} and DEL),
   * {@link #PERCENT} for the start of an escape, else {@link #PLAIN_IN_URL}. A table rather than
   * comparisons: URLs mix letters, digits and punctuation, and a lookup has no branch to mispredict.
   */
  private static final byte[] IN_URL = new byte[128];

  private static final byte PLAIN_IN_URL = 0;
  private static final byte FORBIDDEN = 1;
  private static final byte PERCENT = 2;

  /** What each ASCII character is in a host name: not allowed, a letter or hyphen, a digit, a dot. */
  private static final byte[] HOST_CHARACTER = new byte[128];

  private static final byte NOT_IN_HOST = 0;
  private static final byte LETTER_OR_HYPHEN = 1;
  private static final byte DIGIT = 2;
  private static final byte DOT = 3;

  static {
    for (char c = 0; c <= ' '; c++) {
      IN_URL[c] = FORBIDDEN;
    }
    for (char c : "\"<>\\^`{|}".toCharArray()) {
      IN_URL[c] = FORBIDDEN;
    }
    IN_URL[0x7F] = FORBIDDEN;
    IN_URL['%'] = PERCENT;
    for (char c = 'a'; c <= 'z'; c++) {
      HOST_CHARACTER[c] = LETTER_OR_HYPHEN;
      HOST_CHARACTER[Character.toUpperCase(c)] = LETTER_OR_HYPHEN;
    }
    HOST_CHARACTER['-'] = LETTER_OR_HYPHEN;
    for (char c = '0'; c <= '9'; c++) {
      HOST_CHARACTER[c] = DIGIT;
    }
    HOST_CHARACTER['.'] = DOT;
  }

  /** {@link #hostName}'s answer when the characters are not a host name alone. */
  private static final int NOT_ALONE = -1;
  /** {@link #hostName}'s answer when the characters are a host name alone, and not a valid one. */
  private static final int BAD_HOST_NAME = -2;

  /**
   * Checks a host name in the pass that finds its end, so that a URL whose authority is a host name
   * and nothing else, the common case, needs no second pass. From {@code start}, the host is the
   * letters, digits, hyphens and dots up to {@code limit} or to a {@code /}, {@code ?} or {@code #}.
   * Returns where the host ends when they make a DNS host name (labels of ASCII letters, digits and
   * inner hyphens, 1 to 63 long, 253 in all) or a dotted IPv4 address; {@link #BAD_HOST_NAME} when
   * they make neither; {@link #NOT_ALONE} when another character comes first (a port's colon, user
   * information, an IP literal's bracket, a character no host may hold) or the host is empty.
   */
  private static int hostName(String value, int start, int limit) {
    int labelStart = start;
    boolean labelsValid = true;
    boolean numeric = true;
    boolean allNumeric = true;
    int labels = 0;
    int i = start;
    for (; i < limit; i++) {
      char c = value.charAt(i);
      byte kind = c < 128 ? HOST_CHARACTER[c] : NOT_IN_HOST;
      if (kind == NOT_IN_HOST) {
        if (c != '/' && c != '?' && c != '#') {
          return NOT_ALONE;
        }
        break;
      }
      if (kind == DOT) {
        labelsValid &= isLabel(value, labelStart, i);
        allNumeric &= numeric;
        numeric = true;
        labels++;
        labelStart = i + 1;
      } else {
        numeric &= kind == DIGIT;
      }
    }
    if (i == start) {
      return NOT_ALONE;
    }
    if (!labelsValid || i - start > 253 || !isLabel(value, labelStart, i)) {
      return BAD_HOST_NAME;
    }
    if (numeric && !(allNumeric && labels == 3 && isIpv4(value, start, i))) {
      // A host that ends in a number is an IPv4 address to every URL parser: it must be a valid one.
      return BAD_HOST_NAME;
    }
    return i;
  }

  private static @Nullable String rest(String value, int from) {
    int n = value.length();
    for (int i = from; i < n; ) {
      char c = value.charAt(i);
      if (c < 0x80) {
        // One lookup for the common character; DEL, controls and the rest are refused, and a
        // percent sign must start an escape.
        if (IN_URL[c] != PLAIN_IN_URL
            && (IN_URL[c] == FORBIDDEN || !(i + 2 < n && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))))) {
          return Codes.URL_SYNTAX;
        }
        i++;
        continue;
      }
      int cp = value.codePointAt(i);
      if (Character.isSurrogate(c) && cp == c) {
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
   * hyphens, 1 to 63 long, 253 in all) or a dotted IPv4 address ({@link #hostName}).
   */
  static boolean isHostName(String value, int start, int end) {
    return hostName(value, start, end) == end;
  }

  /** Whether {@code value[start, end)}, of letters, digits and hyphens, has a label's length and ends. */
  private static boolean isLabel(String value, int start, int end) {
    int length = end - start;
    return length >= 1 && length <= 63 && value.charAt(start) != '-' && value.charAt(end - 1) != '-';
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
