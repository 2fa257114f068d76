package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.masthead.wire.ReadLimits;
import dev.masthead.wire.Token;
import dev.masthead.wire.TokenSink;
import dev.masthead.wire.TokenSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a Jackson 2 parser, for the shared {@link dev.masthead.wire.Decoder}. The parser
 * was configured by the application, so the source enforces Masthead's limits itself, counted from
 * the token it stands at when made: size, depth, token count, string, name and number length.
 *
 * <p>Jackson 2 reports I/O failures as checked exceptions; they pass through the decoder as
 * {@link UncheckedIOException} and the module unwraps them.
 */
final class ParserSource implements TokenSource {
  /** Parses and writes copies of content kept unread; a copy was made from input that met the limits. */
  static final JsonFactory COPIES =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Token[] TOKENS = tokens();

  private final JsonParser p;
  private final @Nullable ReadLimits limits;
  private final long startOffset;
  private final int startDepth;
  private long tokens;

  ParserSource(JsonParser parser, @Nullable ReadLimits limits) {
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
      this.startDepth = parser.getParsingContext().getNestingDepth() - (opens ? 1 : 0);
      this.tokens = token == null ? 0 : 1;
    }
  }

  private static Token[] tokens() {
    JsonToken[] jackson = JsonToken.values();
    Token[] tokens = new Token[jackson.length];
    for (JsonToken token : jackson) {
      // Jackson 2 calls a property name a field name.
      tokens[token.ordinal()] = token == JsonToken.FIELD_NAME ? Token.PROPERTY_NAME : Token.valueOf(token.name());
    }
    return tokens;
  }

  @Override
  public @Nullable Token nextToken() {
    JsonToken token;
    try {
      token = p.nextToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    String name;
    try {
      name = p.nextFieldName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        if (p.getParsingContext().getNestingDepth() - startDepth > limits.maxDepth()) {
          throw limits.tooDeep(this);
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (textLength() > limits.maxNumberLength()) {
          throw limits.numberTooLong(this);
        }
        break;
      default:
        break;
    }
  }

  private int textLength() {
    try {
      return p.getTextLength();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long offset(JsonLocation location) {
    long bytes = location.getByteOffset();
    return bytes >= 0 ? bytes : Math.max(0, location.getCharOffset());
  }

  @Override
  public String string() {
    String text;
    try {
      text = p.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (limits != null && text.length() > limits.maxStringLength()) {
      throw limits.stringTooLong(this);
    }
    return text;
  }

  @Override
  public boolean isInt() {
    try {
      return p.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return p.getIntValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String numberText() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  @Override
  public String copy(Consumer<TokenSink> write) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = COPIES.createGenerator(out)) {
      write.accept(new GeneratorSink(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Override
  public TokenSource open(String json) {
    try {
      return new ParserSource(COPIES.createParser(json), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
