package dev.masthead.examples.cli;

import dev.masthead.conversion.Converted;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.model.Article;
import dev.masthead.ninjs.NinjsExporter;
import dev.masthead.ninjs.NinjsImportException;
import dev.masthead.ninjs.NinjsImporter;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import java.util.List;

/**
 * IPTC ninjs 3.x: a text or composite item read (id and slug from its uri; other item types exit 1
 * naming the type), a ninjs 3.1 item written with an HTML and a plain-text body.
 */
final class NinjsFormat implements ConversionFormat {
  @Override
  public String name() {
    return "ninjs";
  }

  @Override
  public String description() {
    return "an IPTC ninjs 3.0 or 3.1 text or composite item (UTF-8)";
  }

  @Override
  public Converted<Article> read(byte[] input, Options options) {
    NinjsImporter importer = NinjsImporter.standard();
    if (options.language() != null) {
      try {
        importer = NinjsImporter.builder().defaultLanguage(options.language()).build();
      } catch (IllegalArgumentException e) {
        throw new UnreadableInputException("--language must be a BCP 47 language tag", e);
      }
    }
    try {
      return importer.importItem(input);
    } catch (MalformedJsonException e) {
      String where = e.pointer().isEmpty() ? "" : " (at " + Violation.printable(e.pointer()) + ")";
      throw new UnreadableInputException(e.line() + ":" + e.column() + ": " + e.code() + ": " + e.detail() + where, e);
    } catch (NinjsImportException e) {
      // The item is well-formed ninjs that has no article form: content that cannot be made valid.
      throw new InvalidContentException("ninjs item", ValidationLevel.WELL_FORMED,
          List.of(Violation.of(e.pointer(), e.code(), e.detail())));
    }
  }

  @Override
  public Converted<String> write(Article article, Options options) {
    return NinjsExporter.standard().export(article).map(json -> json + "\n");
  }
}
