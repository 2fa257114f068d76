package dev.masthead.ninjs;

import dev.masthead.conversion.Loss;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The ninjs documents the tests read, written for this project. */
final class Fixtures {
  private Fixtures() {}

  /** Returns the fixture {@code ninjs/NAME} as text. */
  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/ninjs/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the report lines of the losses. */
  static List<String> lines(List<Loss> losses) {
    return losses.stream().map(Loss::toString).toList();
  }

  /** Returns a minimal text item with the given extra properties (a JSON fragment ending in a comma, or empty). */
  static String item(String extra) {
    return "{" + extra + "\"uri\":\"urn:example:item-1\",\"type\":\"text\",\"language\":\"en\","
        + "\"headlines\":[{\"role\":\"main\",\"value\":\"Council approves budget\"}]}";
  }
}
