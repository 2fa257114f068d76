package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.html.HtmlWriter;
import dev.masthead.model.Article;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Atom 1.0 from {@link FeedWriter}, parsed back with the JDK's XML parser. */
class AtomTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private static final FeedWriter WRITER = FeedWriter.of(FeedFormat.ATOM);
  private static final FeedMetadata AT_NOON = FeedMetadata.builder().at(NOON).build();

  @Test
  void is_an_atom_feed_with_id_title_updated_and_one_alternate_link() {
    Element feed = Xml.parse(WRITER.write(Fixtures.ticker(), AT_NOON).value()).getDocumentElement();

    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(Xml.text(feed, ATOM, "id")).isEqualTo("urn:masthead:ticker:home");
    assertThat(Xml.text(feed, ATOM, "title")).isEqualTo("News Ticker");
    assertThat(Instant.parse(Xml.text(feed, ATOM, "updated"))).isEqualTo(Instant.parse("2024-05-01T11:00:00Z"));
    assertThat(Xml.children(feed, ATOM, "link")).filteredOn(link -> link.getAttribute("rel").equals("alternate")).hasSize(1);
    List<Element> entries = Xml.children(feed, ATOM, "entry");
    assertThat(entries).hasSize(3);
    for (Element entry : entries) {
      assertThat(Xml.text(entry, ATOM, "id")).startsWith("urn:masthead:ticker:home:item:");
      assertThat(Xml.text(entry, ATOM, "title")).isNotBlank();
      assertThat(Instant.parse(Xml.text(entry, ATOM, "updated"))).isNotNull();
    }
  }

  @Test
  void names_an_author_for_entries_without_one_and_says_it_guessed() {
    Converted<String> atom = WRITER.write(Fixtures.ticker(), AT_NOON);

    Element feed = Xml.parse(atom.value()).getDocumentElement();

    assertThat(Xml.text(Xml.child(feed, ATOM, "author"), ATOM, "name")).isEqualTo("News Ticker");
    assertThat(atom.losses()).contains(
        Loss.guessed("", "atom requires an author for entries without one: the feed's title stands in"));
  }

  @Test
  void writes_an_article_entry_with_authors_categories_summary_and_content() {
    Element feed = Xml.parse(WRITER.write(List.of(Fixtures.budget()), AT_NOON).value()).getDocumentElement();

    assertThat(feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en-GB");
    assertThat(Xml.children(feed, ATOM, "author")).isEmpty();
    Element entry = Xml.child(feed, ATOM, "entry");
    assertThat(Xml.text(entry, ATOM, "id")).isEqualTo("urn:masthead:article:art-2024-000123");
    assertThat(Xml.text(entry, ATOM, "updated")).isEqualTo("2024-05-01T12:30:00Z");
    assertThat(Xml.text(entry, ATOM, "published")).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(Xml.children(entry, ATOM, "link")).filteredOn(link -> link.getAttribute("rel").equals("alternate"))
        .singleElement().extracting(link -> link.getAttribute("href")).isEqualTo("https://news.example.com/politics/budget");
    assertThat(Xml.children(entry, ATOM, "author")).extracting(author -> Xml.text(author, ATOM, "name"))
        .containsExactly("Jane Doe", "Example Wire");
    assertThat(Xml.children(entry, ATOM, "category")).extracting(category -> category.getAttribute("term"))
        .containsExactly("politics", "budget", "council");
    assertThat(Xml.child(entry, ATOM, "content").getAttribute("type")).isEqualTo("html");
    assertThat(Xml.text(entry, ATOM, "content")).isEqualTo(HtmlWriter.standard().body(Fixtures.budget().body()).value());
    assertThat(Xml.text(entry, ATOM, "summary")).isEqualTo("The council voted 7-2 for a budget that funds two new libraries.");
  }

  @Test
  void writes_html_content_as_escaped_text_never_as_markup_or_cdata() {
    FeedWriter html = WRITER.toBuilder().htmlBody(body -> Converted.lossless("<p>a ]]> b</p>")).build();

    String atom = html.write(Fixtures.budget(), AT_NOON).value();

    Element content = Xml.child(Xml.child(Xml.parse(atom).getDocumentElement(), ATOM, "entry"), ATOM, "content");
    assertThat(content.getAttribute("type")).isEqualTo("html");
    assertThat(content.getTextContent()).isEqualTo("<p>a ]]> b</p>");
    assertThat(atom).doesNotContain("CDATA").contains("&lt;p&gt;a ]]&gt; b&lt;/p&gt;");
  }

  @Test
  void writes_plain_text_content_when_no_renderer_is_set() {
    FeedWriter plain = WRITER.toBuilder().htmlBody(null).build();

    Element entry = Xml.child(Xml.parse(plain.write(Fixtures.budget(), AT_NOON).value()).getDocumentElement(), ATOM, "entry");

    assertThat(Xml.child(entry, ATOM, "content").getAttribute("type")).isEqualTo("text");
    assertThat(Xml.text(entry, ATOM, "content")).isEqualTo("The council voted on Tuesday.\n\nWhat changes\n\nBus fares stay the same.");
  }

  @Test
  void keeps_hostile_tags_inside_their_attribute() {
    String tag = "\" onload=\"alert(1)\" x='<&>";
    Article base = Fixtures.budget();
    Article article = new Article(base.id(), base.slug(), null, base.headline(), null, null, base.body(), base.authors(),
        List.of(), null, null, List.of(tag), "en", null, null, base.publishedAt(), null, null, null, base.canonicalUrl(),
        null, List.of(), null, null, List.of());

    Element entry = Xml.child(Xml.parse(WRITER.write(article, AT_NOON).value()).getDocumentElement(), ATOM, "entry");

    assertThat(Xml.child(entry, ATOM, "category").getAttribute("term")).isEqualTo(tag);
    assertThat(Xml.child(entry, ATOM, "category").getAttributes().getLength()).isEqualTo(1);
  }
}
