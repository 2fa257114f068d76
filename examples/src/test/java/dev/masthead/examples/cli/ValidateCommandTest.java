package dev.masthead.examples.cli;

import static dev.masthead.examples.cli.MastheadRun.copySample;
import static dev.masthead.examples.cli.MastheadRun.sample;
import static dev.masthead.examples.cli.MastheadRun.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.masthead.examples.SampleContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String ARTICLE = """
      {
        "id": "art-1",
        "slug": "budget-passes",
        "headline": "Budget passes",
        "language": "en"
      }
      """;

  @TempDir Path folder;

  @Test
  void says_ok_for_every_shipped_sample() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    for (String name : SampleContent.samples().keySet()) {
      args.add(copySample(folder, name));
    }

    MastheadRun run = MastheadRun.of(args.toArray(new String[0]));

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly(
        folder.resolve("us-sends-arms.json") + ": ok",
        folder.resolve("harbour-ferry-fire.json") + ": ok",
        folder.resolve("isfahan-bazaar-roof.json") + ": ok",
        folder.resolve("jobless-rate-embargoed.json") + ": ok",
        folder.resolve("news-ticker.json") + ": ok");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void reports_every_broken_rule_of_invalid_content() throws IOException {
    String file = write(folder, "invalid.json", sample("harbour-ferry-fire.json")
        .replace("\"headline\": \"Harbour ferry evacuated after engine-room fire; all 212 passengers safe\"",
            "\"headline\": \"  \"")
        .replace("\"canonicalUrl\": \"https://news.example.com/local/", "\"canonicalUrl\": \"javascript://news.example.com/local/"));

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.INVALID_CONTENT);
    assertThat(run.outLines()).containsExactly(
        file + ": /canonicalUrl: url_scheme: must be an absolute URL starting with http:// or https://",
        file + ": /headline: blank: must not be blank");
  }

  @Test
  void reports_malformed_json_with_line_column_and_code() throws IOException {
    String file = write(folder, "malformed.json", ARTICLE.replace("\"Budget passes\",", "\"Budget passes\""));

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    // File, line, column, code and pointer are Masthead's; the message between them is the parser's.
    assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith(file + ":5:3: syntax: ")
        .endsWith(" (at /headline)"));
  }

  @Test
  void reports_a_value_of_the_wrong_type_with_its_pointer() throws IOException {
    String file = write(folder, "wrong-type.json", ARTICLE.replace("\"en\"\n", "\"en\",\n  \"tags\": [\"budget\", 2024]\n"));

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(
        file + ":6:22: wrong_type: must be a string, not an integer (at /tags/1)");
  }

  @Test
  void reports_unknown_properties_only_when_strict() throws IOException {
    String file = write(folder, "sponsored.json", ARTICLE.replace("\"en\"\n", "\"en\",\n  \"sponsor\": \"Acme\"\n"));

    MastheadRun strict = MastheadRun.of("validate", "--strict", file);
    MastheadRun tolerant = MastheadRun.of("validate", file);

    assertThat(strict.exitCode()).isEqualTo(Masthead.INVALID_CONTENT);
    assertThat(strict.outLines()).containsExactly(file + ": /sponsor: unknown_property: is not a property of the wire format");
    assertThat(tolerant.exitCode()).isZero();
    assertThat(tolerant.outLines()).containsExactly(file + ": ok");
  }

  @Test
  void checks_what_publishing_needs_when_asked() throws IOException {
    String seed = copySample(folder, "us-sends-arms.json");
    String ferry = copySample(folder, "harbour-ferry-fire.json");
    String embargoed = copySample(folder, "jobless-rate-embargoed.json");

    MastheadRun run = MastheadRun.of("validate", "--publishable", seed, ferry, embargoed);

    assertThat(run.exitCode()).isEqualTo(Masthead.INVALID_CONTENT);
    assertThat(run.outLines()).containsExactly(
        seed + ": /canonicalUrl: required_to_publish: is required to publish",
        seed + ": /leadImage/altText: required_to_publish: is required to publish",
        seed + ": /leadImage/credit: required_to_publish: is required to publish",
        seed + ": /leadImage/url: required_to_publish: is required to publish",
        seed + ": /publishedAt: required_to_publish: is required to publish",
        ferry + ": ok",
        embargoed + ": /canonicalUrl: required_to_publish: is required to publish",
        embargoed + ": /leadImage: required_to_publish: is required to publish",
        embargoed + ": /publishedAt: required_to_publish: is required to publish");
  }

  @Test
  void reads_a_document_with_items_or_label_as_a_ticker() throws IOException {
    String labelOnly = write(folder, "label-only.json", "{\"id\": \"home\", \"label\": \"News Ticker\"}\n");
    String badItem = write(folder, "bad-item.json", sample("news-ticker.json")
        .replace("\"url\": \"https://news.example.com/weather/", "\"url\": \"ftp://news.example.com/weather/"));
    String noLabel = write(folder, "no-label.json", "{\"id\": \"home\"}\n");

    MastheadRun run = MastheadRun.of("validate", labelOnly, badItem, noLabel);

    assertThat(run.exitCode()).isEqualTo(Masthead.INVALID_CONTENT);
    assertThat(run.outLines()).containsExactly(
        labelOnly + ": ok",
        badItem + ": /items/1/url: url_scheme: must be an absolute URL starting with http:// or https://",
        noLabel + ": /headline: required: is required",
        noLabel + ": /language: required: is required",
        noLabel + ": /slug: required: is required");
  }

  @Test
  void reads_a_ticker_that_starts_with_a_byte_order_mark() throws IOException {
    String file = write(folder, "bom.json", withByteOrderMark(sample("news-ticker.json").getBytes(StandardCharsets.UTF_8)));

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.outLines()).containsExactly(file + ": ok");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void reads_documents_of_every_length() throws IOException {
    // The reader's UTF-8 check once failed on documents whose trailing ASCII run was a multiple of 8 bytes long.
    List<String> args = new ArrayList<>(List.of("validate"));
    for (int padding = 0; padding < 8; padding++) {
      args.add(write(folder, "padded-" + padding + ".json", ARTICLE.replace("\n}", "\n" + " ".repeat(padding) + "}")));
    }

    MastheadRun run = MastheadRun.of(args.toArray(new String[0]));

    assertThat(run.outLines()).hasSize(8).allMatch(line -> line.endsWith(": ok"));
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void reports_a_directory_as_unreadable() {
    MastheadRun run = MastheadRun.of("validate", folder.toString());

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(folder + ":0:0: unreadable: is a directory");
  }

  @Test
  void reports_a_missing_file_as_unreadable() {
    String file = folder.resolve("missing.json").toString();

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(file + ":0:0: unreadable: no such file");
  }

  @Test
  void reports_a_file_without_read_permission_as_unreadable() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
    Path locked = Files.writeString(folder.resolve("locked.json"), ARTICLE);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "runs as a user who can read any file");

    MastheadRun run = MastheadRun.of("validate", locked.toString());

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(locked + ":0:0: unreadable: permission denied");
  }

  @Test
  void reports_an_empty_file() throws IOException {
    String file = write(folder, "empty.json", new byte[0]);

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(file + ":1:1: empty_input: input holds no JSON value");
  }

  @Test
  void reports_a_binary_file() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'};
    String file = write(folder, "photo.json", png);

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(file + ":1:1: invalid_utf8: input is not well-formed UTF-8 (byte offset 0)");
  }

  @Test
  void reports_a_file_larger_than_the_limit() throws IOException {
    byte[] huge = new byte[DocumentFile.MAX_DOCUMENT_BYTES + 4096];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    String file = write(folder, "huge.json", huge);

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(
        file + ":0:0: document_too_large: document is larger than the limit of 10000000 bytes");
  }

  @Test
  void reads_a_document_of_exactly_the_limit_after_a_byte_order_mark() throws IOException {
    String atLimit = write(folder, "at-limit.json", withByteOrderMark(spacedTo(DocumentFile.MAX_DOCUMENT_BYTES)));
    String overLimit = write(folder, "over-limit.json", withByteOrderMark(spacedTo(DocumentFile.MAX_DOCUMENT_BYTES + 1)));

    MastheadRun run = MastheadRun.of("validate", atLimit, overLimit);

    assertThat(run.outLines()).containsExactly(
        atLimit + ": ok",
        overLimit + ":0:0: document_too_large: document is larger than the limit of 10000000 bytes");
  }

  /** Returns {@link #ARTICLE} with white space before its closing brace, {@code length} bytes in all. */
  private static byte[] spacedTo(int length) {
    byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] spaced = new byte[length];
    Arrays.fill(spaced, (byte) ' ');
    int close = ARTICLE.lastIndexOf('}');
    System.arraycopy(article, 0, spaced, 0, close);
    System.arraycopy(article, close, spaced, length - (article.length - close), article.length - close);
    return spaced;
  }

  private static byte[] withByteOrderMark(byte[] json) {
    byte[] marked = new byte[json.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(json, 0, marked, 3, json.length);
    return marked;
  }

  @Test
  void reports_a_top_level_value_that_is_not_an_object() throws IOException {
    String file = write(folder, "array.json", "[" + ARTICLE + "]");

    MastheadRun run = MastheadRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(file + ":1:1: not_an_object: the document must be a JSON object");
  }

  @Test
  void checks_every_file_and_exits_with_the_worst_outcome() throws IOException {
    String good = copySample(folder, "news-ticker.json");
    String invalid = write(folder, "invalid.json", ARTICLE.replace("\"en\"", "\"en_GB\""));
    String empty = write(folder, "empty.json", "  \n");
    String missing = folder.resolve("missing.json").toString();
    String alsoGood = copySample(folder, "us-sends-arms.json");

    MastheadRun run = MastheadRun.of("validate", good, invalid, empty, missing, alsoGood);

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.outLines()).containsExactly(
        good + ": ok",
        invalid + ": /language: invalid_language_tag: must be a well-formed BCP 47 language tag such as en-GB",
        empty + ":1:1: empty_input: input holds no JSON value",
        missing + ":0:0: unreadable: no such file",
        alsoGood + ": ok");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exits_with_invalid_content_when_no_file_is_malformed() throws IOException {
    String invalid = write(folder, "invalid.json", ARTICLE.replace("\"budget-passes\"", "\"Budget Passes\""));
    String good = copySample(folder, "isfahan-bazaar-roof.json");

    MastheadRun run = MastheadRun.of("validate", invalid, good);

    assertThat(run.exitCode()).isEqualTo(Masthead.INVALID_CONTENT);
    assertThat(run.outLines()).containsExactly(
        invalid + ": /slug: invalid_slug: must be lower-case letters and digits joined by single hyphens",
        good + ": ok");
  }

  @Test
  void exits_64_without_a_file() {
    MastheadRun run = MastheadRun.of("validate");

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).first().isEqualTo("Missing required parameter: 'FILE'");
    assertThat(run.err()).contains("Usage: masthead validate [-hV] [--publishable] [--strict] FILE...");
  }

  @Test
  void exits_64_for_an_unknown_option() throws IOException {
    String file = copySample(folder, "news-ticker.json");

    MastheadRun run = MastheadRun.of("validate", "--lenient", file);

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).first().isEqualTo("Unknown option: '--lenient'");
  }
}
