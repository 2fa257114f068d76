package dev.masthead.validation;

import static dev.masthead.model.Fixtures.PUBLISHED_AT;
import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.articleBy;
import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.item;
import static dev.masthead.model.Fixtures.janeDoe;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Box;
import dev.masthead.model.Credit;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MastheadValidatorTest {
  private static final MastheadValidator VALIDATOR = MastheadValidator.standard();

  @Test
  void returns_the_same_shared_instance() {
    assertThat(MastheadValidator.standard()).isSameAs(VALIDATOR);
  }

  @Test
  void finds_nothing_wrong_with_a_well_formed_article() {
    assertThat(VALIDATOR.validate(Fixtures.article())).isEmpty();
    assertThat(VALIDATOR.validatePublishable(Fixtures.article())).isEmpty();
  }

  @Test
  void reports_every_violation_at_once_sorted_by_pointer() {
    Article article = article(a -> {
      a.id = "../secret";
      a.headline = "\u00a0";
      a.language = "en_GB";
      a.canonicalUrl = "javascript:alert(1)";
      a.tags = List.of("budget", "BUDGET");
      a.authors = List.of(author(p -> p.name = "By Jane Doe"));
    });

    assertThat(VALIDATOR.validate(article))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/authors/0/name", Codes.BYLINE_IN_NAME),
            tuple("/canonicalUrl", Codes.URL_SCHEME),
            tuple("/headline", Codes.BLANK),
            tuple("/id", Codes.INVALID_ID),
            tuple("/language", Codes.INVALID_LANGUAGE_TAG),
            tuple("/tags/1", Codes.DUPLICATE));
  }

  @Test
  void orders_numeric_segments_numerically() {
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      body.add(new Paragraph(i == 2 || i == 10 ? " " : "Paragraph " + i + ".", List.of()));
    }

    assertThat(VALIDATOR.validate(article(a -> a.body = body)))
        .extracting(Violation::pointer)
        .containsExactly("/body/2/text", "/body/10/text");
  }

  @Test
  void orders_violations_at_one_pointer_by_code() {
    Article article = articleBy(author(p -> p.name = "By Jane Doe and John Smith"));

    assertThat(VALIDATOR.validate(article))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/authors/0/name", Codes.BYLINE_IN_NAME),
            tuple("/authors/0/name", Codes.MULTIPLE_AUTHORS));
  }

  @Test
  void orders_a_parent_before_its_children() {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tags.add("tag-" + i);
    }
    tags.set(100, "TAG-0");

    assertThat(VALIDATOR.validate(article(a -> a.tags = tags)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/tags", Codes.TOO_MANY), tuple("/tags/100", Codes.DUPLICATE));
  }

  @Test
  void returns_an_unmodifiable_list() {
    List<Violation> violations = VALIDATOR.validate(article(a -> a.headline = ""));

    assertThatThrownBy(() -> violations.add(Violation.of("", "x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static final String LONG = "Q".repeat(10_000);

  static Stream<Arguments> longBadValues() {
    return Stream.of(
        arguments("/headline", (Consumer<Fixtures.ArticleParts>) a -> a.headline = LONG),
        arguments("/headline", (Consumer<Fixtures.ArticleParts>) a -> a.headline = LONG + "\u202e"),
        arguments("/summary", (Consumer<Fixtures.ArticleParts>) a -> a.summary = LONG + "\n"),
        arguments("/id", (Consumer<Fixtures.ArticleParts>) a -> a.id = LONG),
        arguments("/slug", (Consumer<Fixtures.ArticleParts>) a -> a.slug = LONG),
        arguments("/language", (Consumer<Fixtures.ArticleParts>) a -> a.language = LONG),
        arguments("/canonicalUrl", (Consumer<Fixtures.ArticleParts>) a -> a.canonicalUrl = "javascript:" + LONG),
        arguments("/canonicalUrl", (Consumer<Fixtures.ArticleParts>) a -> a.canonicalUrl = "https://" + LONG),
        arguments("/canonicalUrl",
            (Consumer<Fixtures.ArticleParts>) a -> a.canonicalUrl = "https://example.com/" + LONG),
        arguments("/tags/0", (Consumer<Fixtures.ArticleParts>) a -> a.tags = List.of(LONG)),
        arguments("/authors/0/name",
            (Consumer<Fixtures.ArticleParts>) a -> a.authors = List.of(author(p -> p.name = "By " + LONG))),
        arguments("/authors/0/email",
            (Consumer<Fixtures.ArticleParts>) a -> a.authors = List.of(author(p -> p.email = LONG))),
        arguments("/authors/0/name", (Consumer<Fixtures.ArticleParts>) a -> a.authors = List.of(
            author(p -> p.name = "Q".repeat(100) + " and " + "Q".repeat(90)))));
  }

  @ParameterizedTest
  @MethodSource("longBadValues")
  void never_echoes_the_offending_value_in_a_message(String pointer, Consumer<Fixtures.ArticleParts> change) {
    Article article = article(change);

    List<Violation> violations = VALIDATOR.validate(article);

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.pointer()).isEqualTo(pointer);
      assertThat(violation.message()).hasSizeLessThan(200).doesNotContain("QQ");
    });
    assertThatThrownBy(() -> VALIDATOR.requireWellFormed(article))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("QQ"));
  }

  @Test
  void converts_nested_property_paths_to_json_pointers() {
    Image uncredited = new Image("https://cdn.example.com/a.jpg", "A chart", null, null, null,
        new Credit(Credit.GRAPHIC, null, null, null, null, null));
    Paragraph badLink = new Paragraph("The council voted.", List.of(
        new Link(0, 3, "https://example.com/a"), new Link(4, 40, "https://example.com/b")));
    Article article = article(a -> {
      a.body = List.of(badLink, Paragraph.of("Two."), Paragraph.of("Three."), new ImageBlock(uncredited));
      a.tags = List.of("a", "b", "c", "A");
      a.authors = List.of(janeDoe(), author(p -> p.name = "Jane Roe"));
    });
    Ticker ticker = new Ticker("home", "News Ticker", List.of(
        item("t1", TickerPriority.BREAKING, PUBLISHED_AT),
        item("t2", TickerPriority.URGENT, PUBLISHED_AT),
        item("t1", TickerPriority.NORMAL, PUBLISHED_AT)), null);

    assertThat(VALIDATOR.validate(article))
        .extracting(Violation::pointer)
        .containsExactly("/authors/1/slug", "/body/0/links/1/end", "/body/3/image/credit/name", "/tags/3");
    assertThat(VALIDATOR.validate(ticker)).extracting(Violation::pointer).containsExactly("/items/2/id");
  }

  @Test
  void converts_the_paths_of_an_application_validator_the_same_way() {
    Article article = article(a -> a.body = List.of(
        Paragraph.of("One."), Paragraph.of("Two."), Paragraph.of("Three."),
        new ImageBlock(new Image(null, null, null, null, null, new Credit("photo", null, null, null, null, null)))));

    try (ValidatorFactory factory = MastheadValidator.newValidatorFactory()) {
      Set<ConstraintViolation<Article>> found = factory.getValidator().validate(article);

      assertThat(found).singleElement().satisfies(violation ->
          assertThat(MastheadValidator.pointer(violation.getPropertyPath())).isEqualTo("/body/3/image/credit/name"));
      assertThat(MastheadValidator.violations(found)).isEqualTo(VALIDATOR.validate(article));
      assertThat(MastheadValidator.of(factory.getValidator()).validate(article)).isEqualTo(VALIDATOR.validate(article));
    }
  }

  @Test
  void converts_an_empty_set_to_an_empty_list() {
    assertThat(MastheadValidator.violations(Set.of())).isEmpty();
  }

  @Test
  void validates_the_groups_it_is_given() {
    Article unpublishable = article(a -> a.canonicalUrl = null);

    assertThat(VALIDATOR.validate(unpublishable, Default.class)).isEmpty();
    assertThat(VALIDATOR.validate(unpublishable, Publishable.class))
        .isEqualTo(VALIDATOR.validatePublishable(unpublishable))
        .containsExactly(Violation.of("/canonicalUrl", Codes.REQUIRED_TO_PUBLISH, "is required to publish"));
  }

  @Test
  void validates_the_default_group_as_the_well_formed_level() {
    Article blank = article(a -> a.headline = " ");

    assertThat(VALIDATOR.validate(blank, Default.class))
        .isEqualTo(VALIDATOR.validate(blank))
        .containsExactly(Violation.of("/headline", Codes.BLANK, "must not be blank"));
  }

  @Test
  void validates_several_groups_together() {
    Article article = article(a -> {
      a.headline = " ";
      a.canonicalUrl = null;
    });

    assertThat(VALIDATOR.validate(article, Default.class, Publishable.class))
        .extracting(Violation::pointer)
        .containsExactly("/canonicalUrl", "/headline");
  }

  @Test
  void finds_nothing_in_a_group_no_masthead_constraint_belongs_to() {
    Article article = article(a -> {
      a.headline = " ";
      a.canonicalUrl = null;
    });

    assertThat(VALIDATOR.validate(article, OwnGroup.class)).isEmpty();
  }

  @Test
  void escapes_tilde_and_slash_in_pointer_segments_and_names_foreign_constraints_by_annotation() {
    Box box = new Box(Map.of("a/b~c", " "));

    try (ValidatorFactory factory = MastheadValidator.newValidatorFactory()) {
      MastheadValidator validator = MastheadValidator.of(factory.getValidator());

      assertThat(validator.validate(box, ValidationLevel.WELL_FORMED))
          .containsExactly(Violation.of("/labels/a~1b~0c", "not_blank", "must not be blank"));
      assertThatThrownBy(() -> validator.requireWellFormed(box))
          .isInstanceOfSatisfying(InvalidContentException.class, e -> {
            assertThat(e.subject()).isEqualTo("box");
            assertThat(e.level()).isEqualTo(ValidationLevel.WELL_FORMED);
            assertThat(e).hasMessage("box is not well-formed: /labels/a~1b~0c: not_blank: must not be blank");
          });
    }
  }

  @Test
  void leaves_plain_map_keys_as_they_are() {
    Box box = new Box(Map.of("sport", " "));

    try (ValidatorFactory factory = MastheadValidator.newValidatorFactory()) {
      assertThat(MastheadValidator.of(factory.getValidator()).validate(box, Default.class))
          .extracting(Violation::pointer)
          .containsExactly("/labels/sport");
    }
  }

  /** An application's own group, which no Masthead constraint belongs to. */
  interface OwnGroup {}

  @Test
  void rejects_a_null_value() {
    assertThatThrownBy(() -> VALIDATOR.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void returns_a_well_formed_value_itself() {
    Article article = Fixtures.article();

    assertThat(VALIDATOR.requireWellFormed(article)).isSameAs(article);
    assertThat(VALIDATOR.requirePublishable(article)).isSameAs(article);
  }

  @Test
  void throws_with_the_one_violation_in_the_message() {
    Article article = article(a -> a.headline = " ");

    assertThatThrownBy(() -> VALIDATOR.requireWellFormed(article))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not well-formed: /headline: blank: must not be blank")
        .satisfies(e -> assertThat(((InvalidContentException) e).violations())
            .containsExactly(Violation.of("/headline", Codes.BLANK, "must not be blank")));
  }

  @Test
  void throws_with_every_violation_one_a_line() {
    Article article = article(a -> {
      a.headline = " ";
      a.slug = "Budget";
    });

    assertThatThrownBy(() -> VALIDATOR.requireWellFormed(article))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not well-formed:\n"
            + "  /headline: blank: must not be blank\n"
            + "  /slug: invalid_slug: must be lower-case letters and digits joined by single hyphens");
  }

  @Test
  void names_the_publishable_level_and_the_subject_type() {
    assertThatThrownBy(() -> VALIDATOR.requirePublishable(article(a -> a.publishedAt = null)))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not publishable: /publishedAt: required_to_publish: is required to publish");
    TickerItem item = new TickerItem("t1", "", null, null, null, PUBLISHED_AT, null);
    assertThatThrownBy(() -> VALIDATOR.requireWellFormed(item))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("ticker item is not well-formed: /headline: blank: must not be blank");
  }

  @Test
  void gives_equal_results_to_eight_threads_at_once() throws Exception {
    List<Object> values = List.of(
        Fixtures.article(),
        article(a -> {
          a.headline = "\u202e";
          a.canonicalUrl = "ftp://example.com";
          a.tags = List.of("x", "X");
        }),
        articleBy(author(p -> p.name = "By Jane Doe and John Smith")),
        new Ticker("home", "", List.of(item("t1", null, PUBLISHED_AT), item("t1", null, PUBLISHED_AT)), null));
    List<List<Violation>> expected = new ArrayList<>();
    for (Object value : values) {
      expected.add(VALIDATOR.validate(value));
    }
    int threads = 8;
    int rounds = 50;
    List<List<Violation>> expectedRounds = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      expectedRounds.addAll(expected);
    }
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Violation>>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(executor.submit(() -> {
          start.await();
          List<List<Violation>> seen = new ArrayList<>();
          for (int round = 0; round < rounds; round++) {
            for (Object value : values) {
              seen.add(VALIDATOR.validate(value));
            }
          }
          return seen;
        }));
      }
      start.countDown();
      for (Future<List<List<Violation>>> result : results) {
        assertThat(result.get(1, TimeUnit.MINUTES)).isEqualTo(expectedRounds);
      }
    } finally {
      executor.shutdownNow();
    }
    assertThat(expected).extracting(List::size).containsExactly(0, 3, 2, 2);
  }
}
