package dev.masthead.syndication.internal;

import dev.masthead.syndication.internal.Feed.Entry;
import dev.masthead.syndication.internal.Feed.Person;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/** Writes a {@link Feed} as Atom 1.0 (RFC 4287). */
public final class AtomEncoder {
  /** The Atom namespace. */
  public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

  private AtomEncoder() {}

  /**
   * Returns the feed as an Atom 1.0 feed document.
   *
   * @param feed the feed
   * @param losses where to report what Atom cannot carry and what it requires that is guessed
   * @return the XML document
   */
  public static String write(Feed feed, Losses losses) {
    try {
      Xml xml = new Xml(losses);
      xml.start("", "feed", NAMESPACE);
      xml.defaultNamespace(NAMESPACE);
      if (feed.language() != null) {
        xml.lang(feed.language(), "");
      }
      xml.element("id", feed.id(), "");
      xml.element("title", feed.title(), feed.pointer());
      if (feed.description() != null) {
        xml.element("subtitle", feed.description(), "");
      }
      xml.element("updated", feed.updated().toString(), "");
      if (feed.link() != null) {
        link(xml, "alternate", feed.link(), "text/html", "");
      }
      if (feed.feedUrl() != null) {
        link(xml, "self", feed.feedUrl(), "application/atom+xml", "");
      }
      List<Person> authors = feed.authors();
      // RFC 4287 4.1.1: a feed names an author unless every entry does.
      if (authors.isEmpty() && feed.entries().stream().anyMatch(entry -> entry.authors().isEmpty())) {
        authors = List.of(new Person(feed.title(), null, null, ""));
        losses.guessed("", "atom requires an author for entries without one: the feed's title stands in");
      }
      for (Person author : authors) {
        author(xml, author, losses);
      }
      for (Entry entry : feed.entries()) {
        entry(xml, entry, feed, losses);
      }
      xml.end();
      return xml.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the jdk xml writer failed", e);
    }
  }

  private static void entry(Xml xml, Entry entry, Feed feed, Losses losses) throws XMLStreamException {
    String pointer = entry.pointer();
    xml.start("entry");
    if (entry.language() != null && !entry.language().equals(feed.language())) {
      xml.lang(entry.language(), pointer + "/language");
    }
    xml.element("id", entry.id(), pointer);
    xml.element("title", entry.title(), pointer + "/headline");
    Instant updated = entry.modified() != null ? entry.modified() : entry.published();
    if (updated == null) {
      updated = feed.updated();
      losses.guessed(pointer + "/updatedAt", "atom requires an update time: the feed's stands in");
    }
    xml.element("updated", updated.toString(), pointer);
    if (entry.published() != null) {
      xml.element("published", entry.published().toString(), pointer);
    }
    if (entry.url() != null) {
      link(xml, "alternate", entry.url(), "text/html", pointer);
    }
    if (entry.image() != null) {
      link(xml, "enclosure", entry.image(), null, pointer + "/leadImage/url");
    }
    for (Person author : entry.authors()) {
      author(xml, author, losses);
    }
    for (String tag : entry.tags()) {
      xml.empty("category");
      xml.attribute("term", tag, pointer + "/tags");
    }
    if (entry.summary() != null) {
      xml.start("summary");
      xml.attribute("type", "text", "");
      xml.text(entry.summary(), pointer + "/summary");
      xml.end();
    }
    xml.start("content");
    if (entry.html() != null) {
      xml.attribute("type", "html", "");
      xml.text(entry.html(), pointer + "/body");
    } else {
      xml.attribute("type", "text", "");
      xml.text(entry.text(), pointer + "/body");
    }
    xml.end();
    xml.end();
  }

  private static void author(Xml xml, Person author, Losses losses) throws XMLStreamException {
    xml.start("author");
    xml.element("name", author.name(), author.pointer() + "/name");
    if (author.url() != null) {
      xml.element("uri", author.url(), author.pointer() + "/url");
    }
    if (author.avatar() != null) {
      losses.dropped(author.pointer() + "/avatarUrl", "atom names authors without pictures");
    }
    xml.end();
  }

  private static void link(Xml xml, String rel, String href, @Nullable String type, String pointer) throws XMLStreamException {
    xml.empty("link");
    xml.attribute("rel", rel, "");
    if (type != null) {
      xml.attribute("type", type, "");
    }
    xml.attribute("href", href, pointer);
  }
}
