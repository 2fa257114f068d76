package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void holds_a_name_with_or_without_a_vocabulary_uri() {
    Subject topic = Subject.of("politics", "http://cv.iptc.org/newscodes/mediatopic/11000000");

    assertThat(topic.name()).isEqualTo("politics");
    assertThat(topic.uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/11000000");
    assertThat(Subject.of("budget")).isEqualTo(new Subject("budget", null));
    assertThat(Subject.of("Tehran", "urn:wikidata:Q3616").uri()).isEqualTo("urn:wikidata:Q3616");
  }

  @Test
  void needs_a_single_line_name_of_at_most_200_code_points() {
    assertThatThrownBy(() -> new Subject(null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
    assertThatThrownBy(() -> Subject.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
    assertThat(violations(new Subject("x".repeat(201), null)))
        .containsExactly(Violation.of("/name", Codes.TOO_LONG, "must be at most 200 characters"));
    assertThat(violations(new Subject(" ", null))).extracting(Violation::code).containsExactly(Codes.BLANK);
  }

  @Test
  void rejects_a_uri_that_is_not_a_urn_or_an_http_url() {
    assertThatThrownBy(() -> Subject.of("politics", "javascript:alert(1)"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("subject is not well-formed: /uri: uri_scheme: "
            + "must be an absolute URI starting with urn:, http:// or https://");
  }

  @Test
  void points_into_the_article_and_caps_the_list_at_100() {
    List<Subject> many = new ArrayList<>();
    for (int i = 0; i <= 100; i++) {
      many.add(Subject.of("topic " + i));
    }
    assertThat(violations(Fixtures.article(a -> a.subjects = many)))
        .containsExactly(Violation.of("/subjects", Codes.TOO_MANY, "must have at most 100 elements"));
    assertThat(violations(Fixtures.article(a -> a.subjects = List.of(Subject.of("a"), new Subject("b", "b")))))
        .containsExactly(Violation.of("/subjects/1/uri", Codes.URI_SCHEME,
            "must be an absolute URI starting with urn:, http:// or https://"));
  }
}
