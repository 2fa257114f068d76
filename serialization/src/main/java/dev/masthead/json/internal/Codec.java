package dev.masthead.json.internal;

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

  private static <T extends Block> void addBlockKind(SimpleModule module, Reading reading, Class<T> kind) {
    module.addDeserializer(kind, new Reader<>(reading, kind));
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
