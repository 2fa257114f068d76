package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.publishingViolations;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.masthead.model.Article;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PublishableTest {
  private static final Image IMAGE = Fixtures.leadImage();

  @Test
  void passes_a_complete_article() {
    assertThat(publishingViolations(Fixtures.article())).isEmpty();
  }

  @Test
  void extends_the_default_group() {
    assertThat(Default.class).isAssignableFrom(Publishable.class);
  }

  static Stream<Arguments> missingParts() {
    return Stream.of(
        arguments("/publishedAt", Codes.REQUIRED_TO_PUBLISH, "is required to publish",
            (Consumer<Fixtures.ArticleParts>) a -> a.publishedAt = null),
        arguments("/authors", Codes.EMPTY, "must not be empty",
            (Consumer<Fixtures.ArticleParts>) a -> a.authors = List.of()),
        arguments("/body", Codes.EMPTY, "must not be empty",
            (Consumer<Fixtures.ArticleParts>) a -> a.body = null),
        arguments("/leadImage", Codes.REQUIRED_TO_PUBLISH, "is required to publish",
            (Consumer<Fixtures.ArticleParts>) a -> a.leadImage = null),
        arguments("/leadImage/url", Codes.REQUIRED_TO_PUBLISH, "is required to publish",
            (Consumer<Fixtures.ArticleParts>) a -> a.leadImage = new Image(
                null, IMAGE.altText(), IMAGE.caption(), IMAGE.width(), IMAGE.height(), IMAGE.credit())),
        arguments("/leadImage/altText", Codes.REQUIRED_TO_PUBLISH, "is required to publish",
            (Consumer<Fixtures.ArticleParts>) a -> a.leadImage = new Image(
                IMAGE.url(), null, IMAGE.caption(), IMAGE.width(), IMAGE.height(), IMAGE.credit())),
        arguments("/leadImage/credit", Codes.REQUIRED_TO_PUBLISH, "is required to publish",
            (Consumer<Fixtures.ArticleParts>) a -> a.leadImage = new Image(
                IMAGE.url(), IMAGE.altText(), IMAGE.caption(), IMAGE.width(), IMAGE.height(), null)),
        arguments("/canonicalUrl", Codes.REQUIRED_TO_PUBLISH, "is required to publish",
            (Consumer<Fixtures.ArticleParts>) a -> a.canonicalUrl = null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingParts")
  void rejects_a_well_formed_article_that_misses_a_part_publishing_needs(
      String pointer, String code, String message, Consumer<Fixtures.ArticleParts> change) {
    Article article = article(change);

    assertThat(violations(article)).isEmpty();
    assertThat(publishingViolations(article)).containsExactly(Violation.of(pointer, code, message));
  }

  @Test
  void reports_every_missing_part_of_an_empty_draft() {
    Article draft = Article.builder().id("draft-1").slug("draft").headline("Draft").language("en").build();

    assertThat(publishingViolations(draft))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/authors", Codes.EMPTY),
            tuple("/body", Codes.EMPTY),
            tuple("/canonicalUrl", Codes.REQUIRED_TO_PUBLISH),
            tuple("/leadImage", Codes.REQUIRED_TO_PUBLISH),
            tuple("/publishedAt", Codes.REQUIRED_TO_PUBLISH));
  }

  @Test
  void also_runs_the_well_formed_rules() {
    Article article = article(a -> {
      a.headline = "\u00a0";
      a.canonicalUrl = null;
      a.tags = List.of("Budget", "budget");
    });

    assertThat(publishingViolations(article))
        .containsExactly(
            Violation.of("/canonicalUrl", Codes.REQUIRED_TO_PUBLISH, "is required to publish"),
            Violation.of("/headline", Codes.BLANK, "must not be blank"),
            Violation.of("/tags/1", Codes.DUPLICATE, "must be unique in its list"));
  }

  @Test
  void leaves_an_image_without_credit_well_formed() {
    Image uncredited = new Image(IMAGE.url(), IMAGE.altText(), null, null, null, null);

    assertThat(violations(uncredited)).isEmpty();
    assertThat(publishingViolations(uncredited))
        .containsExactly(Violation.of("/credit", Codes.REQUIRED_TO_PUBLISH, "is required to publish"));
    assertThat(violations(Fixtures.articleWith(new ImageBlock(uncredited)))).isEmpty();
  }
}
