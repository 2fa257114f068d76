package dev.masthead.json.internal;

import static dev.masthead.json.MalformedJsonException.DOCUMENT_TOO_LARGE;
import static dev.masthead.json.MalformedJsonException.INVALID_UTF8;
import static dev.masthead.json.MalformedJsonException.SYNTAX;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.wire.WireProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Translates every failure of a read into the documented exceptions: {@link
 * MalformedJsonException} with its code, place and pointer, or {@link UncheckedIOException}.
 */
final class Failures {
  private Failures() {}

  /** Thrown by an input that counts what it hands the parser, when a document passes the limit. */
  static final class DocumentTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Translates a problem the decoder found into the documented exception. */
  static MalformedJsonException malformed(WireProblem problem, String prefix) {
    return new MalformedJsonException(
        problem.code(), problem.line(), problem.column(), prefix + problem.pointer(), problem.detail(), problem);
  }

  /** Translates a Jackson failure into the documented exceptions. */
  static RuntimeException translate(JacksonException e, JsonParser parser, String prefix) {
    String pointer = prefix + pointerOf(parser);
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      // An I/O failure, such as malformed UTF-8, happens where the parser asked for more input.
      location = parser.currentLocation();
    }
    Throwable cause = e.getCause();
    if (cause instanceof DocumentTooLarge) {
      return malformed(DOCUMENT_TOO_LARGE, location, pointer, "document is larger than the limit", e);
    }
    if (cause instanceof CharacterCodingException) {
      return malformed(INVALID_UTF8, location, pointer, "input is not well-formed UTF-8", e);
    }
    if (cause instanceof IOException) {
      return new UncheckedIOException((IOException) cause);
    }
    if (e instanceof Limits.Exceeded) {
      return malformed(((Limits.Exceeded) e).code(), location, pointer, e.getOriginalMessage(), e);
    }
    if (e instanceof StreamConstraintsException) {
      // A limit Masthead does not set (such as a big number's scale), which Jackson keeps itself.
      return malformed(DOCUMENT_TOO_LARGE, location, pointer, "input exceeds a limit", e);
    }
    return malformed(SYNTAX, location, pointer, shorten(e.getOriginalMessage()), e);
  }

  /**
   * Translates a failure while the parser is being made, which reads the first bytes of a stream:
   * {@code handed} bytes were read before it.
   */
  static RuntimeException translateAtStart(JacksonException e, long handed) {
    Throwable cause = e.getCause();
    int column = (int) Math.min(Integer.MAX_VALUE, handed + 1);
    if (cause instanceof CharacterCodingException) {
      return new MalformedJsonException(INVALID_UTF8, 1, column, "", "input is not well-formed UTF-8", e);
    }
    if (cause instanceof IOException) {
      return new UncheckedIOException((IOException) cause);
    }
    return new MalformedJsonException(SYNTAX, 1, column, "", shorten(e.getOriginalMessage()), e);
  }

  private static String pointerOf(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** Drops Jackson's hints about its own configuration from a message. */
  private static String shorten(@Nullable String message) {
    if (message == null) {
      return "malformed JSON";
    }
    String text = message.replaceAll(", from `[^`]*`\\)", ")");
    for (String noise : new String[] {" (from `", " (start marker at", "\n"}) {
      int cut = text.indexOf(noise);
      if (cut >= 0) {
        text = text.substring(0, cut);
      }
    }
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  static MalformedJsonException malformed(
      String code, @Nullable TokenStreamLocation location, String pointer, String detail, @Nullable Throwable cause) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new MalformedJsonException(code, line, column, pointer, detail, cause);
  }

  static MalformedJsonException tooLarge(long maxLength) {
    return new MalformedJsonException(DOCUMENT_TOO_LARGE, 0, 0, "",
        "document is larger than the limit of " + maxLength + " bytes", null);
  }

  /** Returns what a value is, in lower-case words: {@code article}, {@code ticker item}. */
  static String subject(Object value) {
    String name = value.getClass().getSimpleName();
    StringBuilder words = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ');
      }
      words.append(Character.toLowerCase(c));
    }
    return words.toString();
  }
}
