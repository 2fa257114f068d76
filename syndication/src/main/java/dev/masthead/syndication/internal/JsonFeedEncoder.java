package dev.masthead.syndication.internal;

import dev.masthead.syndication.internal.Feed.Entry;
import dev.masthead.syndication.internal.Feed.Person;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writes a {@link Feed} as JSON Feed 1.1 (jsonfeed.org/version/1.1). */
public final class JsonFeedEncoder {
  /** The version URL every JSON Feed 1.1 starts with. */
  public static final String VERSION = "https://jsonfeed.org/version/1.1";

  private JsonFeedEncoder() {}

  /**
   * Returns the feed as JSON Feed 1.1.
   *
   * @param feed the feed
   * @return the JSON text, script-safe
   */
  public static String write(Feed feed) {
    return ScriptSafeJson.write(json -> {
      json.writeStartObject();
      json.writeStringProperty("version", VERSION);
      json.writeStringProperty("title", feed.title());
      optional(json, "home_page_url", feed.link());
      optional(json, "feed_url", feed.feedUrl());
      optional(json, "description", feed.description());
      authors(json, feed.authors());
      optional(json, "language", feed.language());
      json.writeName("items");
      json.writeStartArray();
      for (Entry entry : feed.entries()) {
        item(json, entry, feed.language());
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static void item(JsonGenerator json, Entry entry, @Nullable String feedLanguage) {
    json.writeStartObject();
    json.writeStringProperty("id", entry.id());
    optional(json, "url", entry.url());
    json.writeStringProperty("title", entry.title());
    optional(json, "content_html", entry.html());
    json.writeStringProperty("content_text", entry.text());
    optional(json, "summary", entry.summary());
    optional(json, "image", entry.image());
    optional(json, "date_published", entry.published());
    optional(json, "date_modified", entry.modified());
    authors(json, entry.authors());
    if (!entry.tags().isEmpty()) {
      json.writeName("tags");
      json.writeStartArray();
      for (String tag : entry.tags()) {
        json.writeString(tag);
      }
      json.writeEndArray();
    }
    if (entry.language() != null && !entry.language().equals(feedLanguage)) {
      json.writeStringProperty("language", entry.language());
    }
    json.writeEndObject();
  }

  private static void authors(JsonGenerator json, List<Person> authors) {
    if (authors.isEmpty()) {
      return;
    }
    json.writeName("authors");
    json.writeStartArray();
    for (Person author : authors) {
      json.writeStartObject();
      json.writeStringProperty("name", author.name());
      optional(json, "url", author.url());
      optional(json, "avatar", author.avatar());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String name, @Nullable Object value) {
    if (value != null) {
      json.writeStringProperty(name, value instanceof Instant ? value.toString() : (String) value);
    }
  }
}
