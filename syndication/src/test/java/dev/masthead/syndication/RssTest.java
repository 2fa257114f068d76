package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.html.HtmlWriter;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** RSS 2.0 from {@link FeedWriter}, parsed back with the JDK's XML parser. */
class RssTest {
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private static final FeedWriter WRITER = FeedWriter.of(FeedFormat.RSS);
  private static final FeedMetadata AT_NOON = FeedMetadata.builder().at(NOON).build();

  @Test
  void has_the_channel_and_item_elements_rss_requires() {
    Element rss = Xml.parse(WRITER.write(Fixtures.ticker(), AT_NOON).value()).getDocumentElement();

    assertThat(rss.getLocalName()).isEqualTo("rss");
    assertThat(rss.getAttribute("version")).isEqualTo("2.0");
    Element channel = Xml.child(rss, null, "channel");
    assertThat(Xml.text(channel, null, "title")).isEqualTo("News Ticker");
    assertThat(Xml.text(channel, null, "link")).isEqualTo("https://news.example.com/politics/budget");
    assertThat(Xml.text(channel, null, "description")).isEqualTo("News Ticker");
    List<Element> items = Xml.children(channel, null, "item");
    assertThat(items).hasSize(3);
    for (Element item : items) {
      assertThat(Xml.children(item, null, "title").size() + Xml.children(item, null, "description").size()).isPositive();
      assertThat(Xml.child(item, null, "guid").getAttribute("isPermaLink")).isEqualTo("false");
    }
    assertThat(Xml.text(items.get(0), null, "guid")).isEqualTo("urn:masthead:ticker:home:item:t1");
  }

  @Test
  void writes_rfc_822_dates() {
    Element channel = channel(WRITER.write(List.of(Fixtures.budget()), AT_NOON));

    String pubDate = Xml.text(Xml.child(channel, null, "item"), null, "pubDate");
    assertThat(pubDate).isEqualTo("Wed, 1 May 2024 10:00:00 GMT");
    assertThat(ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(Fixtures.PUBLISHED);
    assertThat(Xml.text(channel, null, "lastBuildDate")).isEqualTo("Wed, 1 May 2024 12:30:00 GMT");
  }

  @Test
  void writes_authors_tags_image_and_the_self_link() {
    FeedMetadata metadata = AT_NOON.toBuilder().feedUrl("https://news.example.com/rss.xml").build();
    Element channel = channel(WRITER.write(List.of(Fixtures.budget()), metadata));

    Element self = Xml.child(channel, ATOM, "link");
    assertThat(self.getAttribute("rel")).isEqualTo("self");
    assertThat(self.getAttribute("href")).isEqualTo("https://news.example.com/rss.xml");
    Element item = Xml.child(channel, null, "item");
    assertThat(Xml.children(item, DC, "creator")).extracting(Element::getTextContent).containsExactly("Jane Doe", "Example Wire");
    assertThat(Xml.children(item, null, "category")).extracting(Element::getTextContent)
        .containsExactly("politics", "budget", "council");
    assertThat(Xml.child(item, "http://search.yahoo.com/mrss/", "content").getAttribute("url"))
        .isEqualTo("https://cdn.example.com/img/council.jpg");
    assertThat(Xml.text(channel, null, "language")).isEqualTo("en-GB");
  }

  @Test
  void escapes_plain_text_into_the_html_of_the_description() {
    Article article = Fixtures.budget().withBody(List.of(dev.masthead.model.Paragraph.of("<b>bold</b> & \"quoted\"")));

    Element item = Xml.child(channel(WRITER.toBuilder().htmlBody(null).build().write(article, AT_NOON)), null, "item");

    assertThat(Xml.text(item, null, "description")).isEqualTo("<p>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</p>");
  }

  @Test
  void carries_the_html_of_the_html_module_in_the_description() {
    Article article = Fixtures.budget().withBody(List.of(dev.masthead.model.Paragraph.of("<b>bold</b> & \"quoted\"")));

    Element item = Xml.child(channel(WRITER.write(article, AT_NOON)), null, "item");

    assertThat(Xml.text(item, null, "description")).isEqualTo(HtmlWriter.standard().body(article.body()).value())
        .contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>");
  }

  @Test
  void stands_the_feed_id_in_for_a_link_the_content_does_not_have() {
    Converted<String> rss = WRITER.write(Fixtures.seed(), AT_NOON);

    assertThat(Xml.text(channel(rss), null, "link")).isEqualTo("urn:masthead:feed:article:us-sends-arms-against-iran-threat-in-syria");
    assertThat(rss.losses()).contains(
        Loss.guessed("", "rss requires a channel link and the content has no url: the feed's id stands in"));
  }

  static List<String> hostile() {
    return List.of("]]><x/>", "</description><script>alert(1)</script>", "a & b < c > d", "\"'", "&amp; stays text",
        "<![CDATA[x]]>");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void keeps_hostile_text_as_text(String text) {
    Ticker ticker = new Ticker("home", text, List.of(new TickerItem("t1", text, null, null, TickerPriority.NORMAL, NOON, null)), null);

    Element channel = channel(WRITER.write(ticker, AT_NOON));

    assertThat(Xml.text(channel, null, "title")).isEqualTo(text);
    assertThat(Xml.text(Xml.child(channel, null, "item"), null, "title")).isEqualTo(text);
  }

  @Test
  void replaces_characters_xml_cannot_hold_and_reports_them() {
    String text = "nul\u0000 bell\u0007 \uFFFE lone\uD800 ok\uD83D\uDE00";
    Ticker ticker = new Ticker("home", "Ticker", List.of(new TickerItem("t1", text, null, null, TickerPriority.NORMAL, NOON, null)), null);

    Converted<String> rss = WRITER.write(ticker, AT_NOON);

    assertThat(Xml.text(Xml.child(channel(rss), null, "item"), null, "title"))
        .isEqualTo("nul\uFFFD bell\uFFFD \uFFFD lone\uFFFD ok\uD83D\uDE00");
    assertThat(rss.losses()).contains(Loss.changed("/items/0/headline", "characters xml 1.0 cannot hold replaced by U+FFFD"));
  }

  private static Element channel(Converted<String> rss) {
    return Xml.child(Xml.parse(rss.value()).getDocumentElement(), null, "channel");
  }
}
