package dev.masthead.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.conversion.LossKind;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Heading;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts every document of the real ninjs corpus ({@code masthead.interop.dir}/ninjs: the 3.x
 * documents, the collection, the 2.x documents and IPTC's test suite), checks every export against
 * the official ninjs 3.1 schema with format assertions, and prints a table of the outcomes.
 */
class NinjsCorpusIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SCHEMA_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
  private static Path corpus;
  private static Schema schema;

  @BeforeAll
  static void load() throws IOException {
    String dir = System.getProperty("masthead.interop.dir");
    assertThat(dir).as("the integration profile sets masthead.interop.dir").isNotBlank();
    corpus = Path.of(dir, "ninjs");
    assertThat(corpus).as("the real ninjs documents").isDirectory();
    String ninjs = Files.readString(corpus.resolve("schema/ninjs-schema_3.1.json"));
    String geoJson = Files.readString(corpus.resolve("schema/GeoJSON-schema.json"));
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
            .schemas(Map.of(
                SCHEMA_ID, ninjs,
                "https://geojson.org/schema/GeoJSON.json", geoJson)));
    schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
  }

  private static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !corpus.relativize(f).startsWith("schema"))
          .sorted()
          .toList();
    }
  }

  private static List<String> schemaErrors(String json) {
    return schema.validate(JSON.readTree(json)).stream().map(Error::toString).toList();
  }

  @Test
  void the_schema_check_rejects_what_it_must() {
    assertThat(schemaErrors("{\"uri\":\"urn:x:1\",\"urgency\":12}")).isNotEmpty();
    assertThat(schemaErrors("{\"uri\":\"urn:x:1\",\"versionCreated\":\"yesterday\"}")).isNotEmpty();
    assertThat(schemaErrors("{\"uri\":\"not a uri\"}")).isNotEmpty();
    assertThat(schemaErrors("{\"uri\":\"urn:x:1\",\"places\":[{\"geoJSON\":{\"type\":\"Point\"}}]}")).isNotEmpty();
    assertThat(schemaErrors("{\"uri\":\"urn:x:1\",\"versionCreated\":\"2024-05-01T10:00:00Z\"}")).isEmpty();
  }

  @Test
  void converts_every_document_and_every_export_passes_the_31_schema() throws IOException {
    List<String> table = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    table.add("| document | outcome | fields kept | fields in the loss report |");
    table.add("|---|---|---|---|");
    for (Path file : documents()) {
      String name = corpus.relativize(file).toString();
      byte[] bytes = Files.readAllBytes(file);
      String outcome;
      String kept = "";
      String reported = "";
      try {
        Converted<List<Article>> result = NinjsImporter.standard().importItems(bytes);
        JsonNode root = JSON.readTree(bytes);
        List<JsonNode> items = root.isArray() ? root.valueStream().toList() : List.of(root);
        int refused = (int) result.losses().stream()
            .filter(l -> l.pointer().matches("/\\d+/type|/\\d+/headlines|/\\d+/eventDetails|/\\d+/plannedCoverage|/\\d+"))
            .filter(l -> l.detail().contains("not supported") || l.detail().contains("no headline"))
            .count();
        outcome = root.isArray()
            ? "collection: " + result.value().size() + " of " + items.size() + " imported, " + refused + " refused"
            : "imported";
        Set<String> lossFields = result.losses().stream().map(l -> topField(l, root.isArray()))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> droppedFields = result.losses().stream()
            .filter(l -> l.kind() == LossKind.DROPPED && l.pointer().split("/").length == (root.isArray() ? 3 : 2))
            .map(l -> topField(l, root.isArray())).collect(Collectors.toSet());
        Set<String> inputFields = new LinkedHashSet<>();
        items.forEach(item -> item.propertyNames().forEach(inputFields::add));
        List<String> keptFields = inputFields.stream().filter(f -> !droppedFields.contains(f)).sorted().toList();
        kept = result.value().isEmpty() ? "0" : keptFields.size() + " (" + String.join(", ", keptFields) + ")";
        reported = lossFields.size() + " (" + result.losses().size() + " entries)";
        for (Article article : result.value()) {
          Converted<String> exported = NinjsExporter.standard().export(article);
          List<String> errors = schemaErrors(exported.value());
          if (!errors.isEmpty()) {
            failures.add(name + ": the export of " + article.id() + " fails the 3.1 schema: " + errors);
          }
        }
        if (!root.isArray()) {
          failures.addAll(roundTrip(name, root, result.value().get(0)));
        }
      } catch (NinjsImportException e) {
        outcome = "refused: " + e.getMessage();
        if (mustImport(name, JSON.readTree(bytes))) {
          failures.add(name + ": a 3.x text item with a headline did not import: " + e.getMessage());
        }
      } catch (MalformedJsonException e) {
        outcome = "malformed: " + e.getMessage();
        if (mustImport(name, JSON.readTree(bytes))) {
          failures.add(name + ": a 3.x text item with a headline did not import: " + e.getMessage());
        }
      } catch (RuntimeException e) {
        outcome = "CRASH: " + e;
        failures.add(name + ": crashed: " + e);
      }
      table.add("| " + name + " | " + outcome.replace("|", "\\|") + " | " + kept + " | " + reported + " |");
    }
    System.out.println(String.join("\n", table));
    assertThat(failures).isEmpty();
    assertThat(table).hasSizeGreaterThan(60);
  }

  private static String topField(Loss loss, boolean collection) {
    String[] segments = loss.pointer().split("/");
    int index = collection ? 2 : 1;
    return segments.length > index ? segments[index] : "(item)";
  }

  /** Whether a document is a 3.x text item with a headline, which must import. */
  private static boolean mustImport(String name, JsonNode root) {
    // IPTC's should_fail fixtures are deliberately invalid (2.x names, a 2.2 standard statement).
    if (name.startsWith("2.x") || name.contains("should_fail") || !root.isObject()) {
      return false;
    }
    String type = root.path("type").asString("text");
    boolean text = type.equals("text") && !root.has("eventDetails") && !root.has("plannedCoverage");
    boolean headline = root.path("headlines").valueStream().anyMatch(h -> h.path("value").isString());
    return text && headline;
  }

  /** A real item imported and exported again keeps its headline, body words and timestamps. */
  private static List<String> roundTrip(String name, JsonNode original, Article article) {
    List<String> failures = new ArrayList<>();
    JsonNode exported = JSON.readTree(NinjsExporter.standard().export(article).value());
    if (!exported.path("headlines").get(0).path("value").asString().equals(article.headline())) {
      failures.add(name + ": the headline changed on export");
    }
    List<String> bodyWords = words(bodyText(article.body()));
    List<String> exportedWords = words(exported.path("bodies").valueStream()
        .filter(b -> b.path("contentType").asString("").equals("text/plain"))
        .map(b -> b.path("value").asString()).findFirst().orElse(""));
    if (!bodyWords.equals(exportedWords)) {
      failures.add(name + ": the plain-text body of the export does not hold the body text word for word");
    }
    Article back = NinjsImporter.standard().importItem(exported.toString()).value();
    if (!words(bodyText(back.body())).equals(bodyWords)) {
      failures.add(name + ": the body read back from the export does not hold the body text word for word");
    }
    if (!back.headline().equals(article.headline()) || !java.util.Objects.equals(back.leadImage(), article.leadImage())) {
      failures.add(name + ": the headline or the lead image read back from the export differs");
    }
    JsonNode plain = original.path("bodies").valueStream()
        .filter(b -> Bodies.family(b.path("contentType").asString(null), b.path("value").asString("")) == Bodies.Family.TEXT)
        .findFirst().orElse(null);
    boolean htmlChosen = original.path("bodies").valueStream()
        .anyMatch(b -> Bodies.family(b.path("contentType").asString(null), b.path("value").asString("")) == Bodies.Family.HTML);
    if (plain != null && !htmlChosen && !words(plain.path("value").asString()).equals(exportedWords)) {
      failures.add(name + ": the plain-text body was not kept word for word");
    }
    for (String field : List.of("copyrightHolder", "copyrightNotice", "usageTerms")) {
      String before = original.path(field).asString("");
      if (!before.isBlank() && !before.equals(exported.path(field).asString(""))) {
        failures.add(name + ": " + field + " was not kept");
      }
    }
    Set<String> originalHrefs = new java.util.TreeSet<>();
    original.path("associations").valueStream()
        .filter(a -> a.path("type").asString("").matches("picture|graphic"))
        .forEach(a -> a.path("renditions").valueStream().map(r -> r.path("href").asString(""))
            .filter(h -> h.matches("https?://.*")).forEach(originalHrefs::add));
    Set<String> exportedHrefs = new java.util.TreeSet<>();
    exported.path("associations").valueStream()
        .forEach(a -> a.path("renditions").valueStream().map(r -> r.path("href").asString()).forEach(exportedHrefs::add));
    if (!exportedHrefs.containsAll(originalHrefs)) {
      failures.add(name + ": picture renditions were not kept: " + originalHrefs + " -> " + exportedHrefs);
    }
    for (String field : List.of("firstCreated", "versionCreated", "embargoedUntil", "expires")) {
      JsonNode before = original.path(field);
      if (before.isString()) {
        Instant instant = ItemReader.parseInstant(before.asString());
        String after = exported.path(field).asString(null);
        if (after == null || !Instant.parse(after).equals(instant)) {
          failures.add(name + ": " + field + " did not keep its instant: " + before.asString() + " -> " + after);
        }
      }
    }
    return failures;
  }

  private static String bodyText(List<Block> body) {
    List<String> texts = new ArrayList<>();
    for (Block block : body) {
      if (block instanceof Paragraph paragraph) {
        texts.add(paragraph.text());
      } else if (block instanceof Heading heading) {
        texts.add(heading.text());
      } else if (block instanceof Quote quote) {
        texts.add(quote.text() + (quote.attribution() == null ? "" : " \u2014 " + quote.attribution()));
      } else if (block instanceof ListBlock list) {
        int n = 1;
        for (String item : list.items()) {
          texts.add((list.ordered() ? n++ + ". " : "- ") + item);
        }
      } else if (block instanceof ImageBlock image && image.image().caption() != null) {
        texts.add(image.image().caption());
      }
    }
    return String.join("\n", texts);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[\\s\\u00A0]+")).filter(w -> !w.isEmpty()).toList();
  }
}
