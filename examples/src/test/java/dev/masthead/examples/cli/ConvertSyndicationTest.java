package dev.masthead.examples.cli;

import static dev.masthead.examples.cli.MastheadRun.copySample;
import static dev.masthead.examples.cli.MastheadRun.sample;
import static dev.masthead.examples.cli.MastheadRun.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MastheadJson;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code masthead convert --to jsonld|jsonfeed|rss|atom} on an article, a ticker and an NDJSON stream. */
class ConvertSyndicationTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final List<String> ARTICLES =
      List.of("us-sends-arms.json", "harbour-ferry-fire.json", "isfahan-bazaar-roof.json", "jobless-rate-embargoed.json");

  @TempDir Path folder;

  @Test
  void writes_the_seed_article_as_json_ld_and_says_what_google_would_want_added() throws Exception {
    MastheadRun run = MastheadRun.of("convert", "--to", "jsonld", copySample(folder, "us-sends-arms.json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(1);
    JsonNode json = TREES.readTree(run.out());
    assertThat(json.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(json.get("headline").asString()).isEqualTo("U.S. Sends Arms Against Iran Threat in Syria");
    assertThat(json.has("datePublished")).isFalse();
    assertThat(json.has("image")).isFalse();
    assertThat(run.errLines()).contains(
        "/leadImage: dropped: an image without a url cannot be marked up",
        "/publishedAt: required_to_publish: is required to publish",
        "/leadImage/url: required_to_publish: is required to publish",
        "/authors/0/url: recommended: is recommended for search engines: a url or a sameAs link");
  }

  @Test
  void prints_the_script_element_with_script() throws Exception {
    MastheadRun run = MastheadRun.of("convert", "--to", "jsonld", "--script", copySample(folder, "harbour-ferry-fire.json"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"")
        .endsWith("</script>\n");
  }

  @Test
  void writes_one_json_ld_object_a_line_for_an_ndjson_stream() throws Exception {
    String file = write(folder, "articles.ndjson", ndjson());

    MastheadRun run = MastheadRun.of("convert", "--to", "jsonld", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(ARTICLES.size());
    for (String line : run.outLines()) {
      assertThat(TREES.readTree(line).get("@type").asString()).isEqualTo("NewsArticle");
    }
    assertThat(run.errLines()).contains("/0/publishedAt: required_to_publish: is required to publish");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rss", "atom", "jsonfeed"})
  void writes_a_feed_of_the_ticker_with_no_options(String format) throws Exception {
    MastheadRun run = MastheadRun.of("convert", "--to", format, copySample(folder, "news-ticker.json"));

    assertThat(run.exitCode()).isZero();
    if (format.equals("jsonfeed")) {
      assertThat(TREES.readTree(run.out()).get("title").asString()).isEqualTo("News Ticker");
    } else {
      Element root = xml(run.out()).getDocumentElement();
      assertThat(root.getLocalName()).isEqualTo(format.equals("rss") ? "rss" : "feed");
      assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("News Ticker");
    }
  }

  @Test
  void writes_the_ticker_items_active_at_the_given_time_with_the_given_metadata() throws Exception {
    MastheadRun run = MastheadRun.of("convert", "--to", "jsonfeed", "--title", "Portside now",
        "--link", "https://news.example.com/", "--feed-url", "https://news.example.com/ticker.json",
        "--at", "2024-05-01T12:00:00Z", "--limit", "2", copySample(folder, "news-ticker.json"));

    assertThat(run.exitCode()).isZero();
    JsonNode feed = TREES.readTree(run.out());
    assertThat(feed.get("title").asString()).isEqualTo("Portside now");
    assertThat(feed.get("home_page_url").asString()).isEqualTo("https://news.example.com/");
    assertThat(feed.get("feed_url").asString()).isEqualTo("https://news.example.com/ticker.json");
    assertThat(feed.get("items")).hasSize(2);
    assertThat(feed.get("items").get(0).get("id").asString()).isEqualTo("urn:masthead:ticker:news-ticker:item:t-2001");
    assertThat(run.errLines()).anyMatch(line -> line.endsWith(": dropped: beyond the feed's limit of 2 items"));
  }

  @Test
  void writes_an_atom_feed_of_an_ndjson_stream_with_html_content() throws Exception {
    String file = write(folder, "articles.ndjson", ndjson());

    MastheadRun run = MastheadRun.of("convert", "--to", "atom", "--at", "2199-01-01T00:00:00Z", file);

    assertThat(run.exitCode()).isZero();
    Document atom = xml(run.out());
    assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(ARTICLES.size());
    Element content = (Element) atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0);
    assertThat(content.getAttribute("type")).isEqualTo("html");
    assertThat(content.getTextContent()).contains("<p class=\"mh-paragraph\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--at    | yesterday           | Invalid value for option '--at': must be an RFC 3339 time in UTC such as 2024-05-01T12:00:00Z",
      "--link  | javascript:alert(1) | Invalid value for option '--link': must be an absolute URL starting with http:// or https://",
      "--limit | 0                   | Invalid value for option '--limit': must be at least 1"})
  void rejects_bad_feed_options_as_a_usage_error(String option, String value, String message) throws Exception {
    MastheadRun run = MastheadRun.of("convert", "--to", "rss", option, value, copySample(folder, "news-ticker.json"));

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo(message);
  }

  @Test
  void reports_malformed_input_with_exit_2() throws Exception {
    MastheadRun run = MastheadRun.of("convert", "--to", "jsonld", write(folder, "bad.json", "{\"headline\":"));

    assertThat(run.exitCode()).isEqualTo(Masthead.MALFORMED);
    assertThat(run.out()).isEmpty();
  }

  private static String ndjson() {
    StringBuilder lines = new StringBuilder();
    for (String name : ARTICLES) {
      lines.append(MastheadJson.standard().write(MastheadJson.standard().readArticle(sample(name)))).append('\n');
    }
    return lines.toString();
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }
}
