package dev.masthead.validation;

import static dev.masthead.model.Fixtures.articleBy;
import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SinglePersonTest {
  @ParameterizedTest
  @ValueSource(strings = {"Jane Doe and John Smith", "Jane Doe & John Smith", "Jane Doe; John Smith"})
  void rejects_a_person_entry_that_names_several_people(String name) {
    Author author = author(a -> {
      a.name = name;
      a.kind = AuthorKind.PERSON;
    });

    assertThat(violations(articleBy(author)))
        .containsExactly(Violation.of(
            "/authors/0/name", Codes.MULTIPLE_AUTHORS,
            "must name one person; give each author an entry of their own"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane Doe and John Smith", "Jane Doe & John Smith", "Jane Doe; John Smith"})
  void accepts_the_same_names_for_an_organization(String name) {
    Author author = author(a -> {
      a.name = name;
      a.kind = AuthorKind.ORGANIZATION;
    });

    assertThat(violations(articleBy(author))).isEmpty();
  }

  @Test
  void treats_an_author_without_a_kind_as_a_person() {
    Author author = author(a -> {
      a.name = "Jane Doe and John Smith";
      a.kind = null;
    });

    assertThat(violations(author))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/name", Codes.MULTIPLE_AUTHORS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anderson Cooper", "Sandy Andrews", "Marie-Andr\u00e9e Dupont", "Mandla Ndlovu"})
  void accepts_single_names_that_contain_and(String name) {
    assertThat(violations(articleBy(author(a -> a.name = name)))).isEmpty();
  }

  @Test
  void makes_the_builder_reject_a_shared_person_entry() {
    assertThatThrownBy(() -> Author.of("Jane Doe and John Smith", "jane-and-john"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("author is not well-formed: /name: multiple_authors: "
            + "must name one person; give each author an entry of their own");
    assertThat(Author.builder("Reuters and AP", "wires").kind(AuthorKind.ORGANIZATION).build().name())
        .isEqualTo("Reuters and AP");
  }

  @Test
  void rejects_a_person_name_that_starts_with_a_semicolon() {
    Author author = author(a -> {
      a.name = ";Jane Doe";
      a.kind = AuthorKind.PERSON;
    });

    assertThat(violations(articleBy(author))).extracting(Violation::code).containsExactly(Codes.MULTIPLE_AUTHORS);
  }
}
