package dev.masthead.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.conversion.Converted;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Subject;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NinjsImporterTest {
  private final NinjsImporter importer = NinjsImporter.standard();

  private Converted<Article> agencyText() {
    return importer.importItem(Fixtures.read("agency-text.json"));
  }

  @Test
  void imports_headlines_summary_dateline_and_language() {
    Article article = agencyText().value();

    assertThat(article.headline()).isEqualTo("Riverton council approves 2025 budget");
    assertThat(article.subheadline()).isEqualTo("Libraries and buses get more money");
    assertThat(article.summary()).isEqualTo("The council voted 7 to 2 on Tuesday night.");
    assertThat(article.dateline()).isEqualTo("Riverton");
    assertThat(article.language()).isEqualTo("en-GB");
  }

  @Test
  void reads_timestamps_as_instants() {
    Article article = agencyText().value();

    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-01T06:00:00Z"));
    assertThat(article.updatedAt()).isEqualTo(Instant.parse("2024-05-01T08:15:00Z"));
    assertThat(article.embargoedUntil()).isEqualTo(Instant.parse("2024-05-01T05:00:00Z"));
    assertThat(article.expiresAt()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
  }

  @Test
  void reads_version_created_as_the_publication_time_when_there_is_no_first_created() {
    Converted<Article> result = importer.importItem(Fixtures.item("\"versionCreated\":\"2024-03-02T09:00:00+01:00\","));

    assertThat(result.value().publishedAt()).isEqualTo(Instant.parse("2024-03-02T08:00:00Z"));
    assertThat(result.value().updatedAt()).isNull();
    assertThat(Fixtures.lines(result.losses()))
        .contains("/versionCreated: changed: read as the publication time: the item has no firstCreated");
  }

  @Test
  void drops_a_timestamp_that_is_not_rfc_3339_with_a_report() {
    Converted<Article> result = importer.importItem(Fixtures.item("\"expires\":\"2024-03-02 09:00\","));

    assertThat(result.value().expiresAt()).isNull();
    assertThat(Fixtures.lines(result.losses()))
        .contains("/expires: dropped: not an RFC 3339 date-time with an offset");
  }

  @Test
  void splits_by_into_authors_and_reports_the_original() {
    Converted<Article> result = agencyText();

    assertThat(result.value().authors())
        .extracting(a -> a.name() + "/" + a.slug() + "/" + a.kind())
        .containsExactly("Jane Doe/jane-doe/PERSON", "John Roe/john-roe/PERSON", "AP/ap/ORGANIZATION");
    assertThat(Fixtures.lines(result.losses())).contains("/by: changed: split into 3 authors "
        + "(Jane Doe; John Roe; AP as an organization); the original was \"By Jane Doe and John Roe, AP\"");
  }

  @Test
  void keeps_a_single_person_by_without_a_report() {
    Converted<Article> result = importer.importItem(Fixtures.item("\"by\":\"Jane Doe\","));

    assertThat(result.value().authors()).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(AuthorKind.PERSON));
    assertThat(result.losses()).noneMatch(l -> l.pointer().equals("/by"));
  }

  @Test
  void keeps_at_most_fifty_authors_of_an_absurd_by() {
    StringBuilder by = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      by.append(i == 0 ? "" : ", ").append("Reporter Number").append((char) ('A' + i % 26)).append(i);
    }
    Converted<Article> result = importer.importItem(Fixtures.item("\"by\":\"" + by + "\","));

    assertThat(result.value().authors()).hasSize(50);
    assertThat(Fixtures.lines(result.losses())).contains("/by: dropped: more than 50 names; the rest is left out");
  }

  @Test
  void derives_the_same_id_and_slug_for_every_version_of_an_item() {
    String first = Fixtures.item("\"version\":\"1\",");
    String update = first.replace("\"version\":\"1\"", "\"version\":\"2\"")
        .replace("Council approves budget", "Council approves budget after long debate");
    String other = first.replace("urn:example:item-1", "urn:example:item-2");

    Article a = importer.importItem(first).value();
    Article b = importer.importItem(update).value();
    Article c = importer.importItem(other).value();

    assertThat(b.id()).isEqualTo(a.id());
    assertThat(b.slug()).isEqualTo(a.slug()).isEqualTo("example-item-1");
    assertThat(c.id()).isNotEqualTo(a.id()).startsWith("ninjs-");
    assertThat(a.id()).matches("ninjs-[0-9a-f]{32}");
  }

  @Test
  void prefers_the_html_body_and_reports_the_others() {
    Converted<Article> result = agencyText();

    assertThat(result.value().body()).startsWith(
        // <b>7 to 2</b> reads as strong importance over those six code points.
        Paragraph.builder("RIVERTON (AP) \u2014 The council voted 7 to 2.").addStrong(Span.of(34, 40)).build(),
        Paragraph.of("The mayor welcomed the vote."));
    assertThat(Fixtures.lines(result.losses())).contains(
        "/bodies/0: dropped: another body of the item was imported (html before plain text)",
        "/bodies/2: dropped: NITF and other XML bodies are not read");
  }

  @Test
  void reads_a_plain_text_body_one_paragraph_per_line() {
    Converted<Article> result = importer.importItem(Fixtures.item(
        "\"bodies\":[{\"contentType\":\"text/plain\",\"value\":\"First line.\\n\\nSecond line.\\r\\nThird.\"}],"));

    assertThat(result.value().body()).containsExactly(
        Paragraph.of("First line."), Paragraph.of("Second line."), Paragraph.of("Third."));
    assertThat(Fixtures.lines(result.losses()))
        .contains("/bodies/0/value: guessed: plain text read as 3 paragraphs, one per line");
  }

  @Test
  void reads_no_body_from_an_xml_only_item() {
    Converted<Article> result = importer.importItem(Fixtures.item(
        "\"bodies\":[{\"contentType\":\"application/xml\",\"value\":\"<doc><p>x</p></doc>\"}],"));

    assertThat(result.value().body()).isEmpty();
    assertThat(Fixtures.lines(result.losses())).contains("/bodies/0: dropped: NITF and other XML bodies are not read");
  }

  @Test
  void takes_the_lead_image_by_name_and_its_largest_usable_rendition() {
    Article article = agencyText().value();
    Image lead = article.leadImage();

    assertThat(lead).isNotNull();
    assertThat(lead.url()).isEqualTo("https://media.example-agency.com/photo-1.jpg");
    assertThat(lead.width()).isEqualTo(3000);
    assertThat(lead.height()).isEqualTo(2000);
    assertThat(lead.caption()).isEqualTo("Council members raise their hands during the vote.");
    assertThat(lead.altText()).isEqualTo("Council members vote");
    assertThat(lead.credit()).isNotNull();
    assertThat(lead.credit().name()).isEqualTo("Sam Lee");
    assertThat(lead.credit().organization()).isEqualTo("AP");
    assertThat(lead.credit().text()).isEqualTo("AP Photo/Sam Lee");
  }

  @Test
  void puts_further_pictures_at_the_end_of_the_body_and_refuses_unsafe_hrefs() {
    Converted<Article> result = agencyText();
    List<Block> body = result.value().body();

    assertThat(body.get(body.size() - 1)).isInstanceOfSatisfying(ImageBlock.class,
        block -> assertThat(block.image().url()).isEqualTo("https://media.example-agency.com/photo-2.jpg"));
    assertThat(Fixtures.lines(result.losses())).contains(
        "/associations/0: changed: a further picture became an image block at the end of the body",
        "/associations/1/renditions/2/href: dropped: not an absolute http(s) URL",
        "/associations/2: dropped: an association of type \"video\" has no place in an article; only pictures and graphics do");
  }

  @Test
  void drops_a_picture_whose_only_href_is_relative() {
    Converted<Article> result = importer.importItem(Fixtures.item("\"associations\":[{\"name\":\"p\",\"uri\":\"urn:p\","
        + "\"type\":\"picture\",\"renditions\":[{\"name\":\"main\",\"href\":\"/media/photo.jpg\"}]}],"));

    assertThat(result.value().leadImage()).isNull();
    assertThat(Fixtures.lines(result.losses())).contains(
        "/associations/0/renditions/0/href: dropped: not an absolute http(s) URL",
        "/associations/0: dropped: a picture without a rendition that has an absolute http(s) href");
  }

  @Test
  void reports_every_property_without_a_place_in_the_article() {
    assertThat(Fixtures.lines(agencyText().losses())).contains(
        "/edNote: dropped: the editorial note is for the receiving editor, not the article",
        "/headlines/2: dropped: an article has one headline of each role: main, sub and kicker",
        "/people: dropped: people have no place in an article",
        "/places: dropped: places have no place in an article",
        "/slugline: dropped: the slugline has no place in an article; the slug is made from the uri",
        "/urgency: dropped: urgency has no place in an article",
        "/version: dropped: the version has no place in an article; the id stays the same for every version");
  }

  @Test
  void reads_subjects_rights_and_the_digital_source_type() {
    Converted<Article> result = agencyText();
    Article article = result.value();

    assertThat(article.uri()).isEqualTo("urn:newsml:example-agency.com:20240501:council-budget-1");
    assertThat(article.subjects()).containsExactly(
        Subject.of("Local government", "http://cv.iptc.org/newscodes/mediatopic/20000577"), Subject.of("budget"));
    assertThat(article.rights()).isEqualTo(Rights.builder().copyrightHolder("Example Agency")
        .copyrightNotice("Copyright 2024 Example Agency. All rights reserved.")
        .license("https://rights.example-agency.com/editorial").build());
    assertThat(article.digitalSourceType()).isEqualTo(DigitalSourceType.DIGITAL_CAPTURE);
    assertThat(Fixtures.lines(result.losses())).contains(
        "/usageTerms: dropped: empty",
        "/rightsInfo/langId: dropped: the rights language has no place in the article's rights",
        "/subjects/0/rel: dropped: a subject keeps only its name and uri",
        "/subjects/1/literal: changed: the literal became the name: the subject has none",
        "/digitalSourceType/name: dropped: the name of a digital source type is not kept; its uri says it");
  }

  @Test
  void keeps_the_other_renditions_of_a_picture() {
    Image lead = agencyText().value().leadImage();

    assertThat(lead.renditions()).containsExactly(
        Rendition.of("https://media.example-agency.com/photo-1-thumb.jpg", 160, 120, "image/jpeg"));
  }

  @Test
  void reports_an_unknown_property() {
    Converted<Article> result = importer.importItem(Fixtures.item("\"x-provider\":{\"a\":1},"));

    assertThat(Fixtures.lines(result.losses())).contains("/x-provider: dropped: not a ninjs 3.1 property");
  }

  @Test
  void uses_the_callers_default_language_when_the_item_has_none() {
    String json = Fixtures.item("").replace("\"language\":\"en\",", "");
    Converted<Article> result = NinjsImporter.builder().defaultLanguage("sv").build().importItem(json);

    assertThat(result.value().language()).isEqualTo("sv");
    assertThat(Fixtures.lines(result.losses()))
        .contains("/language: guessed: the item has no language; the default sv was used");
  }

  @Test
  void replaces_a_language_that_is_not_bcp_47_with_the_default() {
    Converted<Article> result = importer.importItem(Fixtures.item("").replace("\"language\":\"en\"", "\"language\":\"en_GB\""));

    assertThat(result.value().language()).isEqualTo("und");
    assertThat(result.losses()).anyMatch(l -> l.pointer().equals("/language") && l.detail().startsWith("not a valid language tag"));
  }

  @ParameterizedTest
  @CsvSource({"usable, PUBLISHED", "withheld, DRAFT", "canceled, WITHDRAWN"})
  void maps_pub_status(String pubStatus, ArticleStatus status) {
    Article article = importer.importItem(Fixtures.item("\"pubStatus\":\"" + pubStatus + "\",")).value();

    assertThat(article.status()).isEqualTo(status);
  }

  @Test
  void removes_bidi_overrides_from_a_headline_with_a_report() {
    String json = Fixtures.item("").replace("Council approves budget", "Council \\u202Eapproves\\u202C budget");
    Converted<Article> result = importer.importItem(json);

    assertThat(result.value().headline()).isEqualTo("Council approves budget");
    assertThat(Fixtures.lines(result.losses())).contains("/headlines/0/value: changed: line breaks, tabs or "
        + "characters plain text must not hold were removed from the headline");
  }

  @Test
  void makes_the_title_the_headline_when_there_is_none() {
    Converted<Article> result = importer.importItem("{\"uri\":\"urn:x:1\",\"title\":\"Storm closes ferry\"}");

    assertThat(result.value().headline()).isEqualTo("Storm closes ferry");
    assertThat(Fixtures.lines(result.losses()))
        .contains("/title: changed: the title became the headline: the item has no headline");
  }

  @Test
  void refuses_an_item_without_headline_or_title() {
    assertThatThrownBy(() -> importer.importItem("{\"uri\":\"urn:x:1\",\"type\":\"text\"}"))
        .isInstanceOfSatisfying(NinjsImportException.class, e -> {
          assertThat(e.code()).isEqualTo(NinjsImportException.NO_HEADLINE);
          assertThat(e.getMessage())
              .isEqualTo("the item has no headline and no title: an article needs a headline (at /headlines)");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"event", "planning", "audio", "video", "picture", "graphic", "component"})
  void refuses_items_that_are_not_text_naming_the_type(String type) {
    String json = Fixtures.item("").replace("\"type\":\"text\"", "\"type\":\"" + type + "\"");

    assertThatThrownBy(() -> importer.importItem(json))
        .isInstanceOfSatisfying(NinjsImportException.class, e -> {
          assertThat(e.code()).isEqualTo(NinjsImportException.UNSUPPORTED_TYPE);
          assertThat(e.type()).isEqualTo(type);
          assertThat(e.pointer()).isEqualTo("/type");
          assertThat(e.getMessage()).isEqualTo(
              "ninjs type " + type + " is not supported: only text and composite items import as articles (at /type)");
        });
  }

  @Test
  void refuses_an_untyped_item_with_event_details_as_an_event() {
    assertThatThrownBy(() -> importer.importItem("{\"uri\":\"urn:x:1\",\"title\":\"Match\",\"eventDetails\":{}}"))
        .isInstanceOfSatisfying(NinjsImportException.class, e -> assertThat(e.type()).isEqualTo("event"));
  }

  @Test
  void refuses_a_ninjs_2_document_naming_the_version() {
    String json = "{\"uri\":\"urn:x:1\",\"type\":\"text\",\"versioncreated\":\"2019-08-09T09:46:53Z\","
        + "\"headlines\":[{\"value\":\"Old\"}]}";

    assertThatThrownBy(() -> importer.importItem(json))
        .isInstanceOfSatisfying(NinjsImportException.class, e -> {
          assertThat(e.code()).isEqualTo(NinjsImportException.UNSUPPORTED_VERSION);
          assertThat(e.getMessage()).isEqualTo("ninjs 2.x is not supported: versioncreated is the 2.x name of "
              + "versionCreated; only ninjs 3.0 and 3.1 import (at /versioncreated)");
        });
  }

  @Test
  void imports_a_collection_item_by_item() {
    Converted<List<Article>> result = importer.importItems(Fixtures.read("collection.json"));

    assertThat(result.value()).extracting(Article::headline)
        .containsExactly("Ferja går igjen etter stormen", "Strømmen er tilbake i Vestfold");
    assertThat(Fixtures.lines(result.losses())).contains(
        "/1/type: dropped: ninjs type event is not supported: only text and composite items import as articles",
        "/2/language: guessed: the item has no language; the default und was used");
  }

  @Test
  void tells_a_collection_from_an_item() {
    assertThatThrownBy(() -> importer.importItem(Fixtures.read("collection.json")))
        .isInstanceOfSatisfying(MalformedJsonException.class,
            e -> assertThat(e.code()).isEqualTo(MalformedJsonException.NOT_AN_OBJECT));
  }

  @Test
  void reads_bytes_streams_and_files_alike(@TempDir Path dir) throws Exception {
    byte[] bytes = Fixtures.read("agency-text.json").getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("item.json"), bytes);
    Article fromText = agencyText().value();

    assertThat(importer.importItem(bytes).value()).isEqualTo(fromText);
    assertThat(importer.importItem(new ByteArrayInputStream(bytes)).value()).isEqualTo(fromText);
    assertThat(importer.importItem(file).value()).isEqualTo(fromText);
    assertThat(importer.importItems(file).value()).containsExactly(fromText);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"uri\":\"urn:a\",\"uri\":\"urn:b\"}                | duplicate_key | 1 | /uri",
    "{\"uri\":\"urn:a\",\"headlines\":\"Budget\"}          | wrong_type    | 1 | /headlines",
    "{\"uri\":\"urn:a\",\"headlines\":[{\"value\":7}]}     | wrong_type    | 1 | /headlines/0/value",
    "{\"uri\":7}                                          | wrong_type    | 1 | /uri",
    "{\"type\":\"text\"}                                  | missing_property | 1 | ''",
    "{\"uri\":\"urn:a\"} {}                               | syntax        | 1 | ''",
    "{\"uri\":\"urn:a\",}                                 | syntax        | 1 | /uri",
    "'   '                                                | empty_input   | 1 | ''",
  })
  void refuses_malformed_input_naming_the_place(String json, String code, int line, String pointer) {
    assertThatThrownBy(() -> importer.importItem(json))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.pointer()).isEqualTo(pointer);
        });
  }

  @Test
  void locates_a_wrong_type_by_line_and_column() {
    String json = "{\n  \"uri\": \"urn:a\",\n  \"headlines\": [\n    {\"value\": true}\n  ]\n}";

    assertThatThrownBy(() -> importer.importItem(json))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("wrong_type at line 4, column 15 (/headlines/0/value): expected a string");
        });
  }

  @Test
  void refuses_malformed_utf8() {
    byte[] bytes = {'{', '"', 'u', 'r', 'i', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

    assertThatThrownBy(() -> importer.importItem(bytes))
        .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
          assertThat(e.column()).isEqualTo(9);
        });
  }

  @Test
  void enforces_the_limits_it_is_given() {
    NinjsImporter small = NinjsImporter.builder().maxDepth(3).maxStringLength(10).maxElements(2)
        .maxDocumentBytes(500).build();
    String deep = "{\"uri\":\"urn:a\",\"x\":[[[[1]]]]}";
    String longString = "{\"uri\":\"urn:aaaaaaaaaaaaaaaaaaaaaaaaaa\"}";
    String manyElements = "{\"uri\":\"urn:a\",\"x\":[1,2,3]}";
    String large = "{\"uri\":\"urn:a\",\"x\":\"" + "a".repeat(600) + "\"}";

    assertThat(codeOf(small, deep)).isEqualTo(MalformedJsonException.TOO_DEEP);
    assertThat(codeOf(small, longString)).isEqualTo(MalformedJsonException.STRING_TOO_LONG);
    assertThat(codeOf(small, manyElements)).isEqualTo(MalformedJsonException.TOO_MANY_ELEMENTS);
    assertThat(codeOf(small, large)).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE);
  }

  private static String codeOf(NinjsImporter importer, String json) {
    try {
      importer.importItem(json);
      return "none";
    } catch (MalformedJsonException e) {
      return e.code();
    }
  }

  @Test
  void refuses_a_default_language_that_is_not_bcp_47() {
    assertThatThrownBy(() -> NinjsImporter.builder().defaultLanguage("en_GB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("defaultLanguage must be a BCP 47 language tag");
  }
}
