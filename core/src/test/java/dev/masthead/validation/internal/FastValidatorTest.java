package dev.masthead.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Publishable;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path must agree with Hibernate Validator on every value: it may only say "valid" when
 * Hibernate Validator finds nothing, at either level.
 */
class FastValidatorTest {
  private static final jakarta.validation.ValidatorFactory FACTORY = MastheadValidator.newValidatorFactory();
  private static final Validator HIBERNATE = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @BeforeEach
  void build_plans_afresh() {
    FastValidator.forgetPlans();
  }

  static Stream<Object> values() {
    Instant at = Fixtures.PUBLISHED_AT;
    return Stream.of(
        Fixtures.article(),
        Fixtures.article(a -> a.headline = ""),
        Fixtures.article(a -> a.headline = null),
        Fixtures.article(a -> a.headline = "x".repeat(301)),
        Fixtures.article(a -> a.language = "en_GB"),
        Fixtures.article(a -> a.canonicalUrl = "javascript:alert(1)"),
        Fixtures.article(a -> a.canonicalUrl = null),
        Fixtures.article(a -> a.publishedAt = null),
        Fixtures.article(a -> a.updatedAt = at.minusSeconds(1)),
        Fixtures.article(a -> a.tags = List.of("Budget", "budget")),
        Fixtures.article(a -> a.leadImage = new Image(null, null, null, null, null, null)),
        Fixtures.article(a -> a.authors = List.of()),
        Fixtures.articleBy(Fixtures.author(x -> x.name = "By Jane Doe")),
        Fixtures.articleBy(Fixtures.author(x -> x.articleCount = -1)),
        Fixtures.articleWith(new Heading(7, "Too deep")),
        Fixtures.articleWith(new Paragraph("Short", List.of(new Link(0, 9, "https://example.com/")))),
        Fixtures.articleWith(new ImageBlock(new Image("https://example.com/a.jpg", null, null, 0, null, null))),
        Fixtures.articleWith(new Paragraph("Bidi \u202e override", List.of())),
        new Author("Jane Doe and John Roe", "pair", null, null, null, null, null, null, null, null),
        Ticker.of("home", "News Ticker"),
        new Ticker("home", "News Ticker",
            List.of(Fixtures.item("t1", TickerPriority.BREAKING, at), Fixtures.item("t1", TickerPriority.NORMAL, at)),
            null),
        new TickerItem("t1", "Item", null, null, null, at, at),
        Fixtures.articleBy(Fixtures.author(x -> x.sameAs = List.of("javascript:alert(1)"))),
        Fixtures.articleBy(Fixtures.author(x -> x.articleCount = 10_000_001)),
        Fixtures.articleBy(Fixtures.author(x -> x.articleCount = 0)),
        Fixtures.article(a -> a.tags = List.of(" ")),
        Fixtures.article(a -> a.tags = java.util.Collections.nCopies(101, "t")),
        Fixtures.article(a -> a.credits = List.of(new dev.masthead.model.Credit("photo", null, null, null, null, null))),
        Fixtures.article(a -> a.leadImage = new Image("https://example.com/a.jpg", "Alt", null, 100_001, 1, null)),
        Fixtures.article(a -> a.body = List.of(new dev.masthead.model.ListBlock(true, List.of()))));
  }

  @ParameterizedTest
  @MethodSource("values")
  void agrees_with_hibernate_validator_at_the_well_formed_level(Object value) {
    assertThat(FastValidator.isValid(value, false)).isEqualTo(HIBERNATE.validate(value, Default.class).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("values")
  void agrees_with_hibernate_validator_at_the_publishable_level(Object value) {
    assertThat(FastValidator.isValid(value, true)).isEqualTo(HIBERNATE.validate(value, Publishable.class).isEmpty());
  }

  @Test
  void sees_a_valid_article_as_valid_and_a_draft_as_not_publishable() {
    Article draft = Fixtures.article(a -> a.publishedAt = null);

    assertThat(FastValidator.isValid(Fixtures.article(), true)).isTrue();
    assertThat(FastValidator.isValid(draft, false)).isTrue();
    assertThat(FastValidator.isValid(draft, true)).isFalse();
  }

  @Test
  void leaves_values_it_has_no_plan_for_to_the_full_validator() {
    assertThat(FastValidator.isValid("not a record of the model", false)).isFalse();
  }
}
