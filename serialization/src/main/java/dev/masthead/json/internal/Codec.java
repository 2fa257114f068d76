package dev.masthead.json.internal;

import dev.masthead.model.Block;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.wire.Decoder;
import dev.masthead.wire.Encoder;
import dev.masthead.wire.ProblemCodes;
import dev.masthead.wire.ReadLimits;
import dev.masthead.wire.ReadOptions;
import dev.masthead.wire.WireProblem;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson serializers and deserializers of the module, all backed by the shared {@link Encoder}
 * and {@link Decoder}. A deserializer holds the module's limits itself, whatever the application's
 * mapper sets, and reports a problem as a {@link DatabindException} caused by a {@link
 * MalformedJsonException}.
 */
public final class Codec {
  private Codec() {}

  /**
   * Registers a serializer and a deserializer for every Masthead type.
   *
   * @param module the module
   * @param options the list caps and leniency of every read
   * @param limits the stream limits of every Masthead value read, from where it starts
   */
  public static void register(SimpleModule module, ReadOptions options, ReadLimits limits) {
    Reading reading = new Reading(options, limits);
    for (Class<?> type : Decoder.ROOT_TYPES) {
      register(module, reading, type);
    }
    // Without these, a property declared as one block kind would fall to Jackson's record handling,
    // which coerces and ignores the type.
    for (Class<? extends Block> kind : Decoder.BLOCK_KINDS) {
      addReader(module, reading, kind);
    }
  }

  /**
   * Returns the shared reader's name for a choice of what to do with unknown content.
   *
   * @param choice the choice
   * @return the same choice for the shared reader
   */
  public static dev.masthead.wire.UnknownContent unknownContent(dev.masthead.json.UnknownContent choice) {
    switch (choice) {
      case KEEP: return dev.masthead.wire.UnknownContent.KEEP;
      case DROP: return dev.masthead.wire.UnknownContent.DROP;
      default: return dev.masthead.wire.UnknownContent.REFUSE;
    }
  }

  private static <T> void register(SimpleModule module, Reading reading, Class<T> type) {
    module.addSerializer(type, new Writer<>(type));
    addReader(module, reading, type);
  }

  private static <T> void addReader(SimpleModule module, Reading reading, Class<T> type) {
    module.addDeserializer(type, new Reader<>(reading, type));
  }

  /** The settings of every read of one module. */
  private record Reading(ReadOptions options, ReadLimits limits) {}

  private static final class Writer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    Writer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      Encoder.write(new GeneratorSink(generator), value);
    }
  }

  private static final class Reader<T> extends ValueDeserializer<T> {
    private final Reading reading;
    private final Class<T> type;
    private final Function<Decoder, T> read;

    Reader(Reading reading, Class<T> type) {
      this.reading = reading;
      this.type = type;
      this.read = Decoder.reader(type);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      ParserSource source = ParserSource.limited(parser, reading.limits());
      Decoder decoder = new Decoder(source, reading.options());
      try {
        T value = read.apply(decoder);
        List<String> missing = decoder.missingProperties();
        if (!missing.isEmpty()) {
          // The value holds stand-ins for what is missing: report, never return it.
          String detail = "missing required properties: " + String.join(", ", missing);
          throw failure(parser, detail, new MalformedJsonException(ProblemCodes.MISSING_PROPERTY, source.line(),
              source.column(), missing.get(0), detail, null));
        }
        return value;
      } catch (WireProblem problem) {
        throw failure(parser, problem.getMessage(), new MalformedJsonException(problem.code(), problem.line(),
            problem.column(), problem.pointer(), problem.detail(), null));
      }
    }

    /**
     * A Jackson exception, so that the application's mapper adds its own path to it and its
     * framework answers as for any unreadable body, caused by the Masthead exception, which
     * problem handlers find in the cause chain.
     */
    private static DatabindException failure(JsonParser parser, String message, MalformedJsonException problem) {
      return DatabindException.from(parser, message, problem);
    }
  }
}
