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
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** The Jackson serializers and deserializers of the module, all backed by {@link Encoder} and {@link Decoder}. */
public final class Codec {
  /** The context attribute under which a reader passes its {@link ReadOptions}. */
  public static final Object OPTIONS = ReadOptions.class;

  private Codec() {}

  /** Registers a serializer and a deserializer for every Masthead type. */
  public static void register(SimpleModule module) {
    module.addSerializer(Article.class, new Writer<>(Article.class));
    module.addSerializer(Block.class, new Writer<>(Block.class));
    module.addSerializer(Author.class, new Writer<>(Author.class));
    module.addSerializer(Credit.class, new Writer<>(Credit.class));
    module.addSerializer(Image.class, new Writer<>(Image.class));
    module.addSerializer(Link.class, new Writer<>(Link.class));
    module.addSerializer(Ticker.class, new Writer<>(Ticker.class));
    module.addSerializer(TickerItem.class, new Writer<>(TickerItem.class));
    module.addDeserializer(Article.class, new Reader<>(Article.class, Decoder::readArticle));
    module.addDeserializer(Block.class, new Reader<>(Block.class, Decoder::readBlock));
    // Without these, a property declared as one block kind would fall to Jackson's record handling,
    // which coerces and ignores the type.
    addBlockKind(module, Paragraph.class);
    addBlockKind(module, Heading.class);
    addBlockKind(module, Quote.class);
    addBlockKind(module, ListBlock.class);
    addBlockKind(module, ImageBlock.class);
    addBlockKind(module, Divider.class);
    module.addDeserializer(Author.class, new Reader<>(Author.class, Decoder::readAuthor));
    module.addDeserializer(Credit.class, new Reader<>(Credit.class, Decoder::readCredit));
    module.addDeserializer(Image.class, new Reader<>(Image.class, Decoder::readImage));
    module.addDeserializer(Link.class, new Reader<>(Link.class, Decoder::readLink));
    module.addDeserializer(Ticker.class, new Reader<>(Ticker.class, Decoder::readTicker));
    module.addDeserializer(TickerItem.class, new Reader<>(TickerItem.class, Decoder::readTickerItem));
    module.addSerializer(Rendition.class, new Writer<>(Rendition.class));
    module.addSerializer(Rights.class, new Writer<>(Rights.class));
    module.addSerializer(Subject.class, new Writer<>(Subject.class));
    module.addSerializer(Correction.class, new Writer<>(Correction.class));
    module.addSerializer(Span.class, new Writer<>(Span.class));
    module.addSerializer(DigitalSourceType.class, new Writer<>(DigitalSourceType.class));
    module.addDeserializer(Rendition.class, new Reader<>(Rendition.class, Decoder::readRendition));
    module.addDeserializer(Rights.class, new Reader<>(Rights.class, Decoder::readRights));
    module.addDeserializer(Subject.class, new Reader<>(Subject.class, Decoder::readSubject));
    module.addDeserializer(Correction.class, new Reader<>(Correction.class, Decoder::readCorrection));
    module.addDeserializer(Span.class, new Reader<>(Span.class, Decoder::readSpan));
    module.addDeserializer(
        DigitalSourceType.class, new Reader<>(DigitalSourceType.class, Decoder::readDigitalSourceType));
  }

  private static <T extends Block> void addBlockKind(SimpleModule module, Class<T> kind) {
    module.addDeserializer(kind, new Reader<>(kind, decoder -> decoder.readBlock(kind)));
  }

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
      Encoder.write(generator, value);
    }
  }

  private static final class Reader<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<Decoder, T> read;

    Reader(Class<T> type, Function<Decoder, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      Object options = context.getAttribute(OPTIONS);
      Decoder decoder = new Decoder(parser, options instanceof ReadOptions ? (ReadOptions) options : ReadOptions.DEFAULT);
      try {
        return read.apply(decoder);
      } catch (InputProblem problem) {
        // Reported through the context, so the application's mapper adds its own path to it.
        return context.reportInputMismatch(this, "%s", problem.getOriginalMessage());
      }
    }
  }
}
