package dev.masthead.json.internal;

import dev.masthead.wire.ReadLimits;
import dev.masthead.wire.Token;
import dev.masthead.wire.TokenSink;
import dev.masthead.wire.TokenSource;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The tokens of a Jackson 3 parser, for the shared {@link dev.masthead.wire.Decoder}.
 *
 * <p>Made with {@link #of(JsonParser)}, it trusts the parser's own limits, which {@code MastheadJson}
 * configures. Made with {@link #limited(JsonParser, ReadLimits)}, for a parser an application
 * configured, it enforces Masthead's limits itself, counted from the token it stands at: size,
 * depth, token count, string, name and number length.
 */
public final class ParserSource implements TokenSource {
  /** Parses and writes copies of content kept unread; a copy was made from input that met the limits. */
  private static final JsonFactory COPIES =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build();
  private static final Token[] TOKENS = tokens();

  private final JsonParser p;
  private final @Nullable ReadLimits limits;
  private final long startOffset;
  private final int startDepth;
  private long tokens;

  private ParserSource(JsonParser parser, @Nullable ReadLimits limits) {
    this.p = parser;
    this.limits = limits;
    if (limits == null) {
      this.startOffset = 0;
      this.startDepth = 0;
    } else {
      this.startOffset = offset(parser.currentTokenLocation());
      JsonToken token = parser.currentToken();
      boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
      // The value's own object counts as depth 1, as the document's root does for MastheadJson.
      this.startDepth = parser.streamReadContext().getNestingDepth() - (opens ? 1 : 0);
      this.tokens = token == null ? 0 : 1;
    }
  }

  /**
   * Returns a source that leaves the limits to the parser.
   *
   * @param parser the parser, configured with Masthead's limits
   * @return the source
   */
  public static ParserSource of(JsonParser parser) {
    return new ParserSource(parser, null);
  }

  /**
   * Returns a source that enforces {@code limits} itself, from the token the parser stands at.
   *
   * @param parser the parser, at the first token of a Masthead value
   * @param limits the limits
   * @return the source
   */
  public static ParserSource limited(JsonParser parser, ReadLimits limits) {
    return new ParserSource(parser, limits);
  }

  private static Token[] tokens() {
    JsonToken[] jackson = JsonToken.values();
    Token[] tokens = new Token[jackson.length];
    for (JsonToken token : jackson) {
      tokens[token.ordinal()] = Token.valueOf(token.name());
    }
    return tokens;
  }

  @Override
  public @Nullable Token nextToken() {
    JsonToken token = p.nextToken();
    if (limits != null) {
      check(limits, token);
    }
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public @Nullable Token currentToken() {
    JsonToken token = p.currentToken();
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public @Nullable String nextName() {
    String name = p.nextName();
    if (limits != null) {
      check(limits, p.currentToken());
      if (name != null && name.length() > limits.maxNameLength()) {
        throw limits.nameTooLong(this);
      }
    }
    return name;
  }

  private void check(ReadLimits limits, @Nullable JsonToken token) {
    if (token == null) {
      return;
    }
    if (++tokens > limits.maxTokens()) {
      throw limits.tooManyTokens(this);
    }
    if (offset(p.currentLocation()) - startOffset > limits.maxDocumentBytes()) {
      throw limits.tooLarge(this);
    }
    switch (token) {
      case START_OBJECT:
      case START_ARRAY:
        if (p.streamReadContext().getNestingDepth() - startDepth > limits.maxDepth()) {
          throw limits.tooDeep(this);
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (p.getStringLength() > limits.maxNumberLength()) {
          throw limits.numberTooLong(this);
        }
        break;
      default:
        break;
    }
  }

  private static long offset(TokenStreamLocation location) {
    long bytes = location.getByteOffset();
    return bytes >= 0 ? bytes : Math.max(0, location.getCharOffset());
  }

  @Override
  public String string() {
    String text = p.getString();
    if (limits != null && text.length() > limits.maxStringLength()) {
      throw limits.stringTooLong(this);
    }
    return text;
  }

  @Override
  public boolean isInt() {
    return p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return p.getIntValue();
  }

  @Override
  public String numberText() {
    return p.getString();
  }

  @Override
  public int line() {
    return Math.max(0, p.currentTokenLocation().getLineNr());
  }

  @Override
  public int column() {
    return Math.max(0, p.currentTokenLocation().getColumnNr());
  }

  @Override
  public String pointer() {
    TokenStreamContext context = p.streamReadContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  @Override
  public String copy(Consumer<TokenSink> write) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = COPIES.createGenerator(ObjectWriteContext.empty(), out)) {
      write.accept(new GeneratorSink(g));
    }
    return out.toString();
  }

  @Override
  public TokenSource open(String json) {
    return of(COPIES.createParser(ObjectReadContext.empty(), json));
  }

  /** Returns a parser of the JSON text of content kept unread. */
  static JsonParser parser(String json) {
    return COPIES.createParser(ObjectReadContext.empty(), json);
  }
}
