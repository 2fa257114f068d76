package dev.masthead.examples.cli;

import dev.masthead.conversion.Converted;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadJson;
import dev.masthead.json.ReadValidation;
import dev.masthead.model.Article;
import dev.masthead.validation.Violation;

/** Masthead JSON: read with the safe reader, written in the canonical pretty form. Nothing is lost. */
final class MastheadFormat implements ConversionFormat {
  private static final MastheadJson JSON = DocumentFile.reader(false, ReadValidation.WELL_FORMED);

  @Override
  public String name() {
    return "masthead";
  }

  @Override
  public String description() {
    return "Masthead JSON, the wire format of the library";
  }

  @Override
  public Converted<Article> read(byte[] input, Options options) {
    try {
      return Converted.lossless(JSON.readArticle(input));
    } catch (MalformedJsonException e) {
      String where = e.pointer().isEmpty() ? "" : " (at " + Violation.printable(e.pointer()) + ")";
      throw new UnreadableInputException(e.line() + ":" + e.column() + ": " + e.code() + ": " + e.detail() + where, e);
    }
  }

  @Override
  public Converted<String> write(Article article, Options options) {
    return Converted.lossless(JSON.writePretty(article));
  }
}
