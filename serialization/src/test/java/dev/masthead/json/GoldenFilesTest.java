package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden files pin the wire format: each is read and written back byte for byte. */
class GoldenFilesTest {
  private static final MastheadJson JSON = MastheadJson.builder().strict(true).build();

  static List<Path> files() {
    return Golden.files();
  }

  @Test
  void cover_every_type_and_block_kind() {
    assertThat(files())
        .extracting(file -> file.getFileName().toString())
        .contains("article-full.json", "article-minimal.json", "ticker.json", "ticker-item.json",
            "author.json", "credit.json", "image.json", "block-paragraph.json", "block-heading.json",
            "block-quote.json", "block-list.json", "block-image.json", "block-divider.json");
  }

  @ParameterizedTest
  @MethodSource("files")
  void reads_strictly_and_rewrites_byte_for_byte(Path file) throws IOException {
    String golden = Files.readString(file, StandardCharsets.UTF_8);

    Object value = JSON.reader(Golden.type(file)).read(golden);

    assertThat(JSON.writePretty(value)).isEqualTo(golden);
    assertThat(JSON.reader(Golden.type(file)).read(JSON.write(value))).isEqualTo(value);
  }
}
