package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.BlockType;
import dev.masthead.model.Heading;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerPriority;
import dev.masthead.model.UnknownBlock;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading documents from a newer version: unknown blocks kept or dropped, unknown values reported. */
class UnknownContentTest {
  private static final MastheadJson REFUSE = MastheadJson.standard();
  private static final MastheadJson KEEP = MastheadJson.builder().unknownContent(UnknownContent.KEEP).build();
  private static final MastheadJson DROP = MastheadJson.builder().unknownContent(UnknownContent.DROP).build();
  /** A block from a newer version, its type after other properties, with an exact decimal and nesting. */
  private static final String VIDEO = "{\"src\":\"https://video.example.com/v/1.mp4\",\"type\":\"video\","
      + "\"duration\":12.50,\"big\":12345678901234567890,\"meta\":{\"tags\":[\"a\",1,true,null,{\"b\":\"ü/é\"}]}}";

  private static String article(String status, String... blocks) {
    return "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\"" + status
        + ",\"body\":[" + String.join(",", blocks) + "]}";
  }

  private static final String ONE = "{\"type\":\"paragraph\",\"text\":\"One.\"}";
  private static final String TWO = "{\"type\":\"paragraph\",\"text\":\"Two.\"}";

  @Test
  void refuses_unknown_blocks_and_values_by_default() {
    MalformedJsonException block = catchThrowableOfType(MalformedJsonException.class,
        () -> REFUSE.readArticle(article("", ONE, VIDEO)));
    assertThat(block.code()).isEqualTo(MalformedJsonException.UNKNOWN_BLOCK_TYPE);
    assertThat(block.pointer()).isEqualTo("/body/1/type");

    MalformedJsonException status = catchThrowableOfType(MalformedJsonException.class,
        () -> REFUSE.readArticle(article(",\"status\":\"embargoed\"", ONE)));
    assertThat(status.code()).isEqualTo(MalformedJsonException.UNKNOWN_VALUE);
    assertThat(status.pointer()).isEqualTo("/status");
    assertThat(REFUSE.reader(Article.class).readReported(article("", ONE)).losses()).isEmpty();
  }

  @Test
  void keeps_an_unknown_block_opaque_and_writes_it_back_unchanged() {
    Converted<Article> read = KEEP.reader(Article.class).readReported(article("", ONE, VIDEO, TWO));

    Block kept = read.value().body().get(1);
    assertThat(kept.type()).isEqualTo(BlockType.UNKNOWN);
    assertThat(((UnknownBlock) kept).wireType()).isEqualTo("video");
    assertThat(((UnknownBlock) kept).json()).isEqualTo(VIDEO);
    assertThat(read.losses()).isEmpty();
    assertThat(KEEP.write(read.value()))
        .isEqualTo("{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"body\":[" + ONE + "," + VIDEO + "," + TWO
            + "],\"language\":\"en\",\"status\":\"published\"}");
    assertThat(KEEP.readArticle(KEEP.writePretty(read.value()))).isEqualTo(read.value());
    assertThat(read.value().wordCount()).isEqualTo(2);
  }

  @Test
  void drops_an_unknown_block_and_reports_it_at_its_place_in_the_document() {
    Converted<Article> read = DROP.reader(Article.class).readReported(article("", ONE, VIDEO, TWO));

    assertThat(read.value().body()).containsExactly(Paragraph.of("One."), Paragraph.of("Two."));
    assertThat(read.losses()).containsExactly(Loss.dropped("/body/1", "block of unknown type \"video\" dropped"));
    assertThat(read.losses().get(0)).hasToString("/body/1: dropped: block of unknown type \"video\" dropped");
  }

  @Test
  void names_document_places_for_blocks_after_a_dropped_one() {
    String badLink = "{\"type\":\"paragraph\",\"text\":\"Two.\",\"links\":[{\"start\":0,\"end\":9,"
        + "\"href\":\"https://example.com/\"}]}";

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
        () -> DROP.readArticle(article("", ONE, VIDEO, badLink)));

    assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/body/2/links/0/end");
  }

  @ParameterizedTest
  @EnumSource(value = UnknownContent.class, names = {"KEEP", "DROP"})
  void reads_an_unknown_status_as_draft_never_as_published(UnknownContent choice) {
    MastheadJson json = MastheadJson.builder().unknownContent(choice).build();

    Converted<Article> read = json.reader(Article.class).readReported(article(",\"status\":\"scheduled\"", ONE));

    assertThat(read.value().status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(read.losses()).containsExactly(Loss.changed("/status", "unknown value \"scheduled\" read as draft"));
  }

  @Test
  void reads_an_unknown_kind_as_person_and_an_unknown_priority_as_normal_and_reports_both() {
    Converted<Article> article = KEEP.reader(Article.class).readReported("{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\","
        + "\"authors\":[{\"name\":\"Desk\",\"slug\":\"desk\",\"kind\":\"bot\"}]}");
    Converted<Ticker> ticker = KEEP.reader(Ticker.class).readReported("{\"id\":\"t\",\"label\":\"News\",\"items\":[{\"id\":\"i\","
        + "\"headline\":\"H\",\"priority\":\"flash\",\"publishedAt\":\"2024-05-01T10:00:00Z\"}]}");

    assertThat(article.value().authors().get(0).kind()).isEqualTo(AuthorKind.PERSON);
    assertThat(article.losses()).containsExactly(Loss.changed("/authors/0/kind", "unknown value \"bot\" read as person"));
    assertThat(ticker.value().items().get(0).priority()).isEqualTo(TickerPriority.NORMAL);
    assertThat(ticker.losses()).containsExactly(Loss.changed("/items/0/priority", "unknown value \"flash\" read as normal"));
  }

  @Test
  void reads_known_blocks_with_their_type_last_as_usual() {
    Article article = KEEP.readArticle(article("", "{\"text\":\"Title\",\"level\":3,\"type\":\"heading\"}"));

    assertThat(article.body()).containsExactly(Heading.of(3, "Title"));
  }

  @Test
  void locates_errors_inside_a_held_back_block_in_the_document() {
    String json = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\",\"body\":[\n" + ONE + ",\n"
        + "  {\"text\":\"Title\",\"level\":\"3\",\"type\":\"heading\"}]}";

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> KEEP.readArticle(json));

    assertThat(e.code()).isEqualTo(MalformedJsonException.WRONG_TYPE);
    assertThat(e.pointer()).isEqualTo("/body/1/level");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void checks_an_unknown_block_as_strictly_as_known_content() {
    MalformedJsonException duplicate = catchThrowableOfType(MalformedJsonException.class,
        () -> KEEP.readArticle(article("", "{\"type\":\"video\",\"src\":\"a\",\"src\":\"b\"}")));
    assertThat(duplicate.code()).isEqualTo(MalformedJsonException.DUPLICATE_KEY);

    MastheadJson small = MastheadJson.builder().unknownContent(UnknownContent.KEEP).maxElements(3).build();
    MalformedJsonException tooMany = catchThrowableOfType(MalformedJsonException.class,
        () -> small.readArticle(article("", "{\"type\":\"video\",\"list\":[1,2,3,4]}")));
    assertThat(tooMany.code()).isEqualTo(MalformedJsonException.TOO_MANY_ELEMENTS);

    MalformedJsonException missing = catchThrowableOfType(MalformedJsonException.class,
        () -> KEEP.readArticle(article("", "{\"text\":\"x\"}")));
    assertThat(missing.code()).isEqualTo(MalformedJsonException.UNKNOWN_BLOCK_TYPE);
    assertThat(missing.pointer()).isEqualTo("/body/0/type");
  }

  @Test
  void reports_unknown_properties_of_a_held_back_block_in_strict_mode() {
    MastheadJson strict = MastheadJson.builder().strict(true).unknownContent(UnknownContent.KEEP).build();

    InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
        () -> strict.readArticle(article("", ONE, "{\"text\":\"x\",\"colour\":\"red\",\"type\":\"paragraph\"}")));

    assertThat(e.violations())
        .containsExactly(Violation.of("/body/1/colour", Codes.UNKNOWN_PROPERTY, "is not a property of the wire format"));
  }

  @Test
  void keeps_a_block_read_on_its_own_even_when_dropping() {
    Converted<Block> read = DROP.reader(Block.class).readReported(VIDEO.getBytes(StandardCharsets.UTF_8));

    assertThat(read.value()).isEqualTo(new UnknownBlock("video", VIDEO));
    assertThat(read.losses()).isEmpty();
  }

  @Test
  void refuses_to_write_an_unknown_block_that_does_not_hold_one_object() {
    for (String bad : List.of("[1]", "{\"type\":\"video\"", "{} {}", "{\"a\":1,\"a\":2}", "nope")) {
      assertThatThrownBy(() -> REFUSE.write(new UnknownBlock("video", bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown block json must be one JSON object");
    }
  }
}
