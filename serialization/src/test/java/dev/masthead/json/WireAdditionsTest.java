package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.Correction;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Image;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Subject;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts added for agency content (renditions, rights, subjects, uri, digital source type,
 * corrections, emphasis and strong) on the wire: their exact form, their round trip, and the
 * errors that name their place.
 */
class WireAdditionsTest {
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final MastheadJson STRICT = MastheadJson.builder().strict(true).build();
  private static final Instant AT = Instant.parse("2024-05-02T09:00:00Z");

  static Stream<Arguments> wireForms() {
    return Stream.of(
        Arguments.of(Rendition.of("https://cdn.example.com/a-640.jpg", 640, 427, "image/jpeg"),
            "{\"url\":\"https://cdn.example.com/a-640.jpg\",\"width\":640,\"height\":427,\"mediaType\":\"image/jpeg\"}"),
        Arguments.of(Rendition.of("https://cdn.example.com/a.jpg", null, null), "{\"url\":\"https://cdn.example.com/a.jpg\"}"),
        Arguments.of(Rights.builder().copyrightHolder("Agency").license("https://example.com/l").build(),
            "{\"copyrightHolder\":\"Agency\",\"license\":\"https://example.com/l\"}"),
        Arguments.of(Subject.of("politics", "http://cv.iptc.org/newscodes/mediatopic/11000000"),
            "{\"name\":\"politics\",\"uri\":\"http://cv.iptc.org/newscodes/mediatopic/11000000\"}"),
        Arguments.of(Subject.of("budget"), "{\"name\":\"budget\"}"),
        Arguments.of(Correction.of("Fixed the total.", AT), "{\"text\":\"Fixed the total.\",\"publishedAt\":\"2024-05-02T09:00:00Z\"}"),
        Arguments.of(Span.of(0, 4), "{\"start\":0,\"end\":4}"),
        Arguments.of(Paragraph.builder("Vote now.").addEmphasis(Span.of(5, 8)).addStrong(Span.of(0, 4)).build(),
            "{\"type\":\"paragraph\",\"text\":\"Vote now.\",\"emphasis\":[{\"start\":5,\"end\":8}],"
                + "\"strong\":[{\"start\":0,\"end\":4}]}"),
        Arguments.of(Image.builder().url("https://cdn.example.com/a.jpg")
                .addRendition(Rendition.of("https://cdn.example.com/a-1.jpg", 10, 10))
                .rights(Rights.builder().usageTerms("Editorial use only.").build())
                .digitalSourceType(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
                .build(),
            "{\"url\":\"https://cdn.example.com/a.jpg\",\"renditions\":[{\"url\":\"https://cdn.example.com/a-1.jpg\","
                + "\"width\":10,\"height\":10}],\"rights\":{\"usageTerms\":\"Editorial use only.\"},"
                + "\"digitalSourceType\":\"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia\"}"));
  }

  @ParameterizedTest
  @MethodSource("wireForms")
  void writes_the_exact_wire_form_and_reads_it_back_strictly(Object value, String wire) {
    assertThat(JSON.write(value)).isEqualTo(wire);
    Class<?> type = value.getClass();
    assertThat((Object) STRICT.reader(type).read(wire)).isEqualTo(value);
  }

  @Test
  void writes_the_article_additions_after_the_older_properties_in_component_order() {
    Article article = Article.builder().id("a").slug("a").headline("A").language("en")
        .canonicalUrl("https://news.example.com/a")
        .uri("urn:newsml:example.com:20240501:a")
        .addSubject(Subject.of("politics"))
        .rights(Rights.builder().copyrightHolder("Agency").build())
        .digitalSourceType(DigitalSourceType.DIGITAL_CAPTURE)
        .addCorrection(Correction.of("Fixed.", AT))
        .build();

    String json = JSON.write(article);

    assertThat(json).isEqualTo("{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\",\"status\":\"published\","
        + "\"canonicalUrl\":\"https://news.example.com/a\",\"uri\":\"urn:newsml:example.com:20240501:a\","
        + "\"subjects\":[{\"name\":\"politics\"}],\"rights\":{\"copyrightHolder\":\"Agency\"},"
        + "\"digitalSourceType\":\"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture\","
        + "\"corrections\":[{\"text\":\"Fixed.\",\"publishedAt\":\"2024-05-02T09:00:00Z\"}]}");
    assertThat(STRICT.readArticle(json)).isEqualTo(article);
  }

  @Test
  void reads_an_older_document_with_every_addition_absent_or_empty() {
    Article article = JSON.readArticle("{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\","
        + "\"body\":[{\"type\":\"paragraph\",\"text\":\"One.\"}],\"leadImage\":{\"url\":\"https://cdn.example.com/a.jpg\"}}");

    assertThat(article.uri()).isNull();
    assertThat(article.subjects()).isEmpty();
    assertThat(article.rights()).isNull();
    assertThat(article.digitalSourceType()).isNull();
    assertThat(article.corrections()).isEmpty();
    assertThat(article.leadImage().renditions()).isEmpty();
    assertThat(((Paragraph) article.body().get(0)).emphasis()).isEmpty();
    assertThat(((Paragraph) article.body().get(0)).strong()).isEmpty();
  }

  @Test
  void reads_null_additions_as_absent() {
    Article article = JSON.readArticle("{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\",\"uri\":null,"
        + "\"subjects\":null,\"rights\":null,\"digitalSourceType\":null,\"corrections\":null}");

    assertThat(article).isEqualTo(Article.builder().id("a").slug("a").headline("A").language("en").build());
  }

  @Test
  void reports_a_subject_or_correction_without_its_required_parts_as_required() {
    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> JSON.readArticle(
        "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\",\"subjects\":[{\"uri\":\"urn:example:politics\"}],"
            + "\"corrections\":[{\"text\":null},{\"text\":\"Fixed.\"}]}"));

    assertThat(e.violations()).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/corrections/0/publishedAt", Codes.REQUIRED),
        org.assertj.core.groups.Tuple.tuple("/corrections/0/text", Codes.REQUIRED),
        org.assertj.core.groups.Tuple.tuple("/corrections/1/publishedAt", Codes.REQUIRED),
        org.assertj.core.groups.Tuple.tuple("/subjects/0/name", Codes.REQUIRED));
  }

  @Test
  void names_the_place_of_an_invalid_addition_in_wire_names() {
    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> JSON.readArticle(
        "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\",\"uri\":\"art-1\","
            + "\"leadImage\":{\"digitalSourceType\":\"not a uri\",\"renditions\":[{\"url\":\"https://a.example/x\","
            + "\"mediaType\":\"jpeg\"}],\"rights\":{}},"
            + "\"body\":[{\"type\":\"paragraph\",\"text\":\"Vote.\",\"strong\":[{\"start\":2,\"end\":9}]}]}"));

    assertThat(e.violations()).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/body/0/strong/0/end", Codes.SPAN_RANGE),
        org.assertj.core.groups.Tuple.tuple("/leadImage/digitalSourceType", Codes.URI_SYNTAX),
        org.assertj.core.groups.Tuple.tuple("/leadImage/renditions/0/mediaType", Codes.INVALID_MEDIA_TYPE),
        org.assertj.core.groups.Tuple.tuple("/leadImage/rights", Codes.RIGHTS_PART),
        org.assertj.core.groups.Tuple.tuple("/uri", Codes.URI_SCHEME));
  }

  @Test
  void takes_the_digital_source_type_as_a_string_only() {
    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> JSON.readArticle(
        "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\",\"digitalSourceType\":{\"uri\":\"x:y\"}}"));

    assertThat(e.code()).isEqualTo(MalformedJsonException.WRONG_TYPE);
    assertThat(e.pointer()).isEqualTo("/digitalSourceType");
  }

  @Test
  void refuses_a_span_without_an_end_and_a_duplicate_rights_key() {
    MalformedJsonException missing = catchThrowableOfType(MalformedJsonException.class, () -> JSON.reader(Paragraph.class).read("{\"type\":\"paragraph\",\"text\":\"Vote.\",\"emphasis\":[{\"start\":0}]}"));
    assertThat(missing.code()).isEqualTo(MalformedJsonException.MISSING_PROPERTY);
    assertThat(missing.pointer()).isEqualTo("/emphasis/0/end");

    MalformedJsonException duplicate = catchThrowableOfType(MalformedJsonException.class, () -> JSON.reader(Rights.class).read("{\"copyrightHolder\":\"A\",\"copyrightHolder\":\"B\"}"));
    assertThat(duplicate.code()).isEqualTo(MalformedJsonException.DUPLICATE_KEY);
  }

  @Test
  void reports_spans_on_other_block_kinds_as_unknown_in_strict_mode() {
    InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> STRICT.readArticle(
        "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\","
            + "\"body\":[{\"type\":\"heading\",\"level\":2,\"text\":\"H\",\"emphasis\":[{\"start\":0,\"end\":1}]}]}"));

    assertThat(e.violations()).containsExactly(
        Violation.of("/body/0/emphasis", Codes.UNKNOWN_PROPERTY, "is not a property of the wire format"));
  }

  /** A value of an application's own, holding Masthead values. */
  public record Holder(DigitalSourceType source, List<Rendition> renditions) {}

  @Test
  void plugs_the_additions_into_an_application_mapper() {
    JsonMapper mapper = JsonMapper.builder().addModule(new MastheadModule()).build();
    Holder holder = new Holder(DigitalSourceType.PRINT, List.of(Rendition.of("https://cdn.example.com/a.jpg", 1, 2)));

    String json = mapper.writeValueAsString(holder);

    assertThat(json).isEqualTo("{\"source\":\"http://cv.iptc.org/newscodes/digitalsourcetype/print\","
        + "\"renditions\":[{\"url\":\"https://cdn.example.com/a.jpg\",\"width\":1,\"height\":2}]}");
    assertThat(mapper.readValue(json, Holder.class)).isEqualTo(holder);
  }
}
