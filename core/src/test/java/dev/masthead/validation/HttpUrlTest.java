package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.articleWith;
import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.masthead.model.Article;
import dev.masthead.model.Credit;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpUrlTest {
  private static Article canonical(String url) {
    return article(a -> a.canonicalUrl = url);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://example.com:8080/a?b=c#d",
    "http://192.168.0.1/",
    "https://[::1]/",
    "https://[2001:db8::1]:8443/feed",
    "https://[::]/",
    "https://[2001:db8:0:0:0:0:0:1]/",
    "https://[2001:DB8::8:800:200C:417A]/",
    "https://[fe80::1:2:3:4:5:6]/",
    "https://[1::]/",
    "https://[::ffff:192.0.2.1]/",
    "https://[64:ff9b::198.51.100.7]:443/",
    "https://news.example.com/politics/budget",
    "https://example.com",
    "https://example.com?q=1",
    "https://example.com#top",
    "HTTPS://EXAMPLE.COM/",
    "https://example.com:1/",
    "https://example.com:65535/",
    "https://xn--exmple-cua.com/",
    "https://localhost/",
    "https://example.com/caf%C3%A9?q=a%20b",
    "https://1.2.3.4a/"
  })
  void accepts_absolute_http_and_https_urls(String url) {
    assertThat(violations(canonical(url))).isEmpty();
  }

  static Stream<Arguments> rejectedUrls() {
    return Stream.of(
        arguments("javascript:alert(1)", Codes.URL_SCHEME),
        arguments("//host/x", Codes.URL_SCHEME),
        arguments("ftp://x.org", Codes.URL_SCHEME),
        arguments("mailto:jane@example.com", Codes.URL_SCHEME),
        arguments("data:text/html,<script>alert(1)</script>", Codes.URL_SCHEME),
        arguments("example.com/x", Codes.URL_SCHEME),
        arguments("https:/example.com", Codes.URL_SCHEME),
        arguments("https://user:pw@example.com", Codes.URL_USERINFO),
        arguments("https://user@example.com/", Codes.URL_USERINFO),
        arguments("https://exa mple.com", Codes.URL_HOST),
        arguments("https://example.com\\x", Codes.URL_HOST),
        arguments("https://ex_ample.com", Codes.URL_HOST),
        // Cyrillic small letter a in place of the Latin one
        arguments("https://ex\u0430mple.com", Codes.URL_HOST),
        arguments("https://", Codes.URL_HOST),
        arguments("https://:443/", Codes.URL_HOST),
        arguments("https://-example.com/", Codes.URL_HOST),
        arguments("https://example-.com/", Codes.URL_HOST),
        arguments("https://exa..mple.com/", Codes.URL_HOST),
        arguments("https://" + "a".repeat(64) + ".com/", Codes.URL_HOST),
        arguments("http://256.0.0.1/", Codes.URL_HOST),
        arguments("http://1.2.3/", Codes.URL_HOST),
        arguments("http://010.0.0.1/", Codes.URL_HOST),
        arguments("https://[::1/", Codes.URL_HOST),
        arguments("https://[example]/", Codes.URL_HOST),
        arguments("https://[:::]/", Codes.URL_HOST),
        arguments("https://[::::]/", Codes.URL_HOST),
        arguments("https://[1::2::3]/", Codes.URL_HOST),
        arguments("https://[:1::]/", Codes.URL_HOST),
        arguments("https://[1::2:]/", Codes.URL_HOST),
        arguments("https://[12345::1]/", Codes.URL_HOST),
        arguments("https://[1:2:3:4:5:6:7]/", Codes.URL_HOST),
        arguments("https://[1:2:3:4:5:6:7:8:9]/", Codes.URL_HOST),
        arguments("https://[1:2:3:4:5:6:7::8]/", Codes.URL_HOST),
        arguments("https://[::1.2.3]/", Codes.URL_HOST),
        arguments("https://[::256.1.1.1]/", Codes.URL_HOST),
        arguments("https://[1.2.3.4]/", Codes.URL_HOST),
        arguments("https://[::1.2.3.4:5]/", Codes.URL_HOST),
        arguments("https://[1:2:3:4:5:6:7:1.2.3.4]/", Codes.URL_HOST),
        arguments("https://[::1]x/", Codes.URL_HOST),
        arguments("https://example.com:0/", Codes.URL_PORT),
        arguments("https://example.com:65536/", Codes.URL_PORT),
        arguments("https://example.com:/", Codes.URL_PORT),
        arguments("https://example.com:8o/", Codes.URL_PORT),
        arguments("https://example.com:123456/", Codes.URL_PORT),
        arguments("https://example.com/a b", Codes.URL_SYNTAX),
        arguments("https://example.com/a\\b", Codes.URL_SYNTAX),
        arguments("https://example.com/a\tb", Codes.URL_SYNTAX),
        arguments("https://example.com/a\nb", Codes.URL_SYNTAX),
        arguments("https://example.com/a\u00a0b", Codes.URL_SYNTAX),
        arguments("https://example.com/a\u3000b", Codes.URL_SYNTAX),
        arguments("https://example.com/\u202e", Codes.URL_SYNTAX),
        arguments("https://example.com/\u200b", Codes.URL_SYNTAX),
        arguments("https://example.com/\ud800", Codes.URL_SYNTAX),
        arguments("https://example.com/%zz", Codes.URL_SYNTAX),
        arguments("https://example.com/%2", Codes.URL_SYNTAX),
        arguments("https://example.com/<script>", Codes.URL_SYNTAX),
        arguments("https://example.com/\"x\"", Codes.URL_SYNTAX),
        arguments("", Codes.BLANK));
  }

  @ParameterizedTest
  @MethodSource("rejectedUrls")
  void rejects_urls_that_are_not_absolute_http_urls_with_a_plain_host(String url, String code) {
    assertThat(violations(canonical(url)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/canonicalUrl", code));
  }

  @Test
  void rejects_javascript_urls_with_a_message_that_names_the_rule() {
    assertThat(violations(canonical("javascript:alert(1)")))
        .containsExactly(Violation.of(
            "/canonicalUrl", Codes.URL_SCHEME, "must be an absolute URL starting with http:// or https://"));
  }

  @Test
  void rejects_user_information_with_a_message_that_does_not_repeat_it() {
    assertThat(violations(canonical("https://user:pw@example.com")))
        .containsExactly(Violation.of("/canonicalUrl", Codes.URL_USERINFO, "must not contain user information"));
  }

  @Test
  void names_the_port_range() {
    assertThat(violations(canonical("https://example.com:65536/")))
        .containsExactly(Violation.of("/canonicalUrl", Codes.URL_PORT, "must have a port from 1 to 65535"));
  }

  @Test
  void accepts_2048_code_points_and_rejects_2049() {
    String prefix = "https://example.com/";
    String atLimit = prefix + "\u00e9".repeat(2048 - prefix.length());

    assertThat(violations(canonical(atLimit))).isEmpty();
    assertThat(violations(canonical(atLimit + "a")))
        .containsExactly(Violation.of("/canonicalUrl", Codes.TOO_LONG, "must be at most 2048 characters"));
  }

  @Test
  void checks_every_url_of_an_article_where_it_stands() {
    Article article = article(a -> {
      a.authors = List.of(author(p -> {
        p.url = "ftp://example.com/jane";
        p.avatarUrl = "https://exa mple.com/jane.jpg";
        p.sameAs = List.of("https://social.example/@jane", "javascript:void(0)");
      }));
      a.leadImage = new Image("//cdn.example.com/a.jpg", "A chart", null, null, null, null);
      a.body = List.of(new Paragraph("Read the budget.", List.of(new Link(9, 15, "https://user@example.com/"))));
      a.credits = List.of(new Credit(Credit.PHOTO, "A. Smith", null, null, null, "http://example.com:0/"));
    });

    assertThat(violations(article))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/authors/0/avatarUrl", Codes.URL_HOST),
            tuple("/authors/0/sameAs/1", Codes.URL_SCHEME),
            tuple("/authors/0/url", Codes.URL_SCHEME),
            tuple("/body/0/links/0/href", Codes.URL_USERINFO),
            tuple("/credits/0/license", Codes.URL_PORT),
            tuple("/leadImage/url", Codes.URL_SCHEME));
  }

  @Test
  void accepts_an_image_without_a_url() {
    assertThat(violations(articleWith(new ImageBlock(Image.builder().build())))).isEmpty();
  }
}
