package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteSamplesTest {
  @Test
  void writes_the_shipped_fixtures_into_a_new_folder(@TempDir Path temp) throws IOException {
    Path folder = temp.resolve("samples");

    WriteSamples.main(new String[] {folder.toString()});

    Map<String, byte[]> written;
    try (Stream<Path> files = Files.list(folder)) {
      written = files.collect(Collectors.toMap(file -> file.getFileName().toString(), WriteSamplesTest::bytes));
    }
    assertThat(written).containsOnlyKeys(SampleContent.samples().keySet());
    for (Map.Entry<String, byte[]> file : written.entrySet()) {
      assertThat(file.getValue()).as(file.getKey()).isEqualTo(SampleContentTest.fixture(file.getKey()));
    }
  }

  @Test
  void replaces_files_of_the_same_name(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("news-ticker.json"), "{\"stale\": true}\n");

    WriteSamples.writeTo(folder);

    assertThat(Files.readAllBytes(folder.resolve("news-ticker.json")))
        .isEqualTo(SampleContentTest.fixture("news-ticker.json"));
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
