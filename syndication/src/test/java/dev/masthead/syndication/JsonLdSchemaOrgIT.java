package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.masthead.json.generated.Generators;
import dev.masthead.json.generated.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON-LD expanded with schema.org's real context (release 30.0) uses only current schema.org
 * properties and types, as the vocabulary's own lists name them. The context maps any unknown term
 * onto schema.org, so the lists, not the expansion, catch a misspelt name.
 */
class JsonLdSchemaOrgIT {
  private static final String LIST_PREFIX = "https://schema.org/";
  private static Expansion expansion;
  private static Set<String> properties;
  private static Set<String> types;

  @BeforeAll
  static void readTheVocabulary() throws IOException {
    expansion = Expansion.of(Interop.file("schemaorg", "schemaorgcontext.jsonld"));
    properties = ids(Interop.file("schemaorg", "schemaorg-current-https-properties.csv"));
    types = ids(Interop.file("schemaorg", "schemaorg-current-https-types.csv"));
  }

  @Test
  void the_full_article_uses_current_schema_org_terms_only() {
    JsonLd writer = JsonLd.builder()
        .publisher(Publisher.of("Example News", "https://news.example.com", "https://news.example.com/logo.png"))
        .accessibleForFree(true).build();

    Expansion.Result result = expansion.expand(writer.write(Fixtures.budget()).value());

    assertThat(result.properties()).allMatch(iri -> iri.startsWith(Expansion.VOCABULARY));
    assertThat(properties).containsAll(result.propertyNames());
    assertThat(types).containsAll(result.typeNames());
    assertThat(result.propertyNames()).isEqualTo(result.compactProperties());
  }

  @Test
  void the_ticker_uses_current_schema_org_terms_only() {
    Expansion.Result result = expansion.expand(JsonLd.standard().write(Fixtures.ticker()).value());

    assertThat(properties).containsAll(result.propertyNames());
    assertThat(types).containsAll(result.typeNames());
  }

  @TestFactory
  Stream<DynamicTest> every_generated_article_uses_current_schema_org_terms_only() {
    JsonLd writer = JsonLd.builder().publisher(Publisher.of("Example News")).build();
    return Seeds.seeds("jsonld-schemaorg").limit(200).mapToObj(seed -> dynamicTest("article seed=" + seed, () -> {
      Expansion.Result result = expansion.expand(writer.write(new Generators(seed).article()).value());
      String replay = "replay with -Dmasthead.seed=" + seed;

      assertThat(properties).as(replay).containsAll(result.propertyNames());
      assertThat(types).as(replay).containsAll(result.typeNames());
    }));
  }

  /** The local names in the first column of one of schema.org's CSV lists. */
  private static Set<String> ids(Path csv) throws IOException {
    Set<String> ids = new HashSet<>();
    // Rows hold quoted line breaks; every row starts with its quoted id at the start of a line.
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (line.startsWith("\"" + LIST_PREFIX)) {
        ids.add(line.substring(1 + LIST_PREFIX.length(), line.indexOf('"', 1)));
      }
    }
    assertThat(ids).as(csv.toString()).hasSizeGreaterThan(500);
    return ids;
  }
}
