package dev.masthead.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

/** The problem of each Masthead error, found wherever Spring wraps it. */
class MastheadProblemsTest {
  private static final MalformedJsonException WRONG_TYPE = new MalformedJsonException(
      MalformedJsonException.WRONG_TYPE, 45, 23, "/authors/0/articleCount", "expected an integer", null);

  @Test
  void malformed_json_gives_its_code_pointer_line_and_column() {
    ProblemDetail problem = MastheadProblems.of(WRONG_TYPE);

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(MastheadProblems.MALFORMED_JSON);
    assertThat(problem.getTitle()).isEqualTo("Malformed JSON");
    assertThat(problem.getDetail()).isEqualTo("expected an integer");
    assertThat(problem.getProperties()).containsExactly(
        Map.entry("violations", List.of(Map.of(
            "pointer", "/authors/0/articleCount", "code", "wrong_type", "message", "expected an integer"))),
        Map.entry("line", 45),
        Map.entry("column", 23));
  }

  @Test
  void invalid_content_gives_every_violation_in_order() {
    InvalidContentException invalid = new InvalidContentException("article", ValidationLevel.PUBLISHABLE, List.of(
        Violation.of("/headline", "blank", "must not be blank"),
        Violation.of("/publishedAt", "required_to_publish", "is required to publish")));

    ProblemDetail problem = MastheadProblems.of(invalid);

    assertThat(problem.getType()).isEqualTo(MastheadProblems.INVALID_CONTENT);
    assertThat(problem.getTitle()).isEqualTo("Invalid content");
    assertThat(problem.getDetail()).isEqualTo("article is not publishable: 2 violations");
    assertThat(problem.getProperties()).containsExactly(Map.entry("violations", List.of(
        Map.of("pointer", "/headline", "code", "blank", "message", "must not be blank"),
        Map.of("pointer", "/publishedAt", "code", "required_to_publish", "message", "is required to publish"))));
  }

  @Test
  void finds_malformed_json_below_springs_wrapping() {
    HttpMessageNotReadableException wrapped = new HttpMessageNotReadableException("JSON parse error",
        new IllegalStateException("databind", WRONG_TYPE), new MockHttpInputMessage(new byte[0]));

    assertThat(MastheadProblems.from(wrapped)).hasValueSatisfying(problem ->
        assertThat(problem.getProperties()).containsEntry("line", 45));
  }

  @Test
  void finds_nothing_in_failures_that_are_not_mastheads() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);

    assertThat(MastheadProblems.from(new IllegalArgumentException("headline"))).isEmpty();
    assertThat(MastheadProblems.from(second)).isEmpty();
  }
}
