package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schemas are as strict as the reader where JSON Schema can say it. Seeded
 * one-field mutations of the golden files and the sample documents go through both the schema and
 * {@link MastheadJson#standard()}; every disagreement must be one of the few {@link Inexpressible
 * exceptions} JSON Schema cannot express, each recognised here by what the document holds and what
 * the reader reported, and anything else fails the test. A failure names its seed: replay it with
 * {@code -Dmasthead.seed=N}; {@code -Dmasthead.runs=N} runs more seeds.
 */
class SchemaDifferentialTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(Map.of(
              JsonSchemas.ARTICLE_ID, JsonSchemas.article(),
              JsonSchemas.TICKER_ID, JsonSchemas.ticker())));
  private static final String PLACEHOLDER = "\"@@mutation@@\"";
  private static final long FIXED_BASE = 0x736368656D61L; // "schema"

  /** Why the schema and the reader may disagree on a document: the rules JSON Schema cannot say. */
  enum Inexpressible {
    /** The schema rejects an explicit null that the reader reads as an absent property. */
    NULL_AS_ABSENT,
    /** Timestamp order and link ranges compare two values of one document. */
    CROSS_FIELD,
    /** Tags unique ignoring case, author slugs and ticker item ids unique by key. */
    UNIQUENESS,
    /** 1.0 and 1e3, which JSON Schema counts as integers and the reader does not. */
    INTEGRAL_FLOAT,
    /**
     * The bounds of a timestamp, 1900-01-01T00:00:00Z and 2200-01-01T00:00:00Z, for a local time on
     * the first or last day next to a bound: whether it is inside depends on adding the offset to the
     * time, arithmetic a pattern cannot do. The pattern lets such days through.
     */
    OFFSET_ARITHMETIC
  }

  /** A base document: a name for reports, the JSON text and the type to read it as. */
  record Base(String name, String json, Class<?> type) {}

  /** One mutated document and where it was changed. */
  record Case(long seed, Base base, String pointer, String change, String json) {}

  /** What the reader said of a document: accepted (both null), violations or a malformed code. */
  record Outcome(@Nullable List<Violation> violations, @Nullable String malformedCode) {
    boolean accepted() {
      return violations == null && malformedCode == null;
    }
  }

  @Test
  void the_schema_and_the_reader_disagree_only_where_json_schema_cannot_say_the_rule() {
    List<Base> bases = bases();
    Map<Inexpressible, Integer> excused = new EnumMap<>(Inexpressible.class);
    List<String> failures = new ArrayList<>();
    int[] agreed = new int[2]; // [0]: both rejected, [1]: both accepted
    seeds().forEach(seed -> {
      Case mutation = mutate(seed, bases);
      judge(mutation, excused, failures, agreed);
    });
    for (Case mutation : everyPoolValueOnce(bases)) {
      judge(mutation, excused, failures, agreed);
    }

    assertThat(failures).as("disagreements JSON Schema could express (%d)", failures.size()).isEmpty();
    if (System.getProperty("masthead.seed") == null) {
      // Each exception was met, so none of them is a dead branch that could hide a disagreement.
      assertThat(excused.keySet()).as("exceptions met").containsExactlyInAnyOrder(Inexpressible.values());
    }
    // The mutations reach both sides of every rule: many documents are rejected and many accepted.
    assertThat(agreed[0]).as("documents both rejected").isGreaterThan(500);
    assertThat(agreed[1]).as("documents both accepted").isGreaterThan(200);
  }

  private static void judge(Case mutation, Map<Inexpressible, Integer> excused, List<String> failures, int[] agreed) {
    List<Error> errors = errors(mutation.json(), mutation.base().type());
    Outcome outcome = read(mutation.json(), mutation.base().type());
    boolean schemaAccepts = errors.isEmpty();
    if (schemaAccepts != outcome.accepted()) {
      Inexpressible exception = schemaAccepts ? readerOnly(mutation, outcome) : schemaOnly(mutation);
      if (exception == null) {
        failures.add(describe(mutation, errors, outcome));
      } else {
        excused.merge(exception, 1, Integer::sum);
      }
    } else {
      agreed[schemaAccepts ? 1 : 0]++;
    }
  }

  /** Classifies a document the schema rejects and the reader accepts. */
  private static @Nullable Inexpressible schemaOnly(Case mutation) {
    if (!mutation.change().equals("null")) {
      return null;
    }
    // Null reads as absent: without the property the schema must accept the document.
    String absent = removed(mutation.base().json(), mutation.pointer());
    return absent != null && errors(absent, mutation.base().type()).isEmpty() ? Inexpressible.NULL_AS_ABSENT : null;
  }

  /** Classifies a document the schema accepts and the reader rejects. */
  private static @Nullable Inexpressible readerOnly(Case mutation, Outcome outcome) {
    if (outcome.violations() == null) {
      return INTEGRAL_FLOAT.matcher(mutation.change()).matches() ? Inexpressible.INTEGRAL_FLOAT : null;
    }
    Set<String> codes = outcome.violations().stream().map(Violation::code).collect(Collectors.toSet());
    if (Set.of(Codes.TIMESTAMP_ORDER, Codes.LINK_RANGE, Codes.SPAN_RANGE).containsAll(codes)) {
      return Inexpressible.CROSS_FIELD;
    }
    if (codes.equals(Set.of(Codes.DUPLICATE))) {
      return Inexpressible.UNIQUENESS;
    }
    // A timestamp moved past a bound may also fall out of order with another one.
    if (codes.contains(Codes.TIMESTAMP_RANGE) && Set.of(Codes.TIMESTAMP_RANGE, Codes.TIMESTAMP_ORDER).containsAll(codes)
        && NEXT_TO_A_BOUND.matcher(mutation.change()).matches()) {
      return Inexpressible.OFFSET_ARITHMETIC;
    }
    return null;
  }

  private static final Pattern INTEGRAL_FLOAT = Pattern.compile("-?[0-9]+(?:\\.0+)?(?:[eE][+-]?[0-9]+)?");
  private static final Pattern NEXT_TO_A_BOUND =
      Pattern.compile("\"(?:1899-12-31|1900-01-01|2199-12-31|2200-01-01)[Tt][0-9:.]+[+-][0-9]{2}:[0-9]{2}\"");

  private static String describe(Case mutation, List<Error> errors, Outcome outcome) {
    String reader = outcome.accepted() ? "accepted"
        : outcome.violations() != null
            ? outcome.violations().stream().map(v -> v.pointer() + " " + v.code()).collect(Collectors.joining(", "))
            : "malformed " + outcome.malformedCode();
    String schema = errors.isEmpty() ? "accepted"
        : errors.stream().map(e -> e.getKeyword() + " at " + e.getInstanceLocation()).collect(Collectors.joining(", "));
    return "seed=" + mutation.seed() + " " + mutation.base().name() + " " + mutation.pointer() + " := "
        + abbreviate(mutation.change()) + "; schema: " + schema + "; reader: " + reader;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 60) + "…(" + text.length() + " chars)";
  }

  // The two judges.

  static List<Error> errors(String json, Class<?> type) {
    Schema schema = SCHEMAS.getSchema(SchemaLocation.of(Golden.schema(type)));
    return schema.validate(TREES.readTree(json));
  }

  private static Outcome read(String json, Class<?> type) {
    try {
      MastheadJson.standard().reader(type).read(json);
      return new Outcome(null, null);
    } catch (InvalidContentException e) {
      return new Outcome(e.violations(), null);
    } catch (MalformedJsonException e) {
      return new Outcome(null, e.code());
    }
  }

  // The documents and their mutations.

  private static List<Base> bases() {
    List<Base> bases = new ArrayList<>();
    for (Path file : Golden.files()) {
      try {
        bases.add(new Base(file.getFileName().toString(), Files.readString(file), Golden.type(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    bases.add(new Base("Samples.ARTICLE", Samples.ARTICLE, Article.class));
    bases.add(new Base("Samples.TICKER", Samples.TICKER, Ticker.class));
    return bases;
  }

  private static LongStream seeds() {
    String replay = System.getProperty("masthead.seed");
    if (replay != null && !replay.isBlank()) {
      return LongStream.of(Long.parseLong(replay.trim()));
    }
    return LongStream.range(0, Integer.getInteger("masthead.runs", 1_000)).map(i -> FIXED_BASE + i);
  }

  /** A place in a document that a mutation can change: its pointer and the node there. */
  record Slot(String pointer, String name, JsonNode node, boolean inArray) {}

  private static Case mutate(long seed, List<Base> bases) {
    SplittableRandom random = new SplittableRandom(seed);
    Base base = bases.get(random.nextInt(bases.size()));
    List<Slot> slots = slots(base.json());
    Slot slot = slots.get(random.nextInt(slots.size()));
    String change = MutationPools.change(slot, random);
    return new Case(seed, base, slot.pointer(), change, apply(base.json(), slot, change));
  }

  /** Each value of every pool, once, at the first slot of the sample article or ticker it suits. */
  private static List<Case> everyPoolValueOnce(List<Base> bases) {
    List<Case> cases = new ArrayList<>();
    for (Base base : bases.subList(bases.size() - 2, bases.size())) {
      Set<String> kindsDone = new java.util.HashSet<>();
      for (Slot slot : slots(base.json())) {
        String kind = MutationPools.kind(slot);
        if (!kindsDone.add(kind)) {
          continue;
        }
        for (String change : MutationPools.pool(kind)) {
          cases.add(new Case(-1, base, slot.pointer(), change, apply(base.json(), slot, change)));
        }
        if (!slot.inArray()) {
          cases.add(new Case(-1, base, slot.pointer(), "null", apply(base.json(), slot, "null")));
        }
      }
      for (Slot slot : slots(base.json())) {
        if (slot.node().isArray() && !slot.node().isEmpty()) {
          for (String change : MutationPools.duplicates((ArrayNode) slot.node())) {
            cases.add(new Case(-1, base, slot.pointer(), change, apply(base.json(), slot, change)));
          }
        }
      }
    }
    return cases;
  }

  static List<Slot> slots(String json) {
    List<Slot> slots = new ArrayList<>();
    collect(TREES.readTree(json), "", "", false, slots);
    return slots;
  }

  private static void collect(JsonNode node, String pointer, String name, boolean inArray, List<Slot> slots) {
    if (!pointer.isEmpty()) {
      slots.add(new Slot(pointer, name, node, inArray));
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        collect(property.getValue(), pointer + "/" + property.getKey(), property.getKey(), false, slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, name, true, slots);
      }
    }
  }

  /**
   * Returns the document with the value at the slot replaced by the raw JSON {@code change}, or, for
   * the change {@code "<remove>"}, without it.
   */
  private static String apply(String json, Slot slot, String change) {
    if (change.equals(MutationPools.REMOVE)) {
      String removed = removed(json, slot.pointer());
      return removed == null ? json : removed;
    }
    JsonNode root = TREES.readTree(json);
    int slash = slot.pointer().lastIndexOf('/');
    JsonNode parent = root.at(slot.pointer().substring(0, slash));
    String last = slot.pointer().substring(slash + 1);
    if (parent.isObject()) {
      ((ObjectNode) parent).put(last, "@@mutation@@");
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), TREES.getNodeFactory().stringNode("@@mutation@@"));
    }
    String text = TREES.writeValueAsString(root);
    int at = text.indexOf(PLACEHOLDER);
    return text.substring(0, at) + change + text.substring(at + PLACEHOLDER.length());
  }

  /** Returns the document without the value at {@code pointer}, or null when it has none there. */
  private static @Nullable String removed(String json, String pointer) {
    JsonNode root = TREES.readTree(json);
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isObject()) {
      ((ObjectNode) parent).remove(last);
    } else if (parent.isArray()) {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    } else {
      return null;
    }
    return TREES.writeValueAsString(root);
  }

  /** The JSON text of a string. */
  static String quote(String text) {
    return TREES.writeValueAsString(text);
  }
}
