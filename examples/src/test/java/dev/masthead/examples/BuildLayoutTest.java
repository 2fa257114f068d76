package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the build's promises to users that no compiler checks: the BOM lists every published
 * module, and every published module's jar carries what Maven Central and frameworks read.
 */
class BuildLayoutTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>(masthead-[a-z0-9-]+)</artifactId>");

  @Test
  void the_bom_lists_every_published_module_and_nothing_else() throws IOException {
    List<String> published = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : (Iterable<Path>) modules.sorted()::iterator) {
        // A published module is one with a module descriptor, as the build's published-module profile says.
        if (Files.exists(module.resolve("src/main/java/module-info.java"))) {
          published.add(ownArtifactId(module.resolve("pom.xml")));
        }
      }
    }
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    List<String> listed = new ArrayList<>();
    Matcher matcher = ARTIFACT_ID.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    while (matcher.find()) {
      listed.add(matcher.group(1));
    }

    assertThat(published).contains("masthead-core", "masthead-serialization");
    assertThat(listed).containsExactlyInAnyOrderElementsOf(published);
  }

  private static String ownArtifactId(Path pom) throws IOException {
    String text = Files.readString(pom);
    // The module's own artifactId is the first one after the parent element.
    Matcher matcher = ARTIFACT_ID.matcher(text.substring(text.indexOf("</parent>")));
    assertThat(matcher.find()).as("artifactId in %s", pom).isTrue();
    return matcher.group(1);
  }
}
