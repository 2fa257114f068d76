package dev.masthead.syndication.internal;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Image;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.syndication.FeedMetadata;
import dev.masthead.syndication.internal.Feed.Entry;
import dev.masthead.syndication.internal.Feed.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link Feed} of a ticker or a list of articles: what is left out (expired, embargoed,
 * unpublished, over the limit), the stable ids, and the defaults of the metadata. Every value left
 * out, changed or guessed is reported with a pointer into the input.
 */
public final class FeedAssembler {
  /** The prefix of every id this module makes up for content that has no URI of its own. */
  public static final String URN_PREFIX = "urn:masthead:";

  private final FeedMetadata metadata;
  private final @Nullable Function<? super List<Block>, Converted<String>> html;
  private final Instant at;
  private final Losses losses;

  /**
   * Returns an assembler.
   *
   * @param metadata the feed's metadata
   * @param html renders a body as HTML with its losses, or null to give plain text only
   * @param now the time of writing, used when the metadata gives none
   * @param losses where to report
   */
  public FeedAssembler(
      FeedMetadata metadata, @Nullable Function<? super List<Block>, Converted<String>> html, Instant now, Losses losses) {
    this.metadata = metadata;
    this.html = html;
    this.at = metadata.at() != null ? metadata.at() : now;
    this.losses = losses;
  }

  /**
   * Returns the feed of a ticker: its items active at the feed's time, in display order.
   *
   * @param ticker the ticker
   * @return the feed
   */
  public Feed ticker(Ticker ticker) {
    List<Entry> entries = new ArrayList<>();
    String link = uri(metadata.link(), "", "the feed's link");
    for (int i = 0; i < ticker.items().size(); i++) {
      TickerItem item = ticker.items().get(i);
      String pointer = "/items/" + i;
      if (item.publishedAt().isAfter(at)) {
        losses.dropped(pointer, "not yet published at " + at);
        continue;
      }
      if (!item.isActiveAt(at)) {
        losses.dropped(pointer, "expired at " + at);
        continue;
      }
      if (overLimit(entries, pointer)) {
        continue;
      }
      if (item.priority() != TickerPriority.NORMAL) {
        losses.changed(pointer + "/priority", "carried only as the item's place in display order");
      }
      if (item.articleId() != null) {
        losses.dropped(pointer + "/articleId", "feeds have no place for the id of an article");
      }
      if (item.expiresAt() != null) {
        losses.dropped(pointer + "/expiresAt", "feeds have no expiry time");
      }
      String url = uri(item.url(), pointer + "/url", "the url");
      if (link == null && url != null) {
        link = url;
        losses.guessed(pointer + "/url", "the feed's link is the first item's url");
      }
      entries.add(
          new Entry(
              URN_PREFIX + "ticker:" + ticker.id() + ":item:" + item.id(),
              url,
              item.headline(),
              null,
              null,
              item.headline(),
              null,
              item.publishedAt(),
              null,
              List.of(),
              List.of(),
              metadata.language(),
              pointer));
    }
    Instant updated = ticker.updatedAt();
    if (updated == null) {
      updated = newest(entries, "/updatedAt");
    }
    String feedUrl = uri(metadata.feedUrl(), "", "the feed's url");
    String id = feedUrl != null ? feedUrl : URN_PREFIX + "ticker:" + ticker.id();
    String title = metadata.title() != null ? metadata.title() : ticker.label();
    return new Feed(
        id, title, link, feedUrl, metadata.description(), feedAuthors(), metadata.language(),
        updated, entries, "");
  }

  /**
   * Returns the feed of articles in the order given, leaving out drafts, withdrawn, embargoed and
   * expired ones.
   *
   * @param articles the articles
   * @param single whether the input was one article (pointers then have no index)
   * @return the feed
   */
  public Feed articles(List<Article> articles, boolean single) {
    List<Entry> entries = new ArrayList<>();
    String link = uri(metadata.link(), "", "the feed's link");
    String title = metadata.title();
    String language = metadata.language();
    String firstId = null;
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      String pointer = single ? "" : "/" + i;
      if (article.status() != ArticleStatus.PUBLISHED) {
        losses.dropped(pointer, "a " + (article.status() == ArticleStatus.DRAFT ? "draft" : "withdrawn article")
            + " is not for readers");
        continue;
      }
      if (article.embargoedUntil() != null && article.embargoedUntil().isAfter(at)) {
        losses.dropped(pointer, "embargoed at " + at);
        continue;
      }
      if (article.publishedAt() != null && article.publishedAt().isAfter(at)) {
        losses.dropped(pointer, "not yet published at " + at);
        continue;
      }
      if (article.expiresAt() != null && !article.expiresAt().isAfter(at)) {
        losses.dropped(pointer, "expired at " + at);
        continue;
      }
      if (overLimit(entries, pointer)) {
        continue;
      }
      if (firstId == null) {
        firstId = article.id();
      }
      if (title == null) {
        title = article.headline();
        losses.guessed(pointer + "/headline", "the feed's title is the first article's headline");
      }
      if (link == null && article.canonicalUrl() != null) {
        link = Uris.ascii(article.canonicalUrl());
        losses.guessed(pointer + "/canonicalUrl", "the feed's link is the first article's canonical url");
      }
      if (language == null) {
        language = article.language();
        losses.guessed(pointer + "/language", "the feed's language is the first article's language");
      }
      entries.add(entry(article, pointer));
    }
    if (title == null) {
      title = "Articles";
      losses.guessed("", "no article to name the feed after: its title is \"Articles\"");
    }
    Instant updated = newest(entries, "");
    String feedUrl = uri(metadata.feedUrl(), "", "the feed's url");
    String id = feedUrl != null ? feedUrl : URN_PREFIX + "feed:" + (firstId != null ? "article:" + firstId : "empty");
    return new Feed(
        id, title, link, feedUrl, metadata.description(), feedAuthors(), language, updated, entries, "");
  }

  private Entry entry(Article article, String pointer) {
    if (article.kicker() != null) {
      losses.dropped(pointer + "/kicker", "feeds have no kicker");
    }
    if (article.subheadline() != null) {
      losses.dropped(pointer + "/subheadline", "feeds have no subheadline");
    }
    if (article.dateline() != null) {
      losses.dropped(pointer + "/dateline", "feeds have no dateline");
    }
    for (int c = 0; c < article.credits().size(); c++) {
      losses.dropped(pointer + "/credits/" + c, "feeds name authors only");
    }
    if (article.expiresAt() != null) {
      losses.dropped(pointer + "/expiresAt", "feeds have no expiry time");
    }
    List<String> tags = new ArrayList<>();
    if (article.section() != null) {
      tags.add(article.section());
      losses.changed(pointer + "/section", "carried as the item's first tag");
    }
    for (String tag : article.tags()) {
      if (!tag.equalsIgnoreCase(article.section())) {
        tags.add(tag);
      }
    }
    for (int s = 0; s < article.subjects().size(); s++) {
      Subject subject = article.subjects().get(s);
      if (tags.stream().noneMatch(subject.name()::equalsIgnoreCase)) {
        tags.add(subject.name());
      }
      if (subject.uri() != null) {
        losses.dropped(pointer + "/subjects/" + s + "/uri", "a feed's tags are names without uris");
      }
    }
    if (article.rights() != null) {
      losses.dropped(pointer + "/rights", "feed items carry no rights");
    }
    if (article.digitalSourceType() != null) {
      losses.dropped(pointer + "/digitalSourceType", "feed items carry no digital source type");
    }
    for (int c = 0; c < article.corrections().size(); c++) {
      losses.dropped(pointer + "/corrections/" + c, "feed items carry no corrections; the body and update time do");
    }
    List<Person> authors = new ArrayList<>();
    for (int a = 0; a < article.authors().size(); a++) {
      Author author = article.authors().get(a);
      String place = pointer + "/authors/" + a;
      authors.add(new Person(author.name(), uri(author.url(), place + "/url", "the url"),
          uri(author.avatarUrl(), place + "/avatarUrl", "the url"), place));
    }
    String image = null;
    Image lead = article.leadImage();
    if (lead != null) {
      image = uri(lead.url(), pointer + "/leadImage/url", "the url");
      int first = 0;
      if (image == null && !lead.renditions().isEmpty()) {
        image = uri(lead.renditions().get(0).url(), pointer + "/leadImage/renditions/0/url", "the url");
        losses.guessed(pointer + "/leadImage/renditions/0", "the image has no url of its own: its first rendition stands in");
        first = 1;
      }
      if (image == null) {
        losses.dropped(pointer + "/leadImage", "an image without a url cannot be linked");
      }
      for (int r = first; r < lead.renditions().size(); r++) {
        losses.dropped(pointer + "/leadImage/renditions/" + r, "a feed item has one image");
      }
      if (lead.rights() != null) {
        losses.dropped(pointer + "/leadImage/rights", "feed items carry no image rights");
      }
    }
    String body = BodyText.of(article.body());
    String rendered = null;
    if (html != null) {
      Converted<String> converted = html.apply(article.body());
      rendered = converted.value();
      for (Loss loss : converted.losses()) {
        losses.add(new Loss(pointer + "/body" + loss.pointer(), loss.kind(), loss.detail()));
      }
    } else if (hasStructure(article.body())) {
      losses.changed(pointer + "/body", "carried as plain text: links, headings, lists and images left out");
    }
    Instant published = article.publishedAt();
    if (published == null) {
      losses.dropped(pointer + "/publishedAt", "absent: the item has no date");
    }
    return new Entry(
        article.uri() != null ? article.uri() : URN_PREFIX + "article:" + article.id(),
        uri(article.canonicalUrl(), pointer + "/canonicalUrl", "the url"),
        article.headline(),
        article.summary(),
        rendered,
        body,
        image,
        published,
        article.updatedAt(),
        authors,
        tags,
        article.language(),
        pointer);
  }

  private static boolean hasStructure(List<Block> body) {
    for (Block block : body) {
      if (!(block instanceof Paragraph paragraph) || !paragraph.links().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private boolean overLimit(List<Entry> entries, String pointer) {
    Integer limit = metadata.limit();
    if (limit != null && entries.size() >= limit) {
      losses.dropped(pointer, "beyond the feed's limit of " + limit + " items");
      return true;
    }
    return false;
  }

  private Instant newest(List<Entry> entries, String pointer) {
    Instant newest = null;
    for (Entry entry : entries) {
      for (Instant time : new Instant[] {entry.published(), entry.modified()}) {
        if (time != null && (newest == null || time.isAfter(newest))) {
          newest = time;
        }
      }
    }
    if (newest == null) {
      losses.guessed(pointer, "no time in the content: the feed's update time is the time of writing");
      return at;
    }
    return newest;
  }

  private List<Person> feedAuthors() {
    return metadata.author() == null
        ? List.of()
        : List.of(new Person(metadata.author(), uri(metadata.authorUrl(), "", "the feed author's url"), null, ""));
  }

  private @Nullable String uri(@Nullable String url, String pointer, String what) {
    if (url == null) {
      return null;
    }
    String uri = Uris.ascii(url);
    if (!uri.equals(url)) {
      losses.changed(pointer, what + " written as a uri: characters outside rfc 3986 percent-encoded");
    }
    return uri;
  }

  /**
   * Returns the time expiry is judged by.
   *
   * @return the metadata's time, or the time of writing
   */
  public Instant at() {
    return at;
  }
}
