package dev.masthead.syndication.internal;

import dev.masthead.syndication.internal.Feed.Entry;
import dev.masthead.syndication.internal.Feed.Person;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link Feed} as RSS 2.0 (rssboard.org/rss-specification), with the Atom namespace for
 * the {@code rel="self"} link, Dublin Core for author names (RSS's own {@code author} must be an
 * email address) and Media RSS for the image (an RSS enclosure needs a byte length the content does
 * not give).
 */
public final class RssEncoder {
  /** The Atom namespace. */
  public static final String ATOM = "http://www.w3.org/2005/Atom";
  /** The Dublin Core elements namespace. */
  public static final String DC = "http://purl.org/dc/elements/1.1/";
  /** The Media RSS namespace. */
  public static final String MEDIA = "http://search.yahoo.com/mrss/";

  private RssEncoder() {}

  /**
   * Returns the feed as RSS 2.0.
   *
   * @param feed the feed
   * @param losses where to report what RSS cannot carry
   * @return the XML document
   */
  public static String write(Feed feed, Losses losses) {
    try {
      Xml xml = new Xml(losses);
      xml.start("rss");
      xml.attribute("version", "2.0", "");
      xml.namespace("atom", ATOM);
      xml.namespace("dc", DC);
      xml.namespace("media", MEDIA);
      xml.start("channel");
      xml.element("title", feed.title(), feed.pointer());
      String link = feed.link();
      if (link == null) {
        link = feed.id();
        losses.guessed("", "rss requires a channel link and the content has no url: the feed's id stands in");
      }
      xml.element("link", link, "");
      String description = feed.description();
      if (description == null) {
        description = feed.title();
        losses.guessed("", "rss requires a channel description: the feed's title stands in");
      }
      xml.element("description", description, "");
      if (feed.language() != null) {
        xml.element("language", feed.language(), "");
      }
      xml.element("lastBuildDate", date(feed.updated(), "", losses), "");
      if (feed.feedUrl() != null) {
        xml.empty("atom", "link", ATOM);
        xml.attribute("rel", "self", "");
        xml.attribute("type", "application/rss+xml", "");
        xml.attribute("href", feed.feedUrl(), "");
      }
      for (Person author : feed.authors()) {
        xml.element("dc", "creator", DC, author.name(), "");
      }
      for (Entry entry : feed.entries()) {
        item(xml, entry, feed, losses);
      }
      xml.end();
      xml.end();
      return xml.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the jdk xml writer failed", e);
    }
  }

  private static void item(Xml xml, Entry entry, Feed feed, Losses losses) throws XMLStreamException {
    String pointer = entry.pointer();
    xml.start("item");
    xml.element("title", entry.title(), pointer + "/headline");
    if (entry.url() != null) {
      xml.element("link", entry.url(), pointer);
    }
    String description = entry.html() != null ? entry.html() : PlainHtml.paragraphs(entry.text());
    xml.element("description", description, pointer + "/body");
    if (entry.html() != null && entry.summary() != null) {
      losses.dropped(pointer + "/summary", "rss has one description, the body");
    } else if (entry.summary() != null && !entry.summary().equals(entry.text())) {
      losses.dropped(pointer + "/summary", "rss has one description, the body");
    }
    xml.start("guid");
    xml.attribute("isPermaLink", "false", "");
    xml.text(entry.id(), pointer);
    xml.end();
    if (entry.published() != null) {
      xml.element("pubDate", date(entry.published(), pointer + "/publishedAt", losses), pointer);
    }
    if (entry.modified() != null) {
      losses.dropped(pointer + "/updatedAt", "rss has no modification time");
    }
    for (Person author : entry.authors()) {
      xml.element("dc", "creator", DC, author.name(), author.pointer() + "/name");
      if (author.url() != null) {
        losses.dropped(author.pointer() + "/url", "rss names authors without links");
      }
      if (author.avatar() != null) {
        losses.dropped(author.pointer() + "/avatarUrl", "rss names authors without pictures");
      }
    }
    for (String tag : entry.tags()) {
      xml.element("category", tag, pointer + "/tags");
    }
    if (entry.image() != null) {
      xml.empty("media", "content", MEDIA);
      xml.attribute("url", entry.image(), pointer + "/leadImage/url");
      xml.attribute("medium", "image", "");
    }
    if (entry.language() != null && !entry.language().equals(feed.language())) {
      losses.dropped(pointer + "/language", "rss gives one language, the channel's");
    }
    xml.end();
  }

  private static String date(Instant instant, String pointer, Losses losses) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    if (!seconds.equals(instant)) {
      losses.changed(pointer, "rss dates hold whole seconds");
    }
    return Rfc822.format(seconds);
  }
}
