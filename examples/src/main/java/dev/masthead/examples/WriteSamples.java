package dev.masthead.examples;

import dev.masthead.json.MastheadJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the JSON samples of {@link SampleContent} to a folder, in the canonical pretty form. Run it
 * after changing the samples, from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q package -DskipTests
 * java -cp examples/target/masthead.jar dev.masthead.examples.WriteSamples \
 *     examples/src/main/resources/dev/masthead/examples/samples
 * }</pre>
 */
public final class WriteSamples {
  private WriteSamples() {}

  /**
   * Writes every sample into the folder named by the one argument, replacing files of the same
   * name.
   *
   * @param args the folder
   * @throws IOException if the folder cannot be created
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WriteSamples FOLDER");
      System.exit(64);
    }
    writeTo(Path.of(args[0]));
  }

  /**
   * Writes every sample into {@code folder}, creating it if needed.
   *
   * @param folder the folder
   * @throws IOException if the folder cannot be created
   */
  public static void writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, Object> sample : SampleContent.samples().entrySet()) {
      MastheadJson.standard().writePretty(sample.getValue(), folder.resolve(sample.getKey()));
    }
  }
}
