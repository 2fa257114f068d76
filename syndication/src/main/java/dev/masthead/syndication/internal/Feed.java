package dev.masthead.syndication.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed before it is written in one format: what JSON Feed, RSS and Atom share.
 *
 * @param id the stable id of the feed
 * @param title the title
 * @param link the page the feed describes
 * @param feedUrl where the feed is served
 * @param description what the feed is
 * @param authors the feed's authors
 * @param language a BCP 47 tag
 * @param updated the time of the newest change
 * @param entries the items in order
 * @param pointer the JSON Pointer of the feed's source in the input
 */
public record Feed(
    String id,
    String title,
    @Nullable String link,
    @Nullable String feedUrl,
    String description,
    List<Person> authors,
    @Nullable String language,
    Instant updated,
    List<Entry> entries,
    String pointer) {

  /**
   * One item of a feed.
   *
   * @param id the stable id
   * @param url the page the item leads to
   * @param title the title, plain text
   * @param summary a short summary, plain text
   * @param html the content as HTML, when a renderer gave it
   * @param text the content as plain text
   * @param image the URL of the item's image
   * @param published when it was first published
   * @param modified when it was last changed
   * @param authors the authors in byline order
   * @param tags the tags
   * @param language a BCP 47 tag
   * @param pointer the JSON Pointer of the item's source in the input
   */
  public record Entry(
      String id,
      @Nullable String url,
      String title,
      @Nullable String summary,
      @Nullable String html,
      String text,
      @Nullable String image,
      @Nullable Instant published,
      @Nullable Instant modified,
      List<Person> authors,
      List<String> tags,
      @Nullable String language,
      String pointer) {}

  /**
   * An author of a feed or an item.
   *
   * @param name the name
   * @param url the author's page
   * @param avatar the author's picture
   * @param pointer the JSON Pointer of the author in the input, empty for feed metadata
   */
  public record Person(String name, @Nullable String url, @Nullable String avatar, String pointer) {}
}
