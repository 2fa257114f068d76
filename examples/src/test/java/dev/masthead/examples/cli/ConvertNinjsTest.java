package dev.masthead.examples.cli;

import static dev.masthead.examples.cli.MastheadRun.copySample;
import static dev.masthead.examples.cli.MastheadRun.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.examples.SampleContent;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code masthead convert} with ninjs on either side, end to end through the command line. */
class ConvertNinjsTest {
  private static final String ITEM = """
      {"uri":"urn:newsml:example-agency.com:20240501:ferry-1","type":"text",
       "versionCreated":"2024-05-01T10:00:00Z","pubStatus":"usable",
       "by":"Von Anna Berg, dpa","located":"Kiel",
       "headlines":[{"role":"main","value":"Ferry service resumes after storm"}],
       "bodies":[{"contentType":"text/html","value":"<p>The ferry runs again.</p><p>Passengers waited <em>hours</em>.</p>"}],
       "urgency":4}
      """;

  @TempDir Path folder;

  @Test
  void converts_a_ninjs_item_to_masthead_with_the_report_on_standard_error() throws Exception {
    MastheadRun run = MastheadRun.of("convert", "--from", "ninjs", "--to", "masthead", "--language", "de",
        write(folder, "item.json", ITEM));

    assertThat(run.exitCode()).isZero();
    Article article = MastheadJson.standard().readArticle(run.out());
    assertThat(article.headline()).isEqualTo("Ferry service resumes after storm");
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.dateline()).isEqualTo("Kiel");
    assertThat(article.authors()).extracting(a -> a.name()).containsExactly("Anna Berg", "dpa");
    assertThat(article.body()).hasSize(2);
    assertThat(run.errLines()).contains(
        "/urgency: dropped: urgency has no place in an article",
        "/language: guessed: the item has no language; the default de was used");
  }

  @Test
  void converts_the_seed_article_to_a_ninjs_item_and_back() throws Exception {
    MastheadRun out = MastheadRun.of("convert", "--from", "masthead", "--to", "ninjs",
        copySample(folder, "us-sends-arms.json"));

    assertThat(out.exitCode()).isZero();
    JsonNode item = JsonMapper.builder().build().readTree(out.out());
    Article seed = SampleContent.seedArticle();
    assertThat(item.path("headlines").get(0).path("value").asString()).isEqualTo(seed.headline());
    assertThat(item.path("by").asString()).isEqualTo("Siavosh Hosseini");
    assertThat(item.path("bodies").get(0).path("contentType").asString()).isEqualTo("text/html");
    assertThat(out.errLines()).contains("/authors/0/bio: dropped: by has only names");

    MastheadRun back = MastheadRun.withInput(out.out(), "convert", "--from", "ninjs", "--to", "masthead");

    assertThat(back.exitCode()).isZero();
    Article article = MastheadJson.standard().readArticle(back.out());
    assertThat(article.headline()).isEqualTo(seed.headline());
    assertThat(article.body()).isEqualTo(seed.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"event", "planning", "audio", "video"})
  void exits_1_naming_the_type_of_an_unsupported_item(String type) throws Exception {
    String file = write(folder, "item.json", ITEM.replace("\"type\":\"text\"", "\"type\":\"" + type + "\""));

    MastheadRun run = MastheadRun.of("convert", "--from", "ninjs", "--to", "masthead", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(file + ": /type: unsupported_type: ninjs type " + type
        + " is not supported: only text and composite items import as articles");
  }

  @Test
  void exits_2_for_malformed_ninjs() throws Exception {
    String file = write(folder, "item.json", "{\"uri\":\"urn:a\",\"uri\":\"urn:b\"}");

    MastheadRun run = MastheadRun.of("convert", "--from", "ninjs", "--to", "masthead", file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().satisfies(line ->
        assertThat(line).isEqualTo(file + ": 1:21: duplicate_key: duplicate key \"uri\" (at /uri)"));
  }

  @Test
  void exits_1_for_a_ninjs_2_document() throws Exception {
    String file = write(folder, "item.json",
        "{\"uri\":\"urn:a\",\"versioncreated\":\"2019-08-09T09:46:53Z\",\"headlines\":[{\"value\":\"Old\"}]}");

    MastheadRun run = MastheadRun.of("convert", "--from", "ninjs", "--to", "masthead", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("ninjs 2.x is not supported");
  }
}
