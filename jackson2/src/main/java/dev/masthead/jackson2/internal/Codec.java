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
import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
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
    module.addSerializer(Article.class, new Writer<>(Article.class));
    module.addSerializer(Block.class, new Writer<>(Block.class));
    module.addSerializer(Author.class, new Writer<>(Author.class));
    module.addSerializer(Credit.class, new Writer<>(Credit.class));
    module.addSerializer(Image.class, new Writer<>(Image.class));
    module.addSerializer(Link.class, new Writer<>(Link.class));
    module.addSerializer(Ticker.class, new Writer<>(Ticker.class));
    module.addSerializer(TickerItem.class, new Writer<>(TickerItem.class));
    module.addDeserializer(Article.class, new Reader<>(reading, Article.class));
    module.addDeserializer(Block.class, new Reader<>(reading, Block.class));
    // Without these, a property declared as one block kind would fall to Jackson's record handling,
    // which coerces and ignores the type.
    addBlockKind(module, reading, Paragraph.class);
    addBlockKind(module, reading, Heading.class);
    addBlockKind(module, reading, Quote.class);
    addBlockKind(module, reading, ListBlock.class);
    addBlockKind(module, reading, ImageBlock.class);
    addBlockKind(module, reading, Divider.class);
    module.addDeserializer(Author.class, new Reader<>(reading, Author.class));
    module.addDeserializer(Credit.class, new Reader<>(reading, Credit.class));
    module.addDeserializer(Image.class, new Reader<>(reading, Image.class));
    module.addDeserializer(Link.class, new Reader<>(reading, Link.class));
    module.addDeserializer(Ticker.class, new Reader<>(reading, Ticker.class));
    module.addDeserializer(TickerItem.class, new Reader<>(reading, TickerItem.class));
    module.addSerializer(Rendition.class, new Writer<>(Rendition.class));
    module.addSerializer(Rights.class, new Writer<>(Rights.class));
    module.addSerializer(Subject.class, new Writer<>(Subject.class));
    module.addSerializer(Correction.class, new Writer<>(Correction.class));
    module.addSerializer(Span.class, new Writer<>(Span.class));
    module.addSerializer(DigitalSourceType.class, new Writer<>(DigitalSourceType.class));
    module.addDeserializer(Rendition.class, new Reader<>(reading, Rendition.class));
    module.addDeserializer(Rights.class, new Reader<>(reading, Rights.class));
    module.addDeserializer(Subject.class, new Reader<>(reading, Subject.class));
    module.addDeserializer(Correction.class, new Reader<>(reading, Correction.class));
    module.addDeserializer(Span.class, new Reader<>(reading, Span.class));
    module.addDeserializer(
        DigitalSourceType.class, new Reader<>(reading, DigitalSourceType.class));
  }

  private static <T extends Block> void addBlockKind(SimpleModule module, Reading reading, Class<T> kind) {
    module.addDeserializer(kind, new Reader<>(reading, kind));
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
