package dev.masthead.model;

import static dev.masthead.model.Fixtures.PUBLISHED_AT;
import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.janeDoe;
import static dev.masthead.model.Fixtures.leadImage;
import static dev.masthead.model.Fixtures.photoCredit;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleTest {
  private static Article.Builder minimal() {
    return Article.builder().id("art-1").slug("budget").headline("Council approves budget").language("en");
  }

  private static Author person(String name) {
    return Author.of(name, name.toLowerCase(Locale.ROOT).replace(' ', '-').replace(".", ""));
  }

  @Test
  void builds_an_article_with_the_given_parts() {
    Article article = Fixtures.article();

    assertThat(article.id()).isEqualTo("art-2024-000123");
    assertThat(article.headline()).isEqualTo("City council approves 2025 budget");
    assertThat(article.body()).containsExactly(Paragraph.of("The council voted on Tuesday."));
    assertThat(article.authors()).containsExactly(janeDoe());
    assertThat(article.leadImage()).isEqualTo(leadImage());
    assertThat(article.tags()).containsExactly("budget");
    assertThat(article.publishedAt()).isEqualTo(PUBLISHED_AT);
    assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void build_rejects_malformed_content_listing_every_violation() {
    Article.Builder builder = minimal().slug("Budget").headline("\u00a0").language("en_GB");

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidContentException.class)
        .satisfies(e -> assertThat(((InvalidContentException) e).violations())
            .extracting(Violation::pointer, Violation::code)
            .containsExactly(
                tuple("/headline", Codes.BLANK),
                tuple("/language", Codes.INVALID_LANGUAGE_TAG),
                tuple("/slug", Codes.INVALID_SLUG)))
        .hasMessageStartingWith("article is not well-formed:\n  /headline: blank: must not be blank\n");
  }

  @Test
  void build_requires_id_slug_headline_and_language() {
    assertThatThrownBy(() -> Article.builder().build())
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not well-formed:\n"
            + "  /headline: required: is required\n"
            + "  /id: required: is required\n"
            + "  /language: required: is required\n"
            + "  /slug: required: is required");
  }

  @Test
  void to_builder_build_equals_the_original() {
    Article article = Fixtures.article().toBuilder()
        .kicker("Exclusive")
        .subheadline("The vote was close")
        .summary("The council passed the budget.")
        .credits(Credit.of(Credit.ADDITIONAL_REPORTING, "B. Jones", null))
        .dateline("LONDON")
        .status(ArticleStatus.DRAFT)
        .updatedAt(PUBLISHED_AT.plusSeconds(60))
        .embargoedUntil(PUBLISHED_AT)
        .expiresAt(PUBLISHED_AT.plus(Duration.ofDays(30)))
        .build();

    Article copy = article.toBuilder().build();

    assertThat(copy).isEqualTo(article).isNotSameAs(article).hasSameHashCodeAs(article);
  }

  @Test
  void build_is_reusable_and_later_changes_leave_built_articles_alone() {
    Article.Builder builder = minimal().addBlock(Paragraph.of("One."));
    Article first = builder.build();
    Article second = builder.build();

    builder.addBlock(Paragraph.of("Two.")).headline("Changed").addTag("late");
    Article third = builder.build();

    assertThat(second).isEqualTo(first).isNotSameAs(first);
    assertThat(first.body()).containsExactly(Paragraph.of("One."));
    assertThat(first.headline()).isEqualTo("Council approves budget");
    assertThat(first.tags()).isEmpty();
    assertThat(third.body()).hasSize(2);
  }

  @Test
  void copies_the_callers_lists() {
    List<Block> body = new ArrayList<>(List.of(Paragraph.of("One.")));
    List<String> tags = new ArrayList<>(List.of("budget"));
    Article built = minimal().body(body).tags(tags).build();
    Article constructed = article(a -> {
      a.body = body;
      a.tags = tags;
    });

    body.add(Paragraph.of("Two."));
    tags.clear();

    assertThat(built.body()).containsExactly(Paragraph.of("One."));
    assertThat(built.tags()).containsExactly("budget");
    assertThat(constructed.body()).containsExactly(Paragraph.of("One."));
    assertThat(constructed.tags()).containsExactly("budget");
  }

  @Test
  void returns_unmodifiable_lists() {
    Article article = Fixtures.article();

    assertThatThrownBy(() -> article.body().add(Divider.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.authors().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.credits().add(photoCredit()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.tags().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_a_null_element_naming_the_argument_and_index() {
    assertThatThrownBy(() -> minimal().body(Arrays.asList(Paragraph.of("One."), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("body[1] must not be null");
    assertThatThrownBy(() -> minimal().authors(Collections.singletonList(null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("authors[0] must not be null");
    assertThatThrownBy(() -> minimal().tags("a", "b", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tags[2] must not be null");
    assertThatThrownBy(() -> article(a -> a.credits = Arrays.asList(photoCredit(), photoCredit(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("credits[2] must not be null");
    assertThatThrownBy(() -> minimal().addBlock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("block");
  }

  @Test
  void reads_null_lists_as_empty() {
    Article article = new Article("art-1", "budget", null, "Budget", null, null, null, null, null, null, null,
        null, "en", null, null, null, null, null, null, null);

    assertThat(article.body()).isEmpty();
    assertThat(article.authors()).isEmpty();
    assertThat(article.credits()).isEmpty();
    assertThat(article.tags()).isEmpty();
    assertThat(violations(article)).isEmpty();
  }

  @Test
  void reads_a_null_status_as_published() {
    assertThat(article(a -> a.status = null).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(minimal().status(null).build().status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(minimal().build().status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(minimal().status(ArticleStatus.WITHDRAWN).build().status()).isEqualTo(ArticleStatus.WITHDRAWN);
  }

  @Test
  void with_headline_returns_a_copy_with_one_change() {
    Article article = Fixtures.article();

    Article changed = article.withHeadline("Council rejects budget");

    assertThat(changed.headline()).isEqualTo("Council rejects budget");
    assertThat(changed).isEqualTo(article.toBuilder().headline("Council rejects budget").build());
    assertThat(article.headline()).isEqualTo("City council approves 2025 budget");
  }

  static Stream<Arguments> unchangingCopies() {
    Article a = Fixtures.article();
    return Stream.of(
        arguments("withHeadline", (UnaryOperator<Article>) x -> x.withHeadline(new String(a.headline()))),
        arguments("withBody", (UnaryOperator<Article>) x -> x.withBody(new ArrayList<>(a.body()))),
        arguments("withAuthors", (UnaryOperator<Article>) x -> x.withAuthors(List.of(janeDoe()))),
        arguments("withCredits", (UnaryOperator<Article>) x -> x.withCredits(List.of())),
        arguments("withLeadImage", (UnaryOperator<Article>) x -> x.withLeadImage(leadImage())),
        arguments("withTags", (UnaryOperator<Article>) x -> x.withTags(List.of("budget"))),
        arguments("withStatus", (UnaryOperator<Article>) x -> x.withStatus(ArticleStatus.PUBLISHED)),
        arguments("withPublishedAt", (UnaryOperator<Article>) x -> x.withPublishedAt(Instant.parse(
            "2024-05-01T10:00:00Z"))),
        arguments("withUpdatedAt", (UnaryOperator<Article>) x -> x.withUpdatedAt(null)),
        arguments("withCanonicalUrl", (UnaryOperator<Article>) x -> x.withCanonicalUrl(
            "https://news.example.com/politics/budget")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unchangingCopies")
  void with_copies_return_the_same_instance_when_nothing_changes(String name, UnaryOperator<Article> with) {
    Article article = Fixtures.article();

    assertThat(with.apply(article)).isSameAs(article);
  }

  static Stream<Arguments> changingCopies() {
    Instant later = PUBLISHED_AT.plus(Duration.ofHours(2));
    Author john = person("John Smith");
    Credit credit = Credit.of(Credit.ADDITIONAL_REPORTING, "B. Jones", null);
    Image image = Image.builder().url("https://cdn.example.com/b.jpg").build();
    return Stream.of(
        arguments((UnaryOperator<Article>) x -> x.withBody(List.of(Divider.of())),
            (UnaryOperator<Article.Builder>) b -> b.body(Divider.of())),
        arguments((UnaryOperator<Article>) x -> x.withAuthors(List.of(janeDoe(), john)),
            (UnaryOperator<Article.Builder>) b -> b.addAuthor(john)),
        arguments((UnaryOperator<Article>) x -> x.withCredits(List.of(credit)),
            (UnaryOperator<Article.Builder>) b -> b.addCredit(credit)),
        arguments((UnaryOperator<Article>) x -> x.withLeadImage(image),
            (UnaryOperator<Article.Builder>) b -> b.leadImage(image)),
        arguments((UnaryOperator<Article>) x -> x.withLeadImage(null),
            (UnaryOperator<Article.Builder>) b -> b.leadImage(null)),
        arguments((UnaryOperator<Article>) x -> x.withTags(List.of("budget", "tax")),
            (UnaryOperator<Article.Builder>) b -> b.addTag("tax")),
        arguments((UnaryOperator<Article>) x -> x.withStatus(ArticleStatus.WITHDRAWN),
            (UnaryOperator<Article.Builder>) b -> b.status(ArticleStatus.WITHDRAWN)),
        arguments((UnaryOperator<Article>) x -> x.withPublishedAt(null),
            (UnaryOperator<Article.Builder>) b -> b.publishedAt(null)),
        arguments((UnaryOperator<Article>) x -> x.withUpdatedAt(later),
            (UnaryOperator<Article.Builder>) b -> b.updatedAt(later)),
        arguments((UnaryOperator<Article>) x -> x.withCanonicalUrl(null),
            (UnaryOperator<Article.Builder>) b -> b.canonicalUrl(null)));
  }

  @ParameterizedTest
  @MethodSource("changingCopies")
  void with_copies_change_one_part_and_leave_the_original_alone(
      UnaryOperator<Article> with, UnaryOperator<Article.Builder> expected) {
    Article article = Fixtures.article();

    Article copy = with.apply(article);

    assertThat(copy).isNotEqualTo(article).isEqualTo(expected.apply(article.toBuilder()).build());
    assertThat(article).isEqualTo(Fixtures.article());
  }

  @Test
  void with_copies_reject_malformed_content() {
    assertThatThrownBy(() -> Fixtures.article().withHeadline(""))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not well-formed: /headline: blank: must not be blank");
    assertThatThrownBy(() -> Fixtures.article().withTags(List.of("tax", "Tax")))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("article is not well-formed: /tags/1: duplicate: must be unique in its list");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0|''",
    "1|By Jane Doe",
    "2|By Jane Doe and John Smith",
    "3|By Jane Doe, John Smith and Ann Lee",
    "4|By Jane Doe, John Smith, Ann Lee and Bob Roe"
  })
  void derives_the_byline(int count, String byline) {
    List<Author> authors = List.of(person("Jane Doe"), person("John Smith"), person("Ann Lee"), person("Bob Roe"));

    Article article = minimal().authors(authors.subList(0, count)).build();

    assertThat(article.byline()).isEqualTo(byline);
  }

  static Stream<Arguments> wordCounts() {
    return Stream.of(
        arguments("", 0),
        arguments("  \t \n ", 0),
        arguments("The council voted.", 3),
        arguments("Iran-backed militias", 2),
        arguments("Assad\u2019s forces and Iran's allies", 5),
        arguments("don't stop", 2),
        arguments("U.S. forces", 2),
        arguments("rock'n'roll", 1),
        arguments("well - known", 2),
        arguments("In 1980 he left", 4),
        arguments("\u201cNow,\u201d he said \u2014 again.", 4),
        arguments("cafe\u0301 au lait", 3),
        // a mark continues a word only when it is written on a letter, not on a joiner
        arguments("don'\u0301t", 2),
        // three ideographs, each a word
        arguments("\u4e2d\u6587\u5b57", 3),
        arguments("\u6771\u4eac is big", 4),
        // Persian "man mikhaham beravam", the middle word joined with a zero-width non-joiner
        arguments("\u0645\u0646 \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0628\u0631\u0648\u0645", 3));
  }

  @ParameterizedTest
  @MethodSource("wordCounts")
  void counts_words(String text, int words) {
    Article article = article(a -> a.body = List.of(new Paragraph(text, List.of())));

    assertThat(article.wordCount()).isEqualTo(words);
  }

  @Test
  void counts_headings_quotes_and_list_items_but_not_captions() {
    Article article = minimal()
        .body(
            Paragraph.of("The council voted."),
            Heading.of(2, "What it means"),
            ListBlock.of(true, "Schools", "Roads and parks"),
            Quote.of("It is done."),
            ImageBlock.of(Image.builder().caption("Five words in this caption").build()),
            Divider.of())
        .build();

    assertThat(article.wordCount()).isEqualTo(3 + 3 + 4 + 3);
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "229, 1", "230, 1", "231, 2", "460, 2", "461, 3"})
  void rounds_reading_time_up_to_whole_minutes_at_230_words(int words, long minutes) {
    Article.Builder builder = minimal();
    if (words > 0) {
      builder.addBlock(Paragraph.of("word ".repeat(words).trim()));
    }
    Article article = builder.build();

    assertThat(article.wordCount()).isEqualTo(words);
    assertThat(article.readingTime()).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Test
  void lays_out_plain_text_with_blank_lines_between_blocks() {
    Article article = minimal()
        .headline("Council approves budget")
        .subheadline("The vote was close")
        .body(
            Paragraph.of("The council voted.\nIt was late."),
            Divider.of(),
            Heading.of(2, "What it means"),
            ListBlock.of(false, "Schools", "Roads"),
            ListBlock.of(true, "First", "Second"),
            Quote.of("It is done.", "the mayor"),
            Quote.of("No comment."),
            ImageBlock.of(Image.builder().caption("The chamber.").build()),
            ImageBlock.of(Image.builder().build()),
            Paragraph.of("The end."))
        .build();

    assertThat(article.plainText()).isEqualTo(
        "Council approves budget\n\n"
            + "The vote was close\n\n"
            + "The council voted.\nIt was late.\n\n"
            + "What it means\n\n"
            + "- Schools\n- Roads\n\n"
            + "1. First\n2. Second\n\n"
            + "It is done.\n\u2014 the mayor\n\n"
            + "No comment.\n\n"
            + "The chamber.\n\n"
            + "The end.");
  }

  @Test
  void gives_the_headline_alone_as_plain_text_of_an_empty_article() {
    assertThat(minimal().build().plainText()).isEqualTo("Council approves budget");
  }

  @Test
  void enforces_the_list_limits() {
    List<Author> authors = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      authors.add(new Author("Author " + i, "author-" + i, null, null, null, null, null, null, null, null));
    }
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tags.add("tag " + i);
    }
    List<Credit> credits = Collections.nCopies(51, photoCredit());
    List<Block> body = Collections.nCopies(2_001, Divider.of());

    assertThat(violations(article(a -> {
      a.authors = authors.subList(0, 50);
      a.tags = tags.subList(0, 100);
      a.credits = credits.subList(0, 50);
      a.body = body.subList(0, 2_000);
    }))).isEmpty();
    assertThat(violations(article(a -> {
      a.authors = authors;
      a.tags = tags;
      a.credits = credits;
      a.body = body;
    }))).containsExactly(
        Violation.of("/authors", Codes.TOO_MANY, "must have at most 50 elements"),
        Violation.of("/body", Codes.TOO_MANY, "must have at most 2000 elements"),
        Violation.of("/credits", Codes.TOO_MANY, "must have at most 50 elements"),
        Violation.of("/tags", Codes.TOO_MANY, "must have at most 100 elements"));
  }

  @Test
  void validates_every_block_of_the_body_where_it_stands() {
    Article article = article(a -> a.body = List.of(
        Paragraph.of("Fine."),
        new Heading(7, "Too deep"),
        new Quote("Said.", "line\nbreak"),
        new ListBlock(false, List.of("one", " ")),
        new ImageBlock(new Image("https://example.com/a.jpg", null, null, 0, null, null))));

    assertThat(violations(article))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/body/1/level", Codes.TOO_LARGE),
            tuple("/body/2/attribution", Codes.LINE_BREAK),
            tuple("/body/3/items/1", Codes.BLANK),
            tuple("/body/4/image/width", Codes.TOO_SMALL));
  }

  @Test
  void keeps_text_exactly_as_given() {
    Article article = minimal().headline("  Spaces kept  ").build();

    assertThat(article.headline()).isEqualTo("  Spaces kept  ");
  }

  @Test
  void builder_collection_setters_replace_what_was_added_before() {
    Article article = Article.builder().id("a-1").slug("a").headline("H").language("en")
        .addBlock(Paragraph.of("Old.")).body(List.of(Paragraph.of("New.")))
        .addCredit(photoCredit()).credits(List.of(Credit.of(Credit.VIDEO, "B. Jones", null)))
        .addAuthor(Author.of("Old Author", "old")).authors(janeDoe(), Author.of("John Roe", "john-roe"))
        .addTag("old").tags(List.of("new"))
        .build();

    assertThat(article.body()).containsExactly(Paragraph.of("New."));
    assertThat(article.credits()).extracting(Credit::role).containsExactly(Credit.VIDEO);
    assertThat(article.authors()).extracting(Author::slug).containsExactly("jane-doe", "john-roe");
    assertThat(article.tags()).containsExactly("new");
  }

  @Test
  void builds_uri_subjects_rights_source_and_corrections_and_back() {
    Correction correction = Correction.of("An earlier version misstated the total.", PUBLISHED_AT.plusSeconds(60));
    Article built = article().toBuilder()
        .uri("urn:newsml:example.com:20240501:budget")
        .addSubject(Subject.of("politics", "http://cv.iptc.org/newscodes/mediatopic/11000000"))
        .rights(Rights.builder().copyrightNotice("© 2024 Example News").build())
        .digitalSourceType(DigitalSourceType.MINOR_HUMAN_EDITS)
        .addCorrection(correction)
        .build();

    assertThat(built.uri()).isEqualTo("urn:newsml:example.com:20240501:budget");
    assertThat(built.subjects()).extracting(Subject::name).containsExactly("politics");
    assertThat(built.rights().copyrightNotice()).isEqualTo("© 2024 Example News");
    assertThat(built.digitalSourceType()).isEqualTo(DigitalSourceType.MINOR_HUMAN_EDITS);
    assertThat(built.corrections()).containsExactly(correction);
    assertThat(built.toBuilder().build()).isEqualTo(built);
    assertThat(built.withHeadline("Other").corrections()).containsExactly(correction);
  }

  @Test
  void keeps_the_constructor_of_twenty_components() {
    Article a = article();
    Article old = new Article(a.id(), a.slug(), a.kicker(), a.headline(), a.subheadline(), a.summary(), a.body(),
        a.authors(), a.credits(), a.leadImage(), a.section(), a.tags(), a.language(), a.dateline(), a.status(),
        a.publishedAt(), a.updatedAt(), a.embargoedUntil(), a.expiresAt(), a.canonicalUrl());

    assertThat(old).isEqualTo(a);
    assertThat(old.subjects()).isEmpty();
    assertThat(old.corrections()).isEmpty();
    assertThat(old.uri()).isNull();
  }

  @Test
  void replacing_subjects_and_corrections_drops_the_earlier_ones() {
    Correction first = Correction.of("The vote was 7 to 2.", PUBLISHED_AT);
    Correction second = Correction.of("The vote was 8 to 1.", PUBLISHED_AT);

    Article article = article().toBuilder()
        .subjects(List.of(Subject.of("Housing")))
        .subjects(Subject.of("Transport"))
        .corrections(List.of(first))
        .corrections(second)
        .build();

    assertThat(article.subjects()).containsExactly(Subject.of("Transport"));
    assertThat(article.corrections()).containsExactly(second);
  }

  @Test
  void the_builder_with_its_required_parts_builds_an_article() {
    Article article = Article.builder("art-1", "council-vote", "Council votes", "en")
        .publishedAt(PUBLISHED_AT)
        .build();

    assertThat(article.id()).isEqualTo("art-1");
    assertThat(article.slug()).isEqualTo("council-vote");
    assertThat(article.headline()).isEqualTo("Council votes");
    assertThat(article.language()).isEqualTo("en");
  }
}
