package dev.masthead.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the wire format, as shipped in this jar.
 *
 * <p>{@code String schema = JsonSchemas.article();}
 *
 * <p>A schema describes the shape of documents; the rules it cannot express (forbidden
 * characters, timestamp order, link ranges) are enforced by the reader's validation. Other
 * properties are allowed, as readers ignore what they do not know.
 */
public final class JsonSchemas {
  /** The {@code $id} of the article schema. */
  public static final String ARTICLE_ID = "https://masthead.dev/schema/article.schema.json";
  /** The {@code $id} of the ticker schema. */
  public static final String TICKER_ID = "https://masthead.dev/schema/ticker.schema.json";

  private JsonSchemas() {}

  /**
   * Returns the schema of an article document, whose {@code $defs} also describe the other types.
   *
   * @return the schema, as JSON text
   */
  public static String article() {
    return load("schema/article.schema.json");
  }

  /**
   * Returns the schema of a ticker document.
   *
   * @return the schema, as JSON text
   */
  public static String ticker() {
    return load("schema/ticker.schema.json");
  }

  private static String load(String name) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
