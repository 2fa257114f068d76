package dev.masthead.syndication;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real documents of the integration profile, read where {@code masthead.interop.dir} says. */
final class Interop {
  private Interop() {}

  static Path file(String first, String... more) {
    String dir = System.getProperty("masthead.interop.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("masthead.interop.dir is not set: run with -Pintegration");
    }
    Path file = Path.of(dir, first).resolve(Path.of("", more));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing interop file " + file);
    }
    return file;
  }
}
