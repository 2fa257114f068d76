package dev.masthead.examples.cli;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadJson;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one file named on the command line as a Masthead document, and says in lines of text what
 * is wrong with it when it cannot be read.
 *
 * <p>A file is a {@link Ticker} when its top-level object has an {@code "items"} or {@code "label"}
 * property, an {@link Article} otherwise. Problems read as {@code FILE:LINE:COLUMN: CODE: detail}
 * for input that is not a readable document (line and column 0 when the file itself cannot be
 * read), and {@code FILE: POINTER: CODE: message} for each rule the content breaks.
 */
final class DocumentFile {
  /** The largest file read: the default of {@link MastheadJson}, set explicitly so both agree. */
  static final int MAX_DOCUMENT_BYTES = 10_000_000;

  /** Only names are looked at; the reader that follows applies every limit and check. */
  private static final JsonFactory PEEK = new JsonFactory();

  private DocumentFile() {}

  /**
   * What reading one file gave.
   *
   * @param exitCode {@link Masthead#OK}, {@link Masthead#INVALID_CONTENT}, {@link Masthead#MALFORMED},
   *     or {@link Masthead#SOFTWARE} when the library itself failed
   * @param value the article or ticker read, null unless the exit code is {@link Masthead#OK}
   * @param problems the lines describing what is wrong, empty when the exit code is {@link Masthead#OK}
   */
  record Outcome(int exitCode, @Nullable Object value, List<String> problems) {}

  /** Returns the reader the commands use, with the document limit of {@link #MAX_DOCUMENT_BYTES}. */
  static MastheadJson reader(boolean strict, ValidationLevel validation) {
    return MastheadJson.builder()
        .strict(strict)
        .validation(validation)
        .maxDocumentBytes(MAX_DOCUMENT_BYTES)
        .build();
  }

  /** Reads {@code file} with {@code json}; never throws for bad input. */
  static Outcome read(String file, MastheadJson json) {
    byte[] bytes;
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        return unreadable(file, "is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        // Room for a byte order mark, which the limit does not count, and one byte more for the
        // reader to tell that a document is too large.
        bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 4);
      }
    } catch (NoSuchFileException e) {
      return unreadable(file, "no such file");
    } catch (AccessDeniedException e) {
      return unreadable(file, "permission denied");
    } catch (IOException | InvalidPathException e) {
      return unreadable(file, "cannot be read");
    }
    try {
      Object value = isTicker(bytes) ? json.readTicker(bytes) : json.readArticle(bytes);
      return new Outcome(Masthead.OK, value, List.of());
    } catch (MalformedJsonException e) {
      String where = e.pointer().isEmpty() ? "" : " (at " + Violation.printable(e.pointer()) + ")";
      return malformed(file, e.line(), e.column(), e.code(), e.detail() + where);
    } catch (InvalidContentException e) {
      List<String> problems = new ArrayList<>(e.violations().size());
      for (Violation violation : e.violations()) {
        problems.add(file + ": " + violation);
      }
      return new Outcome(Masthead.INVALID_CONTENT, null, List.copyOf(problems));
    } catch (RuntimeException e) {
      // A failure of the library itself: report it against this file and go on with the next.
      return new Outcome(Masthead.SOFTWARE, null, List.of(file + ": internal error: " + e));
    }
  }

  private static boolean hasByteOrderMark(byte[] json) {
    return json.length >= 3 && json[0] == (byte) 0xEF && json[1] == (byte) 0xBB && json[2] == (byte) 0xBF;
  }

  /**
   * Whether the top-level object names {@code items} or {@code label} before the first syntax
   * error, if any. A document that cannot be parsed is then read as whatever was seen so far, and
   * the reader reports its problem in full.
   */
  static boolean isTicker(byte[] json) {
    int start = hasByteOrderMark(json) ? 3 : 0;
    try (JsonParser parser = PEEK.createParser(ObjectReadContext.empty(), json, start, json.length - start)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      String name;
      while ((name = parser.nextName()) != null) {
        if (name.equals("items") || name.equals("label")) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      return false;
    }
  }

  private static Outcome unreadable(String file, String detail) {
    return malformed(file, 0, 0, MalformedJsonException.UNREADABLE, detail);
  }

  private static Outcome malformed(String file, int line, int column, String code, String detail) {
    return new Outcome(Masthead.MALFORMED, null, List.of(file + ":" + line + ":" + column + ": " + code + ": " + detail));
  }
}
