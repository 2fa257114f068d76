package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.masthead.jackson2.MastheadMappingException;
import dev.masthead.model.Block;
import dev.masthead.wire.Decoder;
import dev.masthead.wire.Encoder;
import dev.masthead.wire.ProblemCodes;
import dev.masthead.wire.ReadLimits;
import dev.masthead.wire.ReadOptions;
import dev.masthead.wire.WireProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson 2 serializers and deserializers of the module, all backed by the shared {@link
 * Encoder} and {@link Decoder}, as the Jackson 3 module's are. A deserializer holds the module's
 * limits itself, whatever the application's mapper sets, and reports a problem as a {@link
 * MastheadMappingException}.
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

  private static <T> void register(SimpleModule module, Reading reading, Class<T> type) {
    module.addSerializer(type, new Writer<>(type));
    addReader(module, reading, type);
  }

  private static <T> void addReader(SimpleModule module, Reading reading, Class<T> type) {
    module.addDeserializer(type, new Reader<>(reading, type));
  }

  /** The settings of every read of one module. */
  private record Reading(ReadOptions options, ReadLimits limits) {}

  private static final class Writer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    Writer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      try {
        Encoder.write(new GeneratorSink(generator), value);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  private static final class Reader<T> extends JsonDeserializer<T> {
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
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      ParserSource source = new ParserSource(parser, reading.limits());
      Decoder decoder = new Decoder(source, reading.options());
      try {
        T value = read.apply(decoder);
        List<String> missing = decoder.missingProperties();
        if (!missing.isEmpty()) {
          // The value holds stand-ins for what is missing: report, never return it.
          throw new MastheadMappingException(parser, ProblemCodes.MISSING_PROPERTY, source.line(), source.column(),
              missing.get(0), "missing required properties: " + String.join(", ", missing));
        }
        return value;
      } catch (WireProblem problem) {
        throw new MastheadMappingException(
            parser, problem.code(), problem.line(), problem.column(), problem.pointer(), problem.detail());
      } catch (UncheckedIOException e) {
        IOException cause = e.getCause();
        if (cause instanceof JsonParseException) {
          // A syntax error inside a Masthead value gets Masthead's code and place, as MastheadJson
          // gives it, so that an application answers it as it answers every other problem.
          JsonLocation at = ((JsonParseException) cause).getLocation();
          MastheadMappingException syntax = new MastheadMappingException(parser, ProblemCodes.SYNTAX,
              at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
              source.pointer(), "malformed JSON: " + shorten(((JsonParseException) cause).getOriginalMessage()));
          syntax.initCause(cause);
          throw syntax;
        }
        // The parser's other failures (its own limits, I/O) reach the application as Jackson reports them.
        throw cause;
      }
    }
  }

  /** The first line of a parser's message, without its hints about the source. */
  private static String shorten(@Nullable String message) {
    if (message == null) {
      return "unexpected input";
    }
    String text = message;
    for (String noise : new String[] {"\n", " at [Source"}) {
      int cut = text.indexOf(noise);
      if (cut >= 0) {
        text = text.substring(0, cut);
      }
    }
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
