package dev.masthead.model;

import static dev.masthead.model.Fixtures.author;
import static dev.masthead.model.Fixtures.janeDoe;
import static dev.masthead.model.Fixtures.repeat;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorTest {
  @Test
  void makes_a_person_from_a_name_and_slug() {
    Author author = Author.of("Siavosh Hosseini", "siavosh-hosseini");

    assertThat(author.name()).isEqualTo("Siavosh Hosseini");
    assertThat(author.slug()).isEqualTo("siavosh-hosseini");
    assertThat(author.kind()).isEqualTo(AuthorKind.PERSON);
    assertThat(author.sameAs()).isEmpty();
    assertThat(author.articleCount()).isNull();
  }

  @Test
  void reads_a_null_kind_as_a_person() {
    assertThat(author(a -> a.kind = null).kind()).isEqualTo(AuthorKind.PERSON);
    assertThat(Author.builder("Jane Doe", "jane-doe").kind(null).build().kind()).isEqualTo(AuthorKind.PERSON);
  }

  @Test
  void builds_every_part() {
    Author author = Author.builder("Example Agency", "example-agency")
        .kind(AuthorKind.ORGANIZATION)
        .bio("A news agency.\nFounded in 1900.")
        .jobTitle("Wire service")
        .articleCount(352)
        .url("https://news.example.com/authors/example-agency")
        .avatarUrl("https://cdn.example.com/agency.png")
        .addSameAs("https://social.example/@agency")
        .email("desk@agency.example.com")
        .build();

    assertThat(author.toBuilder().build()).isEqualTo(author).isNotSameAs(author);
    assertThat(author.sameAs()).containsExactly("https://social.example/@agency");
    assertThat(author.bio()).isEqualTo("A news agency.\nFounded in 1900.");
  }

  @Test
  void build_rejects_a_byline_as_a_name() {
    assertThatThrownBy(() -> Author.of("By Jane Doe", "jane-doe"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("author is not well-formed: /name: byline_in_name: must be a name, not a byline starting with \"By\"");
  }

  @Test
  void build_lists_every_violation() {
    assertThatThrownBy(() -> Author.builder("", "Jane").email("jane").build())
        .isInstanceOf(InvalidContentException.class)
        .satisfies(e -> assertThat(((InvalidContentException) e).violations())
            .extracting(Violation::pointer, Violation::code)
            .containsExactly(
                tuple("/email", Codes.INVALID_EMAIL),
                tuple("/name", Codes.BLANK),
                tuple("/slug", Codes.INVALID_SLUG)));
  }

  @Test
  void copies_same_as_and_keeps_it_unmodifiable() {
    List<String> sameAs = new ArrayList<>(List.of("https://social.example/@jane"));
    Author built = Author.builder("Jane Doe", "jane-doe").sameAs(sameAs).build();
    Author constructed = author(a -> a.sameAs = sameAs);

    sameAs.add("https://other.example/jane");

    assertThat(built.sameAs()).containsExactly("https://social.example/@jane");
    assertThat(constructed.sameAs()).containsExactly("https://social.example/@jane");
    assertThatThrownBy(() -> built.sameAs().add("https://x.example/")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_a_null_profile_naming_its_index() {
    assertThatThrownBy(() -> author(a -> a.sameAs = Arrays.asList("https://social.example/@jane", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sameAs[1] must not be null");
    assertThatThrownBy(() -> Author.builder("Jane Doe", "jane-doe").sameAs(Collections.singletonList(null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sameAs[0] must not be null");
  }

  @Test
  void reads_null_same_as_as_empty() {
    assertThat(author(a -> a.sameAs = null).sameAs()).isEmpty();
  }

  @Test
  void with_article_count_returns_a_copy_or_the_same_instance() {
    Author author = janeDoe();

    assertThat(author.withArticleCount(412)).isSameAs(author);
    assertThat(author.withArticleCount(413)).isEqualTo(author.toBuilder().articleCount(413).build());
    assertThat(author.withArticleCount(null).articleCount()).isNull();
    assertThat(author.articleCount()).isEqualTo(412);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 352, 10_000_000})
  void accepts_article_counts_from_0_to_10_million(int count) {
    assertThat(violations(author(a -> a.articleCount = count))).isEmpty();
  }

  @Test
  void rejects_article_counts_outside_0_to_10_million() {
    assertThat(violations(author(a -> a.articleCount = -1)))
        .containsExactly(Violation.of("/articleCount", Codes.TOO_SMALL, "must be at least 0"));
    assertThat(violations(author(a -> a.articleCount = 10_000_001)))
        .containsExactly(Violation.of("/articleCount", Codes.TOO_LARGE, "must be at most 10000000"));
    assertThatThrownBy(() -> janeDoe().withArticleCount(-5)).isInstanceOf(InvalidContentException.class);
  }

  @Test
  void holds_at_most_20_profiles() {
    List<String> profiles = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      profiles.add("https://social" + i + ".example/jane");
    }

    assertThat(violations(author(a -> a.sameAs = profiles.subList(0, 20)))).isEmpty();
    assertThat(violations(author(a -> a.sameAs = profiles)))
        .containsExactly(Violation.of("/sameAs", Codes.TOO_MANY, "must have at most 20 elements"));
  }

  @Test
  void allows_line_breaks_in_the_bio_only() {
    assertThat(violations(author(a -> a.bio = "Line one.\n\nLine two."))).isEmpty();
    assertThat(violations(author(a -> a.jobTitle = "Editor\nat large")))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/jobTitle", Codes.LINE_BREAK));
  }

  @Test
  void limits_the_bio_to_2000_and_the_job_title_to_200_code_points() {
    assertThat(violations(author(a -> {
      a.bio = repeat(0x1F600, 2_000);
      a.jobTitle = repeat(0x1F600, 200);
    }))).isEmpty();
    assertThat(violations(author(a -> {
      a.bio = repeat(0x1F600, 2_001);
      a.jobTitle = repeat(0x1F600, 201);
    }))).containsExactly(
        Violation.of("/bio", Codes.TOO_LONG, "must be at most 2000 characters"),
        Violation.of("/jobTitle", Codes.TOO_LONG, "must be at most 200 characters"));
  }

  @Test
  void requires_a_name_and_a_slug() {
    assertThatThrownBy(() -> author(a -> a.name = null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
    assertThatThrownBy(() -> author(a -> a.slug = null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("slug must not be null");
  }

  @Test
  void builder_renames_and_replaces_profile_links() {
    Author author = janeDoe().toBuilder()
        .name("Jane Roe")
        .slug("jane-roe")
        .addSameAs("https://social.example/@old")
        .sameAs(java.util.List.of("https://social.example/@new"))
        .build();

    assertThat(author.name()).isEqualTo("Jane Roe");
    assertThat(author.slug()).isEqualTo("jane-roe");
    assertThat(author.sameAs()).containsExactly("https://social.example/@new");
  }

  @Test
  void a_builder_whose_required_parts_were_cleared_reports_each_of_them() {
    Author.Builder builder = Author.builder("Jane Doe", "jane-doe").name(null).slug(null);

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.violations())
            .extracting(Violation::pointer, Violation::code)
            .containsExactly(tuple("/name", Codes.REQUIRED), tuple("/slug", Codes.REQUIRED)));
  }
}
