package dev.masthead.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Ticker;
import dev.masthead.validation.Codes;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.Slug;
import dev.masthead.validation.Violation;
import jakarta.validation.Valid;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MastheadValidator#standard()} answers exactly as plain Hibernate Validator does, pointer
 * and code, at both levels, for application records that hold Masthead's types and containers that
 * Masthead's own records never use: maps, nested lists, {@code Optional}, arrays. The records
 * stand for an application's: they live in a package that the test module opens to Hibernate
 * Validator, as an application opens its own, and outside the model, so no plan is built for them.
 */
class StandardValidatorDifferentialTest {
  private static final ValidatorFactory FACTORY = MastheadValidator.newValidatorFactory();
  private static final MastheadValidator HIBERNATE = MastheadValidator.of(FACTORY.getValidator());
  private static final String BAD = "much too long \u202e";

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  record Tagged(Map<String, @PlainText(max = 5) String> labels) {}

  record Keyed(Map<@Slug String, String> labels) {}

  record Nested(List<List<@PlainText(max = 5) String>> rows) {}

  record Maybe(Optional<@PlainText(max = 5) String> note) {}

  record Several(java.lang.@PlainText(max = 5) String[] notes) {}

  record Feature(@Valid Article article) {}

  record Shelf(List<@Valid Article> articles, @Size(max = 1) List<String> names) {}

  record Staff(Map<String, @Valid Author> authors) {}

  record Pinned(Optional<@Valid Ticker> ticker) {}

  record Archive(@Valid Article[] articles) {}

  record Grid(List<List<@Valid Author>> authors) {}

  static Stream<Arguments> records() {
    Article broken = Fixtures.article(a -> a.headline = BAD);
    Author byline = Fixtures.author(x -> x.name = "By Jane Doe");
    Ticker blankLabel = new Ticker("home", " ", List.of(), null);
    return Stream.of(
        Arguments.of("map value", new Tagged(Map.of("k", BAD)), 1),
        Arguments.of("valid map value", new Tagged(Map.of("k", "short")), 0),
        Arguments.of("map key", new Keyed(Map.of("Not_A_Slug", "v")), 1),
        Arguments.of("nested list", new Nested(List.of(List.of("ok"), List.of(BAD))), 1),
        Arguments.of("valid nested list", new Nested(List.of(List.of("ok"))), 0),
        Arguments.of("optional", new Maybe(Optional.of(BAD)), 1),
        Arguments.of("empty optional", new Maybe(Optional.empty()), 0),
        // Hibernate Validator runs no element constraints of arrays (it does cascade into them).
        Arguments.of("array", new Several(new String[] {"ok", BAD}), 0),
        Arguments.of("article held by a record", new Feature(broken), 1),
        Arguments.of("valid article held by a record", new Feature(Fixtures.article()), 0),
        Arguments.of("list of articles", new Shelf(List.of(Fixtures.article(), broken), List.of("a", "b")), 2),
        Arguments.of("map of authors", new Staff(Map.of("jane", byline)), 1),
        Arguments.of("optional ticker", new Pinned(Optional.of(blankLabel)), 1),
        Arguments.of("array of articles", new Archive(new Article[] {broken}), 1),
        Arguments.of("nested list of authors", new Grid(List.of(List.of(Fixtures.janeDoe(), byline))), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void reports_what_hibernate_validator_reports_for_application_records(String name, Object value, int expected) {
    List<Violation> wellFormed = MastheadValidator.standard().validate(value);

    assertThat(wellFormed).as("well-formed").isEqualTo(HIBERNATE.validate(value));
    assertThat(MastheadValidator.standard().validatePublishable(value))
        .as("publishable")
        .isEqualTo(HIBERNATE.validatePublishable(value));
    assertThat(wellFormed).as("the case breaks as many rules as it means to: %s", wellFormed).hasSize(expected);
  }

  @Test
  void points_into_a_map_value_with_its_key() {
    assertThat(MastheadValidator.standard().validate(new Tagged(Map.of("k", BAD))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/labels/k", Codes.BIDI_OVERRIDE));
  }
}
