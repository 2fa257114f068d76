package dev.masthead.examples.cli;

import static dev.masthead.examples.cli.MastheadRun.sample;
import static dev.masthead.examples.cli.MastheadRun.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.examples.SampleContent;
import dev.masthead.json.MastheadJson;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {
  @TempDir Path folder;

  @Test
  void prints_a_compact_article_in_the_canonical_pretty_form() throws IOException {
    String file = write(folder, "ferry.json", MastheadJson.standard().write(SampleContent.harbourFerryFire()));

    MastheadRun run = MastheadRun.of("format", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(sample("harbour-ferry-fire.json"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void prints_a_ticker_in_display_order() throws IOException {
    String reordered = "{\"label\":\"News Ticker\",\"id\":\"home\",\"items\":["
        + "{\"id\":\"t-2\",\"headline\":\"Storm warning for the coast\",\"publishedAt\":\"2024-05-01T10:40:00+01:00\"},"
        + "{\"priority\":\"breaking\",\"id\":\"t-1\",\"headline\":\"Ferry evacuated\",\"publishedAt\":\"2024-05-01T08:25:00Z\"}]}";
    String file = write(folder, "ticker.json", reordered);

    MastheadRun run = MastheadRun.of("format", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        {
          "id": "home",
          "label": "News Ticker",
          "items": [
            {
              "id": "t-1",
              "headline": "Ferry evacuated",
              "priority": "breaking",
              "publishedAt": "2024-05-01T08:25:00Z"
            },
            {
              "id": "t-2",
              "headline": "Storm warning for the coast",
              "priority": "normal",
              "publishedAt": "2024-05-01T09:40:00Z"
            }
          ]
        }
        """);
  }

  @Test
  void leaves_out_unknown_properties() throws IOException {
    String file = write(folder, "seed.json", sample("us-sends-arms.json").replace("{\n  \"id\"", "{\n  \"x-cms-revision\": 12,\n  \"id\""));

    MastheadRun run = MastheadRun.of("format", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(sample("us-sends-arms.json"));
  }

  @Test
  void prints_nothing_and_reports_malformed_json_on_standard_error() throws IOException {
    String file = write(folder, "cut.json", "{\"id\": \"art-1\", \"headline\": \"Budget");

    MastheadRun run = MastheadRun.of("format", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.out()).isEmpty();
    // File, line, column, code and pointer are Masthead's; the message between them is the parser's.
    assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith(file + ":1:36: syntax: ")
        .endsWith(" (at /headline)"));
  }

  @Test
  void prints_nothing_and_reports_invalid_content_on_standard_error() throws IOException {
    String file = write(folder, "by.json", sample("isfahan-bazaar-roof.json").replace("\"name\": \"مریم", "\"name\": \"By مریم"));

    MastheadRun run = MastheadRun.of("format", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.INVALID_CONTENT);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        file + ": /authors/0/name: byline_in_name: must be a name, not a byline starting with \"By\"");
  }

  @Test
  void reports_a_missing_file() {
    String file = folder.resolve("missing.json").toString();

    MastheadRun run = MastheadRun.of("format", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(file + ":0:0: unreadable: no such file");
  }

  @Test
  void exits_64_for_more_than_one_file() throws IOException {
    String file = write(folder, "ticker.json", sample("news-ticker.json"));

    MastheadRun run = MastheadRun.of("format", file, file);

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).first().asString().startsWith("Unmatched argument at index 2");
  }
}
