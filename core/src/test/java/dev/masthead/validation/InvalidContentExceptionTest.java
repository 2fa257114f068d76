package dev.masthead.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidContentExceptionTest {
  private static final Violation BLANK_HEADLINE = Violation.of("/headline", Codes.BLANK, "must not be blank");
  private static final Violation BAD_SLUG = Violation.of("/slug", Codes.INVALID_SLUG, "must be a slug");

  @Test
  void reads_subject_level_and_the_one_violation_on_one_line() {
    InvalidContentException e = new InvalidContentException("article", ValidationLevel.WELL_FORMED, List.of(BLANK_HEADLINE));

    assertThat(e).hasMessage("article is not well-formed: /headline: blank: must not be blank");
    assertThat(e.subject()).isEqualTo("article");
    assertThat(e.level()).isEqualTo(ValidationLevel.WELL_FORMED);
  }

  @Test
  void lists_several_violations_one_a_line() {
    InvalidContentException e =
        new InvalidContentException("article", ValidationLevel.PUBLISHABLE, List.of(BLANK_HEADLINE, BAD_SLUG));

    assertThat(e).hasMessage(
        "article is not publishable:\n  /headline: blank: must not be blank\n  /slug: invalid_slug: must be a slug");
    assertThat(e.level()).isEqualTo(ValidationLevel.PUBLISHABLE);
  }

  @Test
  void keeps_a_copy_of_the_violations() {
    List<Violation> violations = new ArrayList<>(List.of(BLANK_HEADLINE));
    InvalidContentException e = new InvalidContentException("article", ValidationLevel.WELL_FORMED, violations);
    violations.add(BAD_SLUG);

    assertThat(e.violations()).containsExactly(BLANK_HEADLINE);
    assertThatThrownBy(() -> e.violations().add(BAD_SLUG)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requires_at_least_one_violation() {
    assertThatThrownBy(() -> new InvalidContentException("article", ValidationLevel.WELL_FORMED, List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("violations must not be empty");
  }

  @Test
  void is_an_illegal_argument_exception_thrown_by_builders() {
    assertThatThrownBy(() -> Article.builder().id("a").slug("a").headline("\u3000").language("en").build())
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not well-formed: /headline: blank: must not be blank");
  }

  @Test
  void survives_serialization_with_its_violations() throws IOException, ClassNotFoundException {
    InvalidContentException e =
        new InvalidContentException("article", ValidationLevel.WELL_FORMED, List.of(BLANK_HEADLINE, BAD_SLUG));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }

    Object read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    assertThat(read).isInstanceOf(InvalidContentException.class);
    assertThat((InvalidContentException) read).hasMessage(e.getMessage());
    assertThat(((InvalidContentException) read).violations()).containsExactly(BLANK_HEADLINE, BAD_SLUG);
  }
}
