package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.model.Article;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalUriTest {
  private static Article withUri(String uri) {
    return article(a -> a.uri = uri);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "urn:newsml:apnews.com:20230110:e2a5c5d6f0d24e0a9c0f",
    "URN:NewsML:example.com:20240501:abc",
    "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
    "urn:isbn:0451450523",
    "urn:example:a/b?+resolve?=query#frag",
    "urn:example:caf%C3%A9",
    "urn:ab:x",
    "https://news.example.com/2024/05/01/budget",
    "http://cv.iptc.org/newscodes/mediatopic/11000000"
  })
  void accepts_urns_and_http_urls(String uri) {
    assertThat(violations(withUri(uri))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "javascript:alert(1)| uri_scheme",
    "data:text/html,x| uri_scheme",
    "ftp://example.com/a| uri_scheme",
    "art-2024-000123| uri_scheme",
    "urn:| urn_syntax",
    "urn:a:b| urn_syntax",
    "urn:-ab:x| urn_syntax",
    "urn:ab-:x| urn_syntax",
    "urn:newsml| urn_syntax",
    "urn:newsml:| urn_syntax",
    "urn:newsml:a b| urn_syntax",
    "urn:newsml:a%zz| urn_syntax",
    "urn:newsml:a%2| urn_syntax",
    "urn:newsml:/leading-slash| urn_syntax",
    "urn:newsml:ünïcode| urn_syntax",
    "urn:abcdefghijklmnopqrstuvwxyz0123456:x| urn_syntax",
    "https://exa_mple.com/| url_host",
    "https://user@example.com/| url_userinfo",
    "https://example.com/a\\b| url_syntax"
  })
  void rejects_anything_else_with_the_rule_it_breaks(String uri, String code) {
    assertThat(violations(withUri(uri))).extracting(Violation::pointer, Violation::code).containsExactly(tuple("/uri", code));
  }

  @Test
  void reports_blank_and_too_long_uris() {
    assertThat(violations(withUri(" ")))
        .containsExactly(Violation.of("/uri", Codes.BLANK, "must not be blank"));
    String longest = "urn:example:" + "x".repeat(2_048 - 12);
    assertThat(violations(withUri(longest))).isEmpty();
    assertThat(violations(withUri(longest + "x")))
        .containsExactly(Violation.of("/uri", Codes.TOO_LONG, "must be at most 2048 characters"));
  }

  @Test
  void gives_each_rule_its_message() {
    assertThat(violations(withUri("mailto:desk@example.com")))
        .containsExactly(Violation.of("/uri", Codes.URI_SCHEME,
            "must be an absolute URI starting with urn:, http:// or https://"));
    assertThat(violations(withUri("urn:x:y")))
        .containsExactly(Violation.of("/uri", Codes.URN_SYNTAX,
            "must be a URN such as urn:newsml:example.com:20240501:abc"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "no-scheme| uri_syntax",
    ":empty-scheme| uri_syntax",
    "1abc:x| uri_syntax",
    "tag:| uri_syntax",
    "tag:a b| uri_syntax",
    "tag:a%g0| uri_syntax",
    "tag:ü| uri_syntax",
    "sc_heme:x| uri_syntax",
    "urn:x:y| urn_syntax",
    "https://exa_mple.com/x| url_host"
  })
  void with_any_scheme_still_needs_an_absolute_uri(String uri, String code) {
    assertThat(violations(new DigitalSourceType(uri))).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("", code));
  }

  @Test
  void checks_a_digital_source_type_on_an_applications_own_bean() {
    assertThat(MastheadValidator.standard().validate(new Labels("en", "photo", DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA))).isEmpty();
    assertThat(MastheadValidator.standard().validate(new Labels("en", "photo", new DigitalSourceType("not a uri"))))
        .extracting(Violation::pointer)
        .containsExactly("/source");
  }
}
