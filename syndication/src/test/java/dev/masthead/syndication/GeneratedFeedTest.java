package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.masthead.json.generated.Generators;
import dev.masthead.json.generated.Seeds;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * RSS and Atom of generated articles and tickers are well-formed XML with the elements each spec
 * requires, and JSON Feed of them parses back. A failure names its seed: replay it with
 * {@code -Dmasthead.seed=N}.
 */
class GeneratedFeedTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  // Late enough that every generated article is published, so that items are written.
  private static final FeedMetadata FAR = FeedMetadata.builder().at(Instant.parse("2199-12-31T00:00:00Z")).build();

  @TestFactory
  Stream<DynamicTest> every_generated_feed_is_well_formed_with_the_required_elements() {
    return Seeds.seeds("feeds").limit(100).mapToObj(seed -> dynamicTest("seed=" + seed, () -> {
      Generators generators = new Generators(seed);
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        articles.add(generators.article());
      }
      Ticker ticker = generators.ticker();
      Instant tickerTime = ticker.items().isEmpty() ? FAR.at() : ticker.items().get(0).publishedAt();
      FeedMetadata atTicker = FeedMetadata.builder().at(tickerTime).build();
      String replay = "replay with -Dmasthead.seed=" + seed;

      for (String rss : List.of(FeedWriter.of(FeedFormat.RSS).write(articles, FAR).value(),
          FeedWriter.of(FeedFormat.RSS).write(ticker, atTicker).value())) {
        rss(rss, replay);
      }
      for (String atom : List.of(FeedWriter.of(FeedFormat.ATOM).write(articles, FAR).value(),
          FeedWriter.of(FeedFormat.ATOM).write(ticker, atTicker).value())) {
        atom(atom, replay);
      }
      assertThat(JsonLdTest.parse(FeedWriter.of(FeedFormat.JSON_FEED).write(articles, FAR).value())
          .getString("version")).as(replay).isEqualTo("https://jsonfeed.org/version/1.1");
    }));
  }

  private static void rss(String rss, String replay) {
    Element channel = Xml.child(Xml.parse(rss).getDocumentElement(), null, "channel");
    assertThat(Xml.text(channel, null, "title")).as(replay).isNotEmpty();
    assertThat(Xml.text(channel, null, "link")).as(replay).isNotEmpty();
    assertThat(Xml.children(channel, null, "description")).as(replay).hasSize(1);
    rfc822(Xml.text(channel, null, "lastBuildDate"), replay);
    for (Element item : Xml.children(channel, null, "item")) {
      assertThat(Xml.children(item, null, "title").size() + Xml.children(item, null, "description").size()).as(replay).isPositive();
      for (Element date : Xml.children(item, null, "pubDate")) {
        rfc822(date.getTextContent(), replay);
      }
    }
  }

  private static void rfc822(String date, String replay) {
    assertThat(date).as(replay).matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    assertThat(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)).as(replay).isNotNull();
  }

  private static void atom(String atom, String replay) {
    Element feed = Xml.parse(atom).getDocumentElement();
    assertThat(feed.getNamespaceURI()).as(replay).isEqualTo(ATOM);
    assertThat(Xml.text(feed, ATOM, "id")).as(replay).isNotBlank();
    assertThat(Xml.children(feed, ATOM, "title")).as(replay).hasSize(1);
    Instant.parse(Xml.text(feed, ATOM, "updated"));
    boolean feedAuthor = !Xml.children(feed, ATOM, "author").isEmpty();
    for (Element entry : Xml.children(feed, ATOM, "entry")) {
      assertThat(Xml.text(entry, ATOM, "id")).as(replay).isNotBlank();
      assertThat(Xml.children(entry, ATOM, "title")).as(replay).hasSize(1);
      Instant.parse(Xml.text(entry, ATOM, "updated"));
      assertThat(feedAuthor || !Xml.children(entry, ATOM, "author").isEmpty()).as(replay).isTrue();
      assertThat(Xml.children(entry, ATOM, "link")).as(replay)
          .filteredOn(link -> link.getAttribute("rel").equals("alternate")).hasSizeLessThanOrEqualTo(1);
    }
  }
}
