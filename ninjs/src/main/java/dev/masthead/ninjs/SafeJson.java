package dev.masthead.ninjs;

import static dev.masthead.json.MalformedJsonException.DOCUMENT_TOO_LARGE;
import static dev.masthead.json.MalformedJsonException.DUPLICATE_KEY;
import static dev.masthead.json.MalformedJsonException.EMPTY_INPUT;
import static dev.masthead.json.MalformedJsonException.INVALID_UTF8;
import static dev.masthead.json.MalformedJsonException.SYNTAX;
import static dev.masthead.json.MalformedJsonException.TOO_MANY_ELEMENTS;
import static dev.masthead.json.MalformedJsonException.WRONG_TYPE;

import dev.masthead.json.MalformedJsonException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads untrusted JSON into a tree with the Masthead reader's guarantees: size, depth, string,
 * number, name and token limits, element counts, duplicate keys refused, strict UTF-8, no trailing
 * content, and {@link MalformedJsonException}s that name the line, column and JSON Pointer.
 *
 * <p>Immutable and thread-safe.
 */
final class SafeJson {
  private final long maxDocumentBytes;
  private final int maxElements;
  private final JsonMapper mapper;

  SafeJson(long maxDocumentBytes, int maxDepth, int maxStringLength, long maxTokens, int maxElements) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxElements = maxElements;
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentBytes)
            .maxNestingDepth(maxDepth)
            .maxStringLength(maxStringLength)
            .maxNumberLength(24)
            .maxNameLength(256)
            .maxTokenCount(maxTokens)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .errorReportConfiguration(
                ErrorReportConfiguration.builder().maxErrorTokenLength(32).maxRawContentLength(0).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  JsonMapper mapper() {
    return mapper;
  }

  /** Decodes strict UTF-8 (one leading byte order mark skipped) and reads the tree. */
  Document read(byte[] bytes) {
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    if (bytes.length - start > maxDocumentBytes) {
      throw tooLarge();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int invalid = in.position();
      int line = 1;
      int lineStart = start;
      for (int i = start; i < invalid; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new MalformedJsonException(INVALID_UTF8, line, invalid - lineStart + 1, "",
          "input is not well-formed UTF-8 (byte offset " + (invalid - start) + ")", null);
    }
    out.flip();
    return parse(out.toString());
  }

  /** Reads the tree from text; one leading byte order mark is skipped. */
  Document read(String json) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > maxDocumentBytes) {
      throw tooLarge();
    }
    return parse(text);
  }

  private Document parse(String text) {
    if (text.isBlank()) {
      throw new MalformedJsonException(EMPTY_INPUT, 1, 1, "", "input holds no JSON value", null);
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JacksonException e) {
      throw translate(e);
    }
    Document document = new Document(text, tree);
    countElements(document, tree, "");
    return document;
  }

  private void countElements(Document document, JsonNode node, String pointer) {
    if (node.size() > maxElements) {
      throw document.malformed(TOO_MANY_ELEMENTS, pointer,
          (node.isArray() ? "array" : "object") + " has more than " + maxElements + " elements");
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        countElements(document, node.get(i), pointer + "/" + i);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        countElements(document, entry.getValue(), pointer + "/" + Pointers.escape(entry.getKey()));
      }
    }
  }

  private static MalformedJsonException translate(JacksonException e) {
    String pointer = "";
    if (e instanceof StreamReadException read && read.processor() != null) {
      pointer = read.processor().streamReadContext().pathAsPointer().toString();
    }
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return new MalformedJsonException(constraintCode(message), line, column, pointer,
          "input exceeds a limit: " + shorten(message), e);
    }
    if (message.startsWith("Duplicate Object property")) {
      int quote = message.indexOf('"');
      String name = quote < 0 ? "" : message.substring(quote + 1, Math.max(quote + 1, message.lastIndexOf('"')));
      return new MalformedJsonException(DUPLICATE_KEY, line, column, pointer,
          "duplicate key " + Texts.prefix(name), e);
    }
    if (e.getCause() instanceof CharacterCodingException) {
      return new MalformedJsonException(INVALID_UTF8, line, column, pointer, "input is not well-formed UTF-8", e);
    }
    return new MalformedJsonException(SYNTAX, line, column, pointer, shorten(message), e);
  }

  private static String constraintCode(String message) {
    if (message.startsWith("Document nesting depth")) {
      return MalformedJsonException.TOO_DEEP;
    }
    if (message.startsWith("String value length")) {
      return MalformedJsonException.STRING_TOO_LONG;
    }
    if (message.startsWith("Number value length")) {
      return MalformedJsonException.NUMBER_TOO_LONG;
    }
    if (message.startsWith("Name length")) {
      return MalformedJsonException.NAME_TOO_LONG;
    }
    if (message.startsWith("Token count")) {
      return MalformedJsonException.TOO_MANY_TOKENS;
    }
    return DOCUMENT_TOO_LARGE;
  }

  /** Drops Jackson's hints about its own configuration from a message. */
  private static String shorten(String message) {
    String text = message;
    for (String noise : new String[] {" (from `", " (start marker at", "\n", " (for "}) {
      int cut = text.indexOf(noise);
      if (cut >= 0) {
        text = text.substring(0, cut);
      }
    }
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private MalformedJsonException tooLarge() {
    return new MalformedJsonException(DOCUMENT_TOO_LARGE, 0, 0, "",
        "document is larger than the limit of " + maxDocumentBytes + " bytes", null);
  }

  /** A parsed document and the text it came from, to locate a value named by its pointer. */
  static final class Document {
    private final String text;
    private final JsonNode tree;
    private final JsonMapper locator = JsonMapper.builder().build();

    Document(String text, JsonNode tree) {
      this.text = text;
      this.tree = tree;
    }

    JsonNode tree() {
      return tree;
    }

    /** Returns an exception for the value at {@code pointer}, with its line and column. */
    MalformedJsonException malformed(String code, String pointer, String detail) {
      int[] at = locate(pointer);
      return new MalformedJsonException(code, at[0], at[1], pointer, detail, null);
    }

    /** Returns an exception saying the value at {@code pointer} is not of the {@code expected} JSON type. */
    MalformedJsonException wrongType(String pointer, String expected) {
      return malformed(WRONG_TYPE, pointer, "expected " + expected);
    }

    /** Finds the line and column of the value at {@code pointer}, or 0 and 0. */
    private int[] locate(String pointer) {
      try (JsonParser parser = locator.createParser(text)) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          if (token == JsonToken.PROPERTY_NAME) {
            continue;
          }
          String path = parser.streamReadContext().pathAsPointer().toString();
          if (path.equals(pointer)) {
            TokenStreamLocation location = parser.currentTokenLocation();
            return new int[] {location.getLineNr(), location.getColumnNr()};
          }
        }
      } catch (JacksonException e) {
        return new int[] {0, 0};
      }
      return new int[] {0, 0};
    }
  }
}
