package dev.masthead.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.validation.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
}
