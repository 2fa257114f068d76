package dev.masthead.kafka;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.jspecify.annotations.Nullable;

/**
 * The properties that configure Masthead's Serdes through {@code configure(Map, isKey)}: how much
 * reading validates, strict mode and the reader's limits. Each starts with {@value #PREFIX}, so
 * that one map can configure a client and its Serdes.
 *
 * <p>{@code props.put(MastheadSerdeConfig.STRICT, true)}
 *
 * <p>A limit left unset keeps the default of {@link dev.masthead.json.MastheadJson}, the safe one. A
 * property with a wrong value is a {@link ConfigException} naming it. Keys and values are read with
 * the same settings.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MastheadSerdeConfig extends AbstractConfig {
  /** What every property name starts with. */
  public static final String PREFIX = "masthead.";

  /** How much reading validates: {@code none}, {@code well-formed} (the default) or {@code publishable}. */
  public static final String VALIDATION = PREFIX + "validation";
  /** Whether unknown properties are errors rather than ignored; {@code false} by default. */
  public static final String STRICT = PREFIX + "strict";
  /** The largest record value, in bytes; 10,000,000 by default. */
  public static final String MAX_DOCUMENT_BYTES = PREFIX + "max.document.bytes";
  /** The deepest nesting of objects and arrays; 32 by default. */
  public static final String MAX_DEPTH = PREFIX + "max.depth";
  /** The longest string value, in characters; 100,000 by default. */
  public static final String MAX_STRING_LENGTH = PREFIX + "max.string.length";
  /** The longest number literal, in characters; 24 by default. */
  public static final String MAX_NUMBER_LENGTH = PREFIX + "max.number.length";
  /** The longest property name, in characters; 256 by default. */
  public static final String MAX_NAME_LENGTH = PREFIX + "max.name.length";
  /** The most JSON tokens in a record; 1,000,000 by default. */
  public static final String MAX_TOKENS = PREFIX + "max.tokens";
  /** The most body blocks of an article; 2,000 by default. */
  public static final String MAX_BLOCKS = PREFIX + "max.blocks";
  /** The most authors of an article; 50 by default. */
  public static final String MAX_AUTHORS = PREFIX + "max.authors";
  /** The most tags of an article; 100 by default. */
  public static final String MAX_TAGS = PREFIX + "max.tags";
  /** The most items of a ticker; 200 by default. */
  public static final String MAX_TICKER_ITEMS = PREFIX + "max.ticker.items";
  /** The most elements of any other array or members of an object, unknown content included; 10,000 by default. */
  public static final String MAX_ELEMENTS = PREFIX + "max.elements";

  /** The values of {@link #VALIDATION}. */
  static final String NONE = "none";
  static final String WELL_FORMED = "well-formed";
  static final String PUBLISHABLE = "publishable";

  private static final ConfigDef DEFINITION = definition();

  /**
   * Reads the Masthead properties of a client's configuration; other properties are ignored.
   *
   * @param properties the configuration, as given to {@code configure}
   * @throws ConfigException if a Masthead property has a wrong value
   */
  public MastheadSerdeConfig(Map<String, ?> properties) {
    super(DEFINITION, properties, false);
  }

  /**
   * Returns the definition of the properties, with their types, defaults and documentation; {@code
   * configDef().toHtml()} prints them as a table.
   *
   * @return a copy of the definition
   */
  public static ConfigDef configDef() {
    return new ConfigDef(DEFINITION);
  }

  private static ConfigDef definition() {
    return new ConfigDef()
        .define(VALIDATION, Type.STRING, WELL_FORMED, ConfigDef.ValidString.in(NONE, WELL_FORMED, PUBLISHABLE),
            Importance.HIGH, "How much reading validates: none (for migrations that repair old records), "
                + "well-formed (what any transported document satisfies) or publishable (what must hold "
                + "before an article goes live).")
        .define(STRICT, Type.BOOLEAN, false, Importance.MEDIUM,
            "Whether unknown properties are errors (code unknown_property) rather than ignored.")
        .define(MAX_DOCUMENT_BYTES, Type.LONG, null, AtLeastOne.INSTANCE, Importance.MEDIUM,
            "The largest record, in bytes; 10,000,000 when unset.")
        .define(MAX_DEPTH, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The deepest nesting of objects and arrays; 32 when unset.")
        .define(MAX_STRING_LENGTH, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The longest string value, in characters; 100,000 when unset.")
        .define(MAX_NUMBER_LENGTH, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The longest number literal, in characters; 24 when unset.")
        .define(MAX_NAME_LENGTH, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The longest property name, in characters; 256 when unset.")
        .define(MAX_TOKENS, Type.LONG, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The most JSON tokens in a record; 1,000,000 when unset.")
        .define(MAX_BLOCKS, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The most body blocks of an article; 2,000 when unset.")
        .define(MAX_AUTHORS, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The most authors of an article; 50 when unset.")
        .define(MAX_TAGS, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The most tags of an article; 100 when unset.")
        .define(MAX_TICKER_ITEMS, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The most items of a ticker; 200 when unset.")
        .define(MAX_ELEMENTS, Type.INT, null, AtLeastOne.INSTANCE, Importance.LOW,
            "The most elements of any other array, or members of an object, unknown content "
                + "included; 10,000 when unset.");
  }

  /** Unset, or a number of at least 1. */
  private enum AtLeastOne implements ConfigDef.Validator {
    INSTANCE;

    @Override
    public void ensureValid(String name, @Nullable Object value) {
      if (value != null && ((Number) value).longValue() < 1) {
        throw new ConfigException(name, value, "must be at least 1");
      }
    }

    @Override
    public String toString() {
      return "[1,...]";
    }
  }
}
