package dev.masthead.ninjs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Slugs and identifiers made from text, the same for the same text. */
final class Slugs {
  /** The longest slug and identifier the model allows. */
  static final int MAX = 128;

  private Slugs() {}

  /**
   * Returns a slug of the text: Latin letters without their accents, digits and single hyphens, at
   * most {@value #MAX} characters, or an empty string when the text has none of them.
   */
  static String of(String text) {
    return cap(whole(text), MAX);
  }

  private static String whole(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
        .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l")
        .replace("đ", "d").replace("þ", "th").replace("œ", "oe");
    StringBuilder slug = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        hyphen = false;
        slug.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    return slug.toString();
  }

  private static String cap(String slug, int max) {
    String result = slug.length() > max ? slug.substring(0, max) : slug;
    while (result.endsWith("-")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  /** Returns the first {@code hexDigits} hexadecimal digits of the SHA-256 of the text. */
  static String hash(String text, int hexDigits) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, hexDigits);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the Masthead id of a ninjs item: {@code ninjs-} and 32 hexadecimal digits of the
   * SHA-256 of its uri, so that every version of an item gets the same id.
   */
  static String idFromUri(String uri) {
    return "ninjs-" + hash(uri, 32);
  }

  /**
   * Returns the Masthead slug of a ninjs item: the uri without its scheme and {@code www.}, as a
   * slug; when that is longer than {@value #MAX} characters or empty, a shorter one ending in a
   * hash of the uri.
   */
  static String slugFromUri(String uri) {
    String whole = whole(uri.replaceFirst("^(?i)(https?://(www\\.)?|urn:)", ""));
    if (!whole.isEmpty() && whole.length() <= MAX) {
      return whole;
    }
    String head = cap(whole, 100);
    return (head.isEmpty() ? "ninjs" : head) + "-" + hash(uri, 16);
  }
}
