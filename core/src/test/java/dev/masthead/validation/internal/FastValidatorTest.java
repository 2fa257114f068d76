package dev.masthead.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.Publishable;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

  /** Each test builds its plans afresh, so that plan building runs (and is mutation-tested) every time. */
  private final FastValidator fast = new FastValidator();
  /** The same without the compiled plans: the model's plans interpreted, as any other record's are. */
  private final FastValidator interpreted = new FastValidator(FastValidator::isOwnRecord, false, null);

  static Stream<Object> values() {
    Instant at = Fixtures.PUBLISHED_AT;
    return Stream.of(
        Fixtures.article(),
        Fixtures.article(a -> a.headline = ""),
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
    boolean valid = HIBERNATE.validate(value, Default.class).isEmpty();
    assertThat(fast.isValid(value, false, TextFacts.NONE)).as("compiled").isEqualTo(valid);
    assertThat(interpreted.isValid(value, false, TextFacts.NONE)).as("interpreted").isEqualTo(valid);
  }

  @ParameterizedTest
  @MethodSource("values")
  void agrees_with_hibernate_validator_at_the_publishable_level(Object value) {
    boolean publishable = HIBERNATE.validate(value, Publishable.class).isEmpty();
    assertThat(fast.isValid(value, true, TextFacts.NONE)).as("compiled").isEqualTo(publishable);
    assertThat(interpreted.isValid(value, true, TextFacts.NONE)).as("interpreted").isEqualTo(publishable);
  }

  private static final String EMOJI = "\uD83C\uDF89";
  private static final int CHECKED = TextFacts.CHARACTERS_CHECKED;
  private static final int CHECKED_BMP = TextFacts.CHARACTERS_CHECKED | TextFacts.BMP_ONLY;

  /**
   * Values whose texts hold only characters that single-line plain text allows, in short runs of
   * combining marks, so that {@link TextFacts#CHARACTERS_CHECKED} holds of them, but that may break
   * other rules: length, blankness, bylines, link ranges, duplicates, formats. Whether the value is
   * well-formed, and whether {@link TextFacts#BMP_ONLY} holds of it too (no text outside the BMP).
   */
  static Stream<Arguments> valuesOfAllowedCharacters() {
    Instant at = Fixtures.PUBLISHED_AT;
    return Stream.of(
        Arguments.of("the fixture article", Fixtures.article(), true, true),
        Arguments.of("headline of spaces", Fixtures.article(a -> a.headline = "   "), false, true),
        Arguments.of("headline of U+00A0 and U+3000", Fixtures.article(a -> a.headline = "\u00A0\u3000"), false, true),
        Arguments.of("headline of U+200E and U+2066", Fixtures.article(a -> a.headline = "\u200E\u2066"), false, true),
        Arguments.of("empty headline", Fixtures.article(a -> a.headline = ""), false, true),
        Arguments.of("headline of spaces and one letter", Fixtures.article(a -> a.headline = "   \u3000x"), true, true),
        Arguments.of("headline of 300 ASCII", Fixtures.article(a -> a.headline = "x".repeat(300)), true, true),
        Arguments.of("headline of 301 ASCII", Fixtures.article(a -> a.headline = "x".repeat(301)), false, true),
        Arguments.of("headline of 300 CJK", Fixtures.article(a -> a.headline = "\u4E2D".repeat(300)), true, true),
        Arguments.of("headline of 301 CJK", Fixtures.article(a -> a.headline = "\u4E2D".repeat(301)), false, true),
        Arguments.of("headline of 300 emoji", Fixtures.article(a -> a.headline = EMOJI.repeat(300)), true, false),
        Arguments.of("headline of 301 emoji", Fixtures.article(a -> a.headline = EMOJI.repeat(301)), false, false),
        Arguments.of("headline of 299 emoji and 2 letters",
            Fixtures.article(a -> a.headline = "a" + EMOJI.repeat(299) + "b"), false, false),
        Arguments.of("headline of 30 combining marks", Fixtures.article(a -> a.headline = "e" + "\u0301".repeat(30)), true,
            true),
        Arguments.of("tag of 64 emoji", Fixtures.article(a -> a.tags = List.of(EMOJI.repeat(64))), true, false),
        Arguments.of("tag of 65 letters", Fixtures.article(a -> a.tags = List.of("t".repeat(65))), false, true),
        Arguments.of("blank tag", Fixtures.article(a -> a.tags = List.of("\u00A0")), false, true),
        Arguments.of("duplicate tags", Fixtures.article(a -> a.tags = List.of("Budget", "budget")), false, true),
        Arguments.of("blank kicker", Fixtures.article(a -> a.kicker = " "), false, true),
        Arguments.of("summary of 1,001", Fixtures.article(a -> a.summary = "s".repeat(1_001)), false, true),
        Arguments.of("author name starting \"By \"", Fixtures.articleBy(Fixtures.author(x -> x.name = "By Jane Doe")),
            false, true),
        Arguments.of("author name starting \"bY \"", Fixtures.articleBy(Fixtures.author(x -> x.name = "bY Jane Doe")),
            false, true),
        Arguments.of("author name starting \"Byron\"", Fixtures.articleBy(Fixtures.author(x -> x.name = "Byron Doe")),
            true, true),
        Arguments.of("author name of 200 emoji", Fixtures.articleBy(Fixtures.author(x -> x.name = EMOJI.repeat(200))),
            true, false),
        Arguments.of("author name of 201 letters", Fixtures.articleBy(Fixtures.author(x -> x.name = "j".repeat(201))),
            false, true),
        Arguments.of("blank author name", Fixtures.articleBy(Fixtures.author(x -> x.name = "\u3000")), false, true),
        Arguments.of("link ending at the end of the text",
            Fixtures.articleWith(new Paragraph("Short", List.of(new Link(0, 5, "https://example.com/")))), true, true),
        Arguments.of("link ending past the end of the text",
            Fixtures.articleWith(new Paragraph("Short", List.of(new Link(0, 6, "https://example.com/")))), false, true),
        Arguments.of("second link ending past the end of the text",
            Fixtures.articleWith(new Paragraph("Short text", List.of(
                new Link(0, 5, "https://example.com/"), new Link(6, 11, "https://example.com/")))), false, true),
        Arguments.of("link ending at the end of a text with an emoji",
            Fixtures.articleWith(new Paragraph("ab" + EMOJI, List.of(new Link(0, 3, "https://example.com/")))), true, false),
        Arguments.of("link ending one past the end of a text with an emoji",
            Fixtures.articleWith(new Paragraph("ab" + EMOJI, List.of(new Link(0, 4, "https://example.com/")))), false,
            false),
        Arguments.of("overlapping links",
            Fixtures.articleWith(new Paragraph("Short text", List.of(
                new Link(0, 5, "https://example.com/"), new Link(4, 6, "https://example.com/")))), false, true),
        Arguments.of("blank paragraph", Fixtures.articleWith(new Paragraph("  ", List.of())), false, true),
        Arguments.of("paragraph of 20,000 emoji", Fixtures.articleWith(new Paragraph(EMOJI.repeat(20_000), List.of())),
            true, false),
        Arguments.of("blank list item", Fixtures.articleWith(new ListBlock(false, List.of("one", "\u00A0"))), false, true),
        Arguments.of("quote with a blank attribution", Fixtures.articleWith(new Quote("Words.", " ")), false, true),
        Arguments.of("invalid canonical URL", Fixtures.article(a -> a.canonicalUrl = "https://exa_mple.com/"), false,
            true),
        Arguments.of("invalid URL in a link",
            Fixtures.articleWith(new Paragraph("Short", List.of(new Link(0, 5, "https://example.com/a b")))), false, true),
        Arguments.of("invalid language", Fixtures.article(a -> a.language = "en-"), false, true),
        Arguments.of("ticker with a blank label", new Ticker("home", " ", List.of(), null), false, true),
        Arguments.of("ticker item with a headline of 301 emoji",
            new Ticker("home", "News", List.of(new TickerItem("t1", EMOJI.repeat(301), null, null, null, at, null)), null),
            false, false),
        Arguments.of("ticker item with a headline of 300 emoji",
            new Ticker("home", "News", List.of(new TickerItem("t1", EMOJI.repeat(300), null, null, null, at, null)), null),
            true, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesOfAllowedCharacters")
  void agrees_with_hibernate_validator_when_the_characters_are_checked(
      String name, Object value, boolean wellFormed, boolean bmpOnly) {
    boolean valid = HIBERNATE.validate(value, Default.class).isEmpty();
    boolean publishable = HIBERNATE.validate(value, Publishable.class).isEmpty();
    assertThat(valid).as("Hibernate Validator's answer, the premise of the case").isEqualTo(wellFormed);

    for (int facts : bmpOnly ? new int[] {CHECKED, CHECKED_BMP} : new int[] {CHECKED}) {
      assertThat(fast.isValid(value, false, facts)).as("well-formed, facts %s", facts).isEqualTo(valid);
      assertThat(fast.isValid(value, true, facts)).as("publishable, facts %s", facts).isEqualTo(publishable);
      assertThat(interpreted.isValid(value, false, facts)).as("interpreted, well-formed, facts %s", facts).isEqualTo(valid);
      assertThat(interpreted.isValid(value, true, facts)).as("interpreted, publishable, facts %s", facts).isEqualTo(publishable);
    }
  }

  @Test
  void sees_a_valid_article_as_valid_and_a_draft_as_not_publishable() {
    Article draft = Fixtures.article(a -> a.publishedAt = null);

    assertThat(fast.isValid(Fixtures.article(), true)).isTrue();
    assertThat(fast.isValid(draft, false)).isTrue();
    assertThat(fast.isValid(draft, true)).isFalse();
  }

  @Test
  void leaves_values_it_has_no_plan_for_to_the_full_validator() {
    assertThat(fast.isValid("not a record of the model", false)).isFalse();
  }

  record Tagged(java.util.Map<String, @PlainText(max = 5) String> labels) {}

  record Nested(List<List<@PlainText(max = 5) String>> rows) {}

  record Maybe(java.util.Optional<@PlainText(max = 5) String> note) {}

  record Several(java.lang.@PlainText(max = 5) String[] notes) {}

  /** A rule on the accessor only, which Hibernate Validator checks as a getter's. */
  record AccessorRule(String text) {
    @Override
    public @PlainText(max = 3) String text() {
      return text;
    }
  }

  record WithGetter(@PlainText(max = 5) String text) {
    @jakarta.validation.constraints.AssertTrue
    public boolean isShort() {
      return text.length() < 3;
    }
  }

  record Converted(@jakarta.validation.Valid @jakarta.validation.groups.ConvertGroup(to = Publishable.class) Article article) {}

  @jakarta.validation.GroupSequence({Sequenced.class, Default.class})
  record Sequenced(@PlainText(max = 5) String text) {}

  record Plain(@PlainText(max = 5) String text, List<@PlainText(max = 5) String> more) {}

  private static final String BAD = "much too long \u202e";

  static Stream<Arguments> recordsOfOtherShapes() {
    return Stream.of(
        Arguments.of(new Tagged(java.util.Map.of("k", BAD))),
        Arguments.of(new Tagged(java.util.Map.of("k", "ok"))),
        Arguments.of(new Nested(List.of(List.of(BAD)))),
        Arguments.of(new Nested(List.of(List.of("ok")))),
        Arguments.of(new Maybe(java.util.Optional.of(BAD))),
        Arguments.of(new Maybe(java.util.Optional.of("ok"))),
        Arguments.of(new Several(new String[] {BAD})),
        Arguments.of(new Several(new String[] {"ok"})),
        Arguments.of(new WithGetter("abcd")),
        Arguments.of(new Converted(Fixtures.article(a -> a.publishedAt = null))),
        Arguments.of(new Sequenced("ok")),
        Arguments.of(new AccessorRule("abcd")));
  }

  @ParameterizedTest
  @MethodSource("recordsOfOtherShapes")
  void has_no_plan_for_shapes_masthead_records_do_not_use_even_when_allowed_to_plan_them(Object value) {
    FastValidator anyRecord = new FastValidator(type -> true);

    assertThat(anyRecord.isValid(value, false)).as("well-formed").isFalse();
    assertThat(anyRecord.isValid(value, true)).as("publishable").isFalse();
  }

  @Test
  void plans_the_shapes_masthead_records_use_when_allowed_to() {
    FastValidator anyRecord = new FastValidator(type -> true);

    assertThat(anyRecord.isValid(new Plain("ok", List.of("ok")), false)).isTrue();
    assertThat(anyRecord.isValid(new Plain("ok", List.of(BAD)), false)).isFalse();
  }

  @Test
  void plans_only_mastheads_own_records() {
    assertThat(FastValidator.isOwnRecord(Article.class)).isTrue();
    assertThat(FastValidator.isOwnRecord(Plain.class)).isFalse();
    assertThat(FastValidator.isOwnRecord(Fixtures.class)).as("a class of the model's package from elsewhere").isFalse();
    assertThat(fast.isValid(new Plain("ok", List.of("ok")), false)).isFalse();
  }

  @Test
  void gives_the_same_answers_after_it_spins_classes_for_the_accessors() {
    Article valid = Fixtures.article();
    Article invalid = Fixtures.articleWith(new Paragraph("Bidi \u202e override", List.of()));
    Author invalidAuthor = new Author("By Jane Doe", "jane", null, null, null, null, null, null, null, null);

    // Each round reads every component of the valid article once; past SPIN_AFTER the readers switch.
    for (int round = 0; round < 2 * FastValidator.SPIN_AFTER + 2; round++) {
      assertThat(interpreted.isValid(valid, round % 2 == 0)).as("valid, round %d", round).isTrue();
      if (round % 250 == 0 || round > 2 * FastValidator.SPIN_AFTER) {
        assertThat(interpreted.isValid(invalid, false)).as("invalid, round %d", round).isFalse();
        assertThat(interpreted.isValid(invalidAuthor, false)).as("invalid author, round %d", round).isFalse();
      }
    }
  }

  /**
   * The default validator skips the checks for rules it does not model (methods with constraints,
   * group sequences, composed constraints) on the grounds that Masthead's records have none: this
   * test is those grounds. Every record class of the model, found on disk so that a new one is not
   * missed, gets a plan from a validator that runs the checks.
   */
  @Test
  void plans_every_record_of_the_model_with_its_shapes_verified() {
    List<Class<?>> records = ModelRecords.all();
    FastValidator verifying = new FastValidator(FastValidator::isOwnRecord, true);

    assertThat(records).contains(Article.class, Ticker.class, Paragraph.class, dev.masthead.model.UnknownBlock.class);
    assertThat(records).allSatisfy(type -> assertThat(verifying.hasPlan(type)).as(type.getName()).isTrue());
  }

  /** A compiled plan that failed to load would leave every answer right, only slower: this test sees it. */
  @Test
  void runs_every_record_of_the_model_as_compiled_code_and_no_other() {
    assertThat(ModelRecords.all()).allSatisfy(type -> assertThat(fast.isCompiled(type)).as(type.getName()).isTrue());
    assertThat(fast.isCompiled(Plain.class)).isFalse();
    assertThat(interpreted.isCompiled(Article.class)).isFalse();
    assertThat(new FastValidator(type -> true).isCompiled(Article.class)).as("only the default runs compiled code").isFalse();
  }

  @Test
  void the_default_validator_skips_the_shape_checks_only_for_the_models_own_records() {
    FastValidator anyRecordUnverified = new FastValidator(type -> true, false);
    FastValidator anyRecordVerified = new FastValidator(type -> true);

    assertThat(anyRecordUnverified.hasPlan(WithGetter.class)).as("what the checks are for").isTrue();
    assertThat(anyRecordVerified.hasPlan(WithGetter.class)).isFalse();
    assertThat(fast.hasPlan(WithGetter.class)).as("the default plans no record of an application").isFalse();
  }
}
