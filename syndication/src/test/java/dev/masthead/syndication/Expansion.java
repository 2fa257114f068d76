package dev.masthead.syndication;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands JSON-LD offline with Titanium, a JSON-LD 1.1 processor, against a schema.org context the
 * test holds, and collects the property and type IRIs of the result.
 */
final class Expansion {
  /** The vocabulary every expanded IRI must start with (the context's, which is http). */
  static final String VOCABULARY = "http://schema.org/";

  private final DocumentLoader loader;

  private Expansion(Document context) {
    this.loader = (url, options) -> {
      String name = url.toString();
      if (name.equals(JsonLd.CONTEXT) || name.equals(JsonLd.CONTEXT + "/")) {
        return context;
      }
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: no document for " + name);
    };
  }

  /** The context written for the tests: each term this module emits, defined as schema.org does. */
  static Expansion bundled() {
    try (InputStream in = Expansion.class.getResourceAsStream("schemaorg-terms.jsonld")) {
      return new Expansion(JsonDocument.of(MediaType.JSON_LD, in));
    } catch (IOException | JsonLdError e) {
      throw new IllegalStateException(e);
    }
  }

  /** A context read from a file, such as the real schema.org context. */
  static Expansion of(Path context) {
    try (InputStream in = Files.newInputStream(context)) {
      return new Expansion(JsonDocument.of(MediaType.JSON_LD, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonLdError e) {
      throw new IllegalStateException(e);
    }
  }

  /** Expands a document. */
  Result expand(String json) {
    try {
      JsonArray expanded = com.apicatalog.jsonld.JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(loader).get();
      Result result = new Result(expanded, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
      collectExpanded(expanded, result);
      collectCompact(Json.createReader(new StringReader(json)).readValue(), result);
      return result;
    } catch (JsonLdError e) {
      throw new AssertionError("expansion failed: " + e.getMessage(), e);
    }
  }

  private static void collectExpanded(JsonValue value, Result result) {
    if (value instanceof JsonArray array) {
      array.forEach(element -> collectExpanded(element, result));
    } else if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        if (entry.getKey().equals("@type")) {
          JsonValue types = entry.getValue();
          if (types instanceof JsonString one) {
            result.types().add(one.getString());
          } else {
            types.asJsonArray().forEach(type -> result.types().add(((JsonString) type).getString()));
          }
        } else if (!entry.getKey().startsWith("@")) {
          result.properties().add(entry.getKey());
          collectExpanded(entry.getValue(), result);
        } else {
          collectExpanded(entry.getValue(), result);
        }
      }
    }
  }

  private static void collectCompact(JsonValue value, Result result) {
    if (value instanceof JsonArray array) {
      array.forEach(element -> collectCompact(element, result));
    } else if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        if (entry.getKey().equals("@type")) {
          result.compactTypes().add(((JsonString) entry.getValue()).getString());
        } else if (!entry.getKey().startsWith("@")) {
          result.compactProperties().add(entry.getKey());
          collectCompact(entry.getValue(), result);
        }
      }
    }
  }

  /**
   * What an expansion gave.
   *
   * @param expanded the expanded document
   * @param properties every property IRI in it
   * @param types every type IRI in it, of nodes and of typed values
   * @param compactProperties every property name in the document before expansion
   * @param compactTypes every type name in the document before expansion
   */
  record Result(
      JsonArray expanded, Set<String> properties, Set<String> types, Set<String> compactProperties,
      Set<String> compactTypes) {

    /** The local names of the expanded properties, for those in the schema.org vocabulary. */
    Set<String> propertyNames() {
      return localNames(properties);
    }

    /** The local names of the expanded types, for those in the schema.org vocabulary. */
    Set<String> typeNames() {
      return localNames(types);
    }

    private static Set<String> localNames(Set<String> iris) {
      Set<String> names = new TreeSet<>();
      for (String iri : iris) {
        names.add(iri.startsWith(VOCABULARY) ? iri.substring(VOCABULARY.length()) : iri);
      }
      return names;
    }
  }
}
