package dev.masthead.examples.cli;

import dev.masthead.conversion.Converted;
import dev.masthead.html.HtmlLimitException;
import dev.masthead.html.HtmlReader;
import dev.masthead.html.HtmlWriter;
import dev.masthead.model.Article;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** HTML: a standalone page written, a page or fragment read (headline, language, id and slug derived). */
final class HtmlFormat implements ConversionFormat {
  @Override
  public String name() {
    return "html";
  }

  @Override
  public String description() {
    return "an HTML5 page or fragment (UTF-8)";
  }

  @Override
  public Converted<Article> read(byte[] input, Options options) {
    String html;
    try {
      html = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException("input is not utf-8", e);
    }
    HtmlReader reader = HtmlReader.builder().baseUri(options.baseUri()).language(options.language()).build();
    try {
      return reader.readArticle(html);
    } catch (HtmlLimitException e) {
      throw new UnreadableInputException(e.getMessage(), e);
    }
  }

  @Override
  public Converted<String> write(Article article, Options options) {
    return HtmlWriter.standard().page(article);
  }
}
