package dev.masthead.examples.cli;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.syndication.FeedFormat;
import dev.masthead.syndication.FeedWriter;
import dev.masthead.syndication.JsonLd;
import dev.masthead.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The formats of the syndication module, written only: schema.org JSON-LD and the three feeds. Each
 * writes an article, a ticker or a list of articles (an NDJSON stream): JSON-LD one object a line,
 * a feed one document holding them all.
 */
final class SyndicationFormat implements ConversionFormat {
  static final SyndicationFormat JSONLD = new SyndicationFormat("jsonld", null,
      "schema.org JSON-LD (a NewsArticle; a ticker as an ItemList); --script for the <script> element");
  static final SyndicationFormat JSON_FEED = new SyndicationFormat("jsonfeed", FeedFormat.JSON_FEED, "JSON Feed 1.1");
  static final SyndicationFormat RSS = new SyndicationFormat("rss", FeedFormat.RSS, "RSS 2.0");
  static final SyndicationFormat ATOM = new SyndicationFormat("atom", FeedFormat.ATOM, "Atom 1.0");

  private static final JsonLd JSON_LD = JsonLd.standard();

  private final String name;
  private final @Nullable FeedFormat feed;
  private final String description;

  private SyndicationFormat(String name, @Nullable FeedFormat feed, String description) {
    this.name = name;
    this.feed = feed;
    this.description = description;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean canRead() {
    return false;
  }

  @Override
  public Converted<Article> read(byte[] input, Options options) {
    throw new UnsupportedOperationException(name + " is written only");
  }

  @Override
  public Converted<String> write(Article article, Options options) {
    if (feed == null) {
      return script(JSON_LD.write(article), options).map(json -> json + "\n");
    }
    return FeedWriter.of(feed).write(article, options.feed());
  }

  /** Writes a ticker: its JSON-LD item list, or its feed. */
  Converted<String> write(Ticker ticker, Options options) {
    if (feed == null) {
      return script(JSON_LD.write(ticker), options).map(json -> json + "\n");
    }
    return FeedWriter.of(feed).write(ticker, options.feed());
  }

  /** Writes a list of articles: JSON-LD one object a line (losses under the index), or one feed. */
  Converted<String> write(List<Article> articles, Options options) {
    if (feed != null) {
      return FeedWriter.of(feed).write(articles, options.feed());
    }
    StringBuilder lines = new StringBuilder();
    List<Loss> losses = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Converted<String> one = script(JSON_LD.write(articles.get(i)), options);
      lines.append(one.value()).append('\n');
      for (Loss loss : one.losses()) {
        losses.add(new Loss("/" + i + loss.pointer(), loss.kind(), loss.detail()));
      }
    }
    return Converted.of(lines.toString(), losses);
  }

  /**
   * Returns what Google's Article guidance would want added to the JSON-LD of the article (its
   * publishability report and authors without links), or nothing for a feed.
   */
  List<Violation> recommendations(Article article) {
    return feed == null ? JSON_LD.recommendations(article) : List.of();
  }

  private static Converted<String> script(Converted<String> json, Options options) {
    return options.script() ? json.map(JsonLd::script) : json;
  }
}
