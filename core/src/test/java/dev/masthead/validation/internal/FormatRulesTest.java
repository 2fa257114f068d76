package dev.masthead.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.validation.Codes;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of each format rule: the first and last character of every range, and the lengths
 * on either side of every limit. The constraint tests cover the rules; these pin their boundaries.
 */
class FormatRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "a.b", "a_b:c-d", "Az09"})
  void identifiers_accept_the_ends_of_every_character_range(String id) {
    assertThat(FormatRules.identifier(id)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"@", "[", "`", "{", "/", ":", "a@", "a[", "a`", "a{", "a/", "a..b", ".a", "_a"})
  void identifiers_refuse_the_characters_just_outside_every_range(String id) {
    assertThat(FormatRules.identifier(id)).isEqualTo(Codes.INVALID_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "0", "9", "az09", "a-z", "0-9"})
  void slugs_accept_the_ends_of_every_character_range(String slug) {
    assertThat(FormatRules.slug(slug)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a`", "a{", "a/", "a:", "`", "{", "/", ":", "A", "a--b", "-a", "a-"})
  void slugs_refuse_the_characters_just_outside_every_range(String slug) {
    assertThat(FormatRules.slug(slug)).isEqualTo(Codes.INVALID_SLUG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "a0", "a9", "az", "a_", "z_z"})
  void tokens_accept_the_ends_of_every_character_range(String token) {
    assertThat(FormatRules.token(token)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"`", "{", "0a", "_a", "a`", "a{", "a/", "a:", "aB"})
  void tokens_refuse_the_characters_just_outside_every_range(String token) {
    assertThat(FormatRules.token(token)).isEqualTo(Codes.INVALID_TOKEN);
  }

  @Test
  void language_tags_may_have_64_characters_and_not_65() {
    String tag = "en-x-aaaaaaaa-aaaaaaaa-aaaaaaaa-aaaaaaaa-aaaaaaaa-aaaaaaaa-abcde";

    assertThat(tag).hasSize(64);
    assertThat(FormatRules.languageTag(tag)).isNull();
    assertThat(FormatRules.languageTag(tag + "f")).isEqualTo(Codes.TOO_LONG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_GB", "en GB", "\uFF45\uFF4E", "en-\u0130", "en-GB\u0000", "é"})
  void language_tags_refuse_characters_outside_ascii_letters_digits_and_hyphens(String tag) {
    assertThat(FormatRules.languageTag(tag)).isEqualTo(Codes.INVALID_LANGUAGE_TAG);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://a/", "https://e.com:9/", "https://e.com:10/", "https://e.com:90", "https://e.com:65535/",
    "https://10.0.0.1/", "https://1.2.3.255/", "https://0.0.0.0/", "http://[::]/", "http://[1::2]/",
    "http://[2001:db8::7]:8080/", "http://[1:2:3:4:5:6:1.2.3.4]/", "http://[::ffff:192.0.2.1]/",
    "http://[1:2:3:4:5:6:7:8]/", "https://e.com/%af%AF%09%fF", "https://e.com/a!b",
    "https://e.com/\u00E9\uD83C\uDF89"
  })
  void urls_accept_the_edges_of_hosts_ports_and_escapes(String url) {
    assertThat(FormatRules.url(url)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "https://a.1.2.3/|url_host",
    "https://1.2.3.256/|url_host",
    "https://256.2.3.4/|url_host",
    "https://1.2.3.04/|url_host",
    "https://1.2.3.1000/|url_host",
    "http://[::1.2.a.4]/|url_host",
    "http://[::1.2.3]/|url_host",
    "https://1.2.3/|url_host",
    "https://1.2.3.4.5/|url_host",
    "http://[::g]/|url_host",
    "http://[1:2:3:4:5:6:7:1.2.3.4]/|url_host",
    "http://[1:2:3:4:5:6:7]/|url_host",
    "http://[1::2::3]/|url_host",
    "http://[1:]/|url_host",
    "http://[12345::]/|url_host",
    "http://[::1/|url_host",
    "http://[::1]x/|url_host",
    "https://e.com:8:8/|url_port",
    "https://e.com:/|url_port",
    "https://e.com:123456/|url_port",
    "https://e.com/a%4|url_syntax",
    "https://e.com/a%|url_syntax",
    "https://e.com/a%g0|url_syntax",
    "https://e.com/a%0G|url_syntax",
  })
  void urls_refuse_what_lies_just_past_each_edge(String url, String code) {
    assertThat(FormatRules.url(url)).isEqualTo(code);
  }

  /**
   * The shortcut for an authority that is a host name alone must answer as the general path does,
   * for every URL: generated from the pieces that sit at the shortcut's edges (labels at and past 63
   * characters, hosts past 253, numeric labels, the characters that end an authority or send it to
   * the general path), seeded so that a failure can be replayed.
   */
  @Test
  void the_shortcut_for_a_host_name_alone_answers_as_the_general_path() {
    String[] schemes = {"https://", "http://", "HTTPS://", "Http://"};
    String[] pieces = {
      "a", "Z", "0", "7", "-", ".", "..", "/", "?", "#", ":", ":80", "@", "[", "]", "[::1]", "%", "%2F", "%g",
      "_", " ", "\u00E9", "\u0085", "\uD83C\uDF89", "255", "256", "01", "1.2.3.4", "example", "com", "x-", "-y",
      "a".repeat(63), "b".repeat(64), "c".repeat(61) + ".", "\\", "\u007F", "\t"
    };
    SplittableRandom random = new SplittableRandom(20261201);
    List<String> disagreements = new ArrayList<>();
    int valid = 0;
    int badHost = 0;
    for (int run = 0; run < 100_000; run++) {
      StringBuilder url = new StringBuilder(schemes[random.nextInt(schemes.length)]);
      for (int k = random.nextInt(14); k > 0; k--) {
        url.append(pieces[random.nextInt(pieces.length)]);
      }
      String value = url.toString();
      String shortcut = FormatRules.url(value, true);
      if (!java.util.Objects.equals(shortcut, FormatRules.url(value, false))) {
        disagreements.add(value);
      }
      valid += shortcut == null ? 1 : 0;
      badHost += Codes.URL_HOST.equals(shortcut) ? 1 : 0;
    }

    assertThat(disagreements).isEmpty();
    // Both answers are common among the generated URLs, so the comparison covers each.
    assertThat(valid).isGreaterThan(1_000);
    assertThat(badHost).isGreaterThan(1_000);
  }

  @Test
  void urls_refuse_c1_controls_and_unicode_spaces_in_the_path() {
    assertThat(FormatRules.url("https://e.com/\u0080")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://e.com/\u009F")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://e.com/a\u00A0b")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://e.com/a\u3000b")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://e.com/a\uD800")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://e.com/\u007F")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://e.com/\u007E")).isNull();
  }

  @Test
  void host_names_may_have_253_characters_and_not_254() {
    String host = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);

    assertThat(host).hasSize(253);
    assertThat(FormatRules.isHostName(host, 0, host.length())).isTrue();
    assertThat(FormatRules.isHostName(host + "d", 0, host.length() + 1)).isFalse();
    assertThat(FormatRules.isHostName("a", 0, 1)).isTrue();
    assertThat(FormatRules.isHostName("", 0, 0)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a!b@example.com", "!@example.com", "~@example.com", "a.b@e.co", "Z9@e.co"})
  void emails_accept_every_atext_character_at_either_end(String email) {
    assertThat(FormatRules.email(email)).isNull();
  }

  @Test
  void emails_may_have_a_local_part_of_64_characters_and_not_65() {
    assertThat(FormatRules.email("a".repeat(64) + "@example.com")).isNull();
    assertThat(FormatRules.email("a".repeat(65) + "@example.com")).isEqualTo(Codes.INVALID_EMAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@", "@e.com", "a.@e.com", ".a@e.com", "a@e", "a\"b@e.com", "a@e_x.com"})
  void emails_refuse_what_lies_just_past_each_edge(String email) {
    assertThat(FormatRules.email(email)).isEqualTo(Codes.INVALID_EMAIL);
  }

  @Test
  void text_counts_a_run_of_combining_marks_from_u0300() {
    // U+0300 is the first combining mark: the run of 31 must be refused, 30 allowed.
    assertThat(TextRules.check("e" + "\u0300".repeat(30), 100, false)).isNull();
    assertThat(TextRules.check("e" + "\u0300".repeat(31), 100, false).code()).isEqualTo(Codes.COMBINING_MARKS);
    assertThat(TextRules.check("e" + "\u02FF".repeat(31), 100, false)).isNull();
  }

  // URLs: the ASCII characters a path may not hold.

  /** The ASCII characters a URL may not hold as they are, listed one by one. */
  private static boolean isForbiddenInUrl(char c) {
    return c <= ' ' || c == 0x7F || c == '\\' || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}'
        || c == '|' || c == '^';
  }

  static IntStream asciiCharacters() {
    return IntStream.range(0, 128).filter(c -> c != '%');
  }

  @ParameterizedTest(name = "U+{0}")
  @MethodSource("asciiCharacters")
  void urls_refuse_exactly_the_forbidden_ascii_characters_in_the_path(int c) {
    String url = "https://example.com/a" + (char) c + "b";

    assertThat(FormatRules.url(url)).as("U+%04X in %s", c, url)
        .isEqualTo(isForbiddenInUrl((char) c) ? Codes.URL_SYNTAX : null);
  }

  @ParameterizedTest(name = "U+{0}")
  @MethodSource("asciiCharacters")
  void urls_refuse_exactly_the_forbidden_ascii_characters_in_the_query_and_fragment(int c) {
    String expected = isForbiddenInUrl((char) c) ? Codes.URL_SYNTAX : null;

    assertThat(FormatRules.url("https://example.com/?q=" + (char) c)).isEqualTo(expected);
    assertThat(FormatRules.url("https://example.com#" + (char) c + "x")).isEqualTo(expected);
    assertThat(FormatRules.url("https://example.com/" + String.valueOf((char) c).repeat(9))).isEqualTo(expected);
  }

  @Test
  void urls_take_a_percent_sign_only_before_two_hex_digits() {
    assertThat(FormatRules.url("https://example.com/a%b")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://example.com/a%41b")).isNull();
    assertThat(FormatRules.url("https://example.com/a%4")).isEqualTo(Codes.URL_SYNTAX);
    assertThat(FormatRules.url("https://example.com/%41")).isNull();
    assertThat(FormatRules.url("https://example.com/%%41")).isEqualTo(Codes.URL_SYNTAX);
  }

  // Language tags: the fast path for common shapes agrees with the full parser.

  static Stream<String> languageTags() {
    Set<String> tags = new LinkedHashSet<>(List.of(
        "en", "en-GB", "zh-Hant-TW", "es-419", "EN-gb", "en-Latn", "de-DE-1996", "x-private", "i-klingon",
        "en--GB", "en-", "-en", "e1", "en-G1", "en-123", "en-1234", "abcd", "abcdefghi", "e", "en-GB-", "en-Latn-",
        "en-Latn-GB", "EN-LATN-GB", "zh-hant-tw", "sr-Latn-RS", "fil", "fil-PH", "yue-HK", "und", "und-419",
        "en-Lat", "en-Latnx", "en-Latn-G", "en-Latn-12", "en-Latn-1234", "en-G", "en-GBR", "en-12", "en-1",
        "zh-yue", "zh-yue-HK", "en-GB-oed", "en-a-bbb", "en-a", "en-x-a", "en-u-ca-gregory", "1en", "12",
        "de-1996", "de-DE-u-co-phonebk", "sgn-BE-FR", "abc-Abcd-AB", "abc-Abcd-123", "ab-Abcd-AB-x-1",
        "en-GB-GB", "en-419-419", "aa-Bbbb-Cccc", "a-b", "ab-c", "ab-cd-ef", "0-a", "9", "en-9999", "en-99999"));
    SplittableRandom random = new SplittableRandom(0x6C616E67L);
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    String digits = "0123456789";
    while (tags.size() < 4_000) {
      int subtags = 1 + random.nextInt(4);
      StringBuilder tag = new StringBuilder();
      for (int i = 0; i < subtags; i++) {
        if (i > 0) {
          tag.append('-');
        }
        int length = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(9);
        int kind = random.nextInt(4); // letters, digits, a digit then letters, or any mix
        for (int k = 0; k < length; k++) {
          String from = kind == 0 || (kind == 2 && k > 0) ? letters : kind == 1 || kind == 2 ? digits
              : random.nextBoolean() ? letters : digits;
          tag.append(from.charAt(random.nextInt(from.length())));
        }
      }
      if (tag.length() > 0 && tag.length() <= FormatRules.MAX_LANGUAGE_TAG) {
        tags.add(tag.toString());
      }
    }
    return tags.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languageTags")
  void language_tags_are_valid_exactly_when_the_locale_builder_takes_them(String tag) {
    boolean wellFormed;
    try {
      new Locale.Builder().setLanguageTag(tag);
      wellFormed = true;
    } catch (IllformedLocaleException e) {
      wellFormed = false;
    }

    assertThat(FormatRules.languageTag(tag)).isEqualTo(wellFormed ? null : Codes.INVALID_LANGUAGE_TAG);
  }

  @Test
  void language_tags_of_the_common_shapes_are_valid_and_their_neighbours_are_not() {
    assertThat(Stream.of("en", "eng", "en-GB", "en-419", "zh-Hant", "zh-Hant-TW", "ZH-hANT-tw", "yue-Hant-419"))
        .allSatisfy(tag -> assertThat(FormatRules.languageTag(tag)).as(tag).isNull());
    assertThat(Stream.of("e", "en-", "-en", "en--GB", "en-G", "en-12", "en-1x", "en-Hant-", "en-GB-", "e1", "en_GB"))
        .allSatisfy(tag -> assertThat(FormatRules.languageTag(tag)).as(tag).isEqualTo(Codes.INVALID_LANGUAGE_TAG));
  }

  // Host names.

  static Stream<Arguments> hosts() {
    String label63 = "a".repeat(63);
    String host253 = label63 + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
    List<Arguments> all = new ArrayList<>(List.of(
        Arguments.of("example.com", null),
        Arguments.of("a.b", null),
        Arguments.of("a", null),
        Arguments.of("localhost", null),
        Arguments.of("EXAMPLE.COM", null),
        Arguments.of("Example.Com", null),
        Arguments.of("a-b.c-d.com", null),
        Arguments.of("a--b.com", null),
        Arguments.of("xn--bcher-kva.example", null),
        Arguments.of("1.2.3.4", null),
        Arguments.of("0.0.0.0", null),
        Arguments.of("255.255.255.255", null),
        Arguments.of("123.com", null),
        Arguments.of("1a.2.3.4.com", null),
        Arguments.of("01.com", null),
        Arguments.of("1.2.3.4.com", null),
        Arguments.of("a.b1", null),
        Arguments.of("a.1b", null),
        Arguments.of("a.1-2", null),
        Arguments.of(label63 + ".com", null),
        Arguments.of(host253, null),
        Arguments.of("1.2.3.256", Codes.URL_HOST),
        Arguments.of("256.2.3.4", Codes.URL_HOST),
        Arguments.of("1.2.3", Codes.URL_HOST),
        Arguments.of("1.2.3.4.5", Codes.URL_HOST),
        Arguments.of("1", Codes.URL_HOST),
        Arguments.of("01.2.3.4", Codes.URL_HOST),
        Arguments.of("1.2.3.04", Codes.URL_HOST),
        Arguments.of("1.2.3.1000", Codes.URL_HOST),
        Arguments.of("1a.2.3.4", Codes.URL_HOST),
        Arguments.of("a.2.3.4", Codes.URL_HOST),
        Arguments.of("com.123", Codes.URL_HOST),
        Arguments.of("example.0", Codes.URL_HOST),
        Arguments.of("a-.com", Codes.URL_HOST),
        Arguments.of("-a.com", Codes.URL_HOST),
        Arguments.of("a.-b", Codes.URL_HOST),
        Arguments.of("a.b-", Codes.URL_HOST),
        Arguments.of("-", Codes.URL_HOST),
        Arguments.of("a..b", Codes.URL_HOST),
        Arguments.of(".a", Codes.URL_HOST),
        Arguments.of("a.", Codes.URL_HOST),
        Arguments.of(".", Codes.URL_HOST),
        Arguments.of("1.2.3.4.", Codes.URL_HOST),
        Arguments.of("a".repeat(64) + ".com", Codes.URL_HOST),
        Arguments.of("com." + "a".repeat(64), Codes.URL_HOST),
        Arguments.of(host253 + "d", Codes.URL_HOST),
        Arguments.of("exa_mple.com", Codes.URL_HOST),
        Arguments.of("exa mple.com", Codes.URL_HOST),
        Arguments.of("ex\u00E4mple.com", Codes.URL_HOST),
        Arguments.of("ex\u0430mple.com", Codes.URL_HOST),
        Arguments.of("example\uFF0Ecom", Codes.URL_HOST),
        Arguments.of("exa%41mple.com", Codes.URL_HOST)));
    // Every ASCII character that is not a letter, digit, hyphen or dot, and that does not end the
    // host (/ ? # :) or start user information (@), makes it no host name.
    for (char c = 0; c < 128; c++) {
      boolean ends = c == '/' || c == '?' || c == '#' || c == ':' || c == '@';
      boolean inHost = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
      if (!ends && !inHost) {
        all.add(Arguments.of("ex" + c + "ample.com", Codes.URL_HOST));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void urls_take_dns_names_and_dotted_ipv4_addresses_as_hosts(String host, @Nullable String code) {
    assertThat(FormatRules.url("https://" + host + "/")).isEqualTo(code);
    assertThat(FormatRules.url("http://" + host + ":8080/path")).isEqualTo(code);
    assertThat(FormatRules.isHostName(host, 0, host.length())).isEqualTo(code == null);
  }
}
