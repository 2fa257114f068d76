package dev.masthead.ninjs;

import dev.masthead.model.AuthorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a ninjs {@code by} statement ("By Jane Doe and John Roe, AP") into the names it holds.
 *
 * <ul>
 *   <li>a leading "By", "Von", "Av", "Par", "Por", "Door", "Af", "Di", "Da", "Przez" (any case,
 *       followed by a space or a colon) is removed;
 *   <li>the names are separated by commas, semicolons, slashes, vertical bars, "&amp;" and the
 *       words "and", "und", "og", "och", "et", "ja" and "i" between spaces;
 *   <li>a name that is a known news agency ("AP", "dpa", "Reuters", "NTB", "TT", …) or ends in
 *       "Agency", "Press", "News", "Newswire", "Wire" or "Images" is an organization.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class Bylines {
  private static final Pattern LEADING = Pattern.compile(
      "^\\s*(?i:by|von|av|par|por|door|af|di|da|przez)(?:\\s*:\\s*|\\s+)");
  private static final Pattern SEPARATORS = Pattern.compile(
      "\\s*(?:[,;/|&]|\\s(?i:and|und|og|och|et|ja|i)\\s)\\s*");
  private static final Set<String> AGENCIES = Set.of(
      "ap", "the associated press", "associated press", "afp", "agence france-presse", "reuters",
      "thomson reuters", "dpa", "deutsche presse-agentur", "tt", "tt nyhetsbyrån", "ntb", "ntb scanpix",
      "scanpix", "anp", "ansa", "efe", "sipa", "sipa press", "pa", "pa media", "press association",
      "kyodo", "xinhua", "bloomberg", "upi", "ritzau", "stt", "apa", "sda", "keystone-sda", "kna",
      "epd", "aap", "cp", "the canadian press", "business wire", "businesswire", "pr newswire",
      "getty images", "epa", "epa-efe", "lusa", "belga", "ctk", "čtk", "pap", "mti", "tass",
      "ria novosti", "yonhap", "bta", "anadolu", "anadolu agency", "jiji", "dha", "ips",
      "the news agency", "dopingwatch", "nrk", "bbc", "cnn");
  private static final Pattern ORGANIZATION_SUFFIX = Pattern.compile(
      "(?i).*\\b(agency|agencies|press|news|newswire|wire|images|photos|staff|reporters)$");

  private Bylines() {}

  /** One name of a byline and what it names. */
  record Name(String name, AuthorKind kind) {}

  /** Returns the names the statement holds, in order, each trimmed and not empty. */
  static List<Name> split(String by) {
    String rest = LEADING.matcher(by).replaceFirst("");
    List<Name> names = new ArrayList<>();
    for (String part : SEPARATORS.split(rest)) {
      String name = part.strip().replaceAll("[.\\s]+$", "").replaceAll("^[(\\[]+|[)\\]]+$", "").strip();
      name = LEADING.matcher(name).replaceFirst("").strip();
      if (!name.isEmpty()) {
        names.add(new Name(name, isOrganization(name) ? AuthorKind.ORGANIZATION : AuthorKind.PERSON));
      }
    }
    return names;
  }

  /** Whether a name is a news agency or reads as an organization. */
  static boolean isOrganization(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return AGENCIES.contains(key) || ORGANIZATION_SUFFIX.matcher(key).matches();
  }
}
