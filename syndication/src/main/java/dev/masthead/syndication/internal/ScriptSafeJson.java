package dev.masthead.syndication.internal;

import java.io.StringWriter;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes JSON whose text can stand inside an HTML {@code <script>} element as it is: {@code <},
 * {@code >}, {@code &}, U+2028 and U+2029 are written as <code>&#92;u</code> escapes, so no string can end
 * the element ({@code </script>}), open a comment ({@code <!--}) or end a JavaScript line.
 */
public final class ScriptSafeJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .characterEscapes(new Escapes())
          // URLs stay readable: a "/" cannot end a script element without the "<" before it.
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build();

  private ScriptSafeJson() {}

  /**
   * Returns the JSON that {@code body} writes to a generator.
   *
   * @param body writes one JSON value
   * @return the JSON text
   */
  public static String write(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(json);
    }
    return out.toString();
  }

  /**
   * Returns whether {@code json} holds none of the characters this writer escapes.
   *
   * @param json any text
   * @return true when the text may stand inside a script element
   */
  public static boolean isScriptSafe(String json) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    Escapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return LINE_SEPARATOR;
      }
      if (ch == 0x2029) {
        return PARAGRAPH_SEPARATOR;
      }
      return null;
    }
  }
}
