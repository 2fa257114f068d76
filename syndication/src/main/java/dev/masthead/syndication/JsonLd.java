package dev.masthead.syndication;

import dev.masthead.conversion.Converted;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.syndication.internal.BodyText;
import dev.masthead.syndication.internal.Losses;
import dev.masthead.syndication.internal.ScriptSafeJson;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an article as schema.org JSON-LD: a {@code NewsArticle} following Google Search Central's
 * Article guidance, ready to stand in a {@code <script type="application/ld+json">} element.
 *
 * <p>{@code String element = JsonLd.builder().publisher(Publisher.of("Example News")).build().writeScript(article).value();}
 *
 * <ul>
 *   <li>One {@code author} entry per author, {@code @type} {@code Person} or {@code Organization},
 *       {@code name} only the name, with {@code url} and {@code sameAs} when the author has them.
 *   <li>{@code datePublished}, {@code dateModified} and {@code expires} are RFC 3339 times in UTC
 *       ({@code Z}).
 *   <li>{@code image} is a list of {@code ImageObject}s.
 *   <li>Nothing is invented: a value the article lacks is left out, and {@link
 *       #recommendations(Article)} says what the guidance would want added.
 *   <li>The JSON is script-safe: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as
 *       <code>&#92;u</code> escapes, so no text can end or break a script element.
 * </ul>
 *
 * <p>The losses of the result point into the article ({@code /authors/0/email}). docs/syndication.md
 * maps every property. This class is immutable and thread-safe.
 */
public final class JsonLd {
  /** The media type of JSON-LD. */
  public static final String MEDIA_TYPE = "application/ld+json";
  /** The context every document names. */
  public static final String CONTEXT = "https://schema.org";

  private static final JsonLd STANDARD = new Builder().build();

  private final @Nullable Publisher publisher;
  private final @Nullable Boolean accessibleForFree;

  private JsonLd(Builder builder) {
    this.publisher = builder.publisher;
    this.accessibleForFree = builder.accessibleForFree;
  }

  /**
   * Returns a writer with no publisher and no access statement.
   *
   * @return the writer
   */
  public static JsonLd standard() {
    return STANDARD;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with no publisher and no access statement
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this writer's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().publisher(publisher).accessibleForFree(accessibleForFree);
  }

  /**
   * Returns the {@code <script type="application/ld+json">} element holding the JSON-LD text.
   *
   * @param json JSON-LD written by this class, or any JSON free of {@code <}, {@code >}, {@code &},
   *     U+2028 and U+2029
   * @return the element
   * @throws IllegalArgumentException if the text holds one of those characters
   */
  public static String script(String json) {
    if (!ScriptSafeJson.isScriptSafe(json)) {
      throw new IllegalArgumentException("json must not hold <, >, &, U+2028 or U+2029 unescaped");
    }
    return "<script type=\"" + MEDIA_TYPE + "\">" + json + "</script>";
  }

  /**
   * Writes the article as one line of JSON-LD.
   *
   * @param article the article
   * @return the JSON-LD object, with what it dropped or changed
   */
  public Converted<String> write(Article article) {
    Objects.requireNonNull(article, "article");
    Losses losses = new Losses();
    String json = ScriptSafeJson.write(out -> article(out, article, losses));
    return Converted.of(json, losses.toList());
  }

  /**
   * Writes a ticker as one line of JSON-LD: an {@code ItemList} named by its label whose elements
   * are {@code ListItem}s, in display order, each holding a {@code NewsArticle} with the item's
   * headline, URL and publication time.
   *
   * @param ticker the ticker
   * @return the JSON-LD object, with what it dropped or changed (pointers into the ticker)
   */
  public Converted<String> write(Ticker ticker) {
    Objects.requireNonNull(ticker, "ticker");
    Losses losses = new Losses();
    String json = ScriptSafeJson.write(out -> {
      out.writeStartObject();
      out.writeStringProperty("@context", CONTEXT);
      out.writeStringProperty("@type", "ItemList");
      out.writeStringProperty("identifier", ticker.id());
      out.writeStringProperty("name", ticker.label());
      out.writeNumberProperty("numberOfItems", ticker.items().size());
      if (ticker.updatedAt() != null) {
        losses.dropped("/updatedAt", "schema.org has no update time for a list");
      }
      out.writeName("itemListElement");
      out.writeStartArray();
      for (int i = 0; i < ticker.items().size(); i++) {
        TickerItem item = ticker.items().get(i);
        String pointer = "/items/" + i;
        out.writeStartObject();
        out.writeStringProperty("@type", "ListItem");
        out.writeNumberProperty("position", i + 1);
        out.writeName("item");
        out.writeStartObject();
        out.writeStringProperty("@type", "NewsArticle");
        out.writeStringProperty("identifier", item.id());
        out.writeStringProperty("headline", item.headline());
        optional(out, "url", item.url());
        out.writeStringProperty("datePublished", item.publishedAt().toString());
        optional(out, "expires", item.expiresAt());
        out.writeEndObject();
        out.writeEndObject();
        if (item.priority() != TickerPriority.NORMAL) {
          losses.changed(pointer + "/priority", "carried only as the item's position");
        }
        if (item.articleId() != null) {
          losses.dropped(pointer + "/articleId", "the item's url leads to the article");
        }
      }
      out.writeEndArray();
      out.writeEndObject();
    });
    return Converted.of(json, losses.toList());
  }

  /**
   * Writes the article as a {@code <script type="application/ld+json">} element.
   *
   * @param article the article
   * @return the element, with what the JSON-LD dropped or changed
   */
  public Converted<String> writeScript(Article article) {
    return write(article).map(JsonLd::script);
  }

  /**
   * Returns what Google's Article guidance would want added before the JSON-LD is worth publishing:
   * the article's publishability violations ({@link MastheadValidator#validatePublishable(Object)}:
   * a publication time, an image URL, ...), then a {@code recommended} violation for each author
   * with neither a URL nor a profile link.
   *
   * @param article the article
   * @return the violations, empty when nothing is missing
   */
  public List<Violation> recommendations(Article article) {
    List<Violation> report = new ArrayList<>(MastheadValidator.standard().validatePublishable(article));
    for (int i = 0; i < article.authors().size(); i++) {
      Author author = article.authors().get(i);
      if (author.url() == null && author.sameAs().isEmpty()) {
        report.add(Violation.of("/authors/" + i + "/url", "recommended", "is recommended for search engines: a url or a sameAs link"));
      }
    }
    return List.copyOf(report);
  }

  private void article(JsonGenerator json, Article article, Losses losses) {
    json.writeStartObject();
    json.writeStringProperty("@context", CONTEXT);
    json.writeStringProperty("@type", "NewsArticle");
    if (article.canonicalUrl() != null) {
      json.writeStringProperty("mainEntityOfPage", article.canonicalUrl());
      json.writeStringProperty("url", article.canonicalUrl());
    }
    json.writeStringProperty("identifier", article.id());
    losses.dropped("/slug", "schema.org has no slug: the url carries it");
    json.writeStringProperty("headline", article.headline());
    if (article.kicker() != null) {
      losses.dropped("/kicker", "schema.org has no kicker");
    }
    optional(json, "alternativeHeadline", article.subheadline());
    optional(json, "description", article.summary());
    authors(json, article.authors(), losses);
    credits(json, article.credits(), losses);
    images(json, article, losses);
    optional(json, "datePublished", article.publishedAt());
    optional(json, "dateModified", article.updatedAt());
    optional(json, "expires", article.expiresAt());
    if (article.embargoedUntil() != null) {
      losses.dropped("/embargoedUntil", "schema.org has no embargo time");
    }
    if (article.status() != ArticleStatus.PUBLISHED) {
      losses.dropped("/status", "page markup describes a published article");
    }
    optional(json, "articleSection", article.section());
    if (!article.tags().isEmpty()) {
      json.writeName("keywords");
      json.writeStartArray();
      for (String tag : article.tags()) {
        json.writeString(tag);
      }
      json.writeEndArray();
    }
    json.writeStringProperty("inLanguage", article.language());
    optional(json, "dateline", article.dateline());
    String body = BodyText.of(article.body());
    if (!body.isEmpty()) {
      json.writeStringProperty("articleBody", body);
    }
    bodyLosses(article.body(), losses);
    json.writeNumberProperty("wordCount", article.wordCount());
    if (publisher != null) {
      json.writeName("publisher");
      json.writeStartObject();
      json.writeStringProperty("@type", "Organization");
      json.writeStringProperty("name", publisher.name());
      optional(json, "url", publisher.url());
      if (publisher.logoUrl() != null) {
        json.writeName("logo");
        json.writeStartObject();
        json.writeStringProperty("@type", "ImageObject");
        json.writeStringProperty("url", publisher.logoUrl());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    if (accessibleForFree != null) {
      json.writeBooleanProperty("isAccessibleForFree", accessibleForFree);
    }
    json.writeEndObject();
  }

  private static void authors(JsonGenerator json, List<Author> authors, Losses losses) {
    if (authors.isEmpty()) {
      return;
    }
    json.writeName("author");
    json.writeStartArray();
    for (int i = 0; i < authors.size(); i++) {
      Author author = authors.get(i);
      String pointer = "/authors/" + i;
      boolean person = author.kind() == AuthorKind.PERSON;
      json.writeStartObject();
      json.writeStringProperty("@type", person ? "Person" : "Organization");
      json.writeStringProperty("name", author.name());
      optional(json, "url", author.url());
      if (!author.sameAs().isEmpty()) {
        json.writeName("sameAs");
        json.writeStartArray();
        for (String link : author.sameAs()) {
          json.writeString(link);
        }
        json.writeEndArray();
      }
      if (author.jobTitle() != null) {
        if (person) {
          json.writeStringProperty("jobTitle", author.jobTitle());
        } else {
          losses.dropped(pointer + "/jobTitle", "an organization has no job title in schema.org");
        }
      }
      optional(json, "description", author.bio());
      if (author.avatarUrl() != null) {
        json.writeStringProperty(person ? "image" : "logo", author.avatarUrl());
      }
      losses.dropped(pointer + "/slug", "schema.org has no slug: the url carries it");
      if (author.articleCount() != null) {
        losses.dropped(pointer + "/articleCount", "schema.org has no count of articles");
      }
      if (author.email() != null) {
        losses.dropped(pointer + "/email", "an email address is not published in page markup");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void credits(JsonGenerator json, List<Credit> credits, Losses losses) {
    for (String property : new String[] {"editor", "translator", "contributor"}) {
      boolean open = false;
      for (int i = 0; i < credits.size(); i++) {
        Credit credit = credits.get(i);
        if (!property.equals(creditProperty(credit.role()))) {
          continue;
        }
        if (!open) {
          json.writeName(property);
          json.writeStartArray();
          open = true;
        }
        String pointer = "/credits/" + i;
        party(json, credit);
        if (property.equals("contributor")) {
          losses.changed(pointer + "/role", "carried as a contributor: schema.org has no property for the role");
        }
        if (credit.text() != null) {
          losses.dropped(pointer + "/text", "the credit line belongs to a work, not to the article");
        }
        if (credit.copyrightNotice() != null) {
          losses.dropped(pointer + "/copyrightNotice", "a contributor's copyright notice has no place on the article");
        }
        if (credit.license() != null) {
          losses.dropped(pointer + "/license", "a contributor's license has no place on the article");
        }
      }
      if (open) {
        json.writeEndArray();
      }
    }
  }

  private static String creditProperty(String role) {
    return switch (role) {
      case Credit.EDITING -> "editor";
      case Credit.TRANSLATION -> "translator";
      default -> "contributor";
    };
  }

  /** Writes a credit's party: a person with their organization as affiliation, or an organization. */
  private static void party(JsonGenerator json, Credit credit) {
    json.writeStartObject();
    if (credit.name() != null) {
      json.writeStringProperty("@type", "Person");
      json.writeStringProperty("name", credit.name());
      if (credit.organization() != null) {
        json.writeName("affiliation");
        json.writeStartObject();
        json.writeStringProperty("@type", "Organization");
        json.writeStringProperty("name", credit.organization());
        json.writeEndObject();
      }
    } else {
      json.writeStringProperty("@type", "Organization");
      json.writeStringProperty("name", Objects.requireNonNullElse(credit.organization(), ""));
    }
    json.writeEndObject();
  }

  private static void images(JsonGenerator json, Article article, Losses losses) {
    Image image = article.leadImage();
    if (image == null) {
      return;
    }
    if (image.url() == null) {
      losses.dropped("/leadImage", "an image without a url cannot be marked up");
      return;
    }
    json.writeName("image");
    json.writeStartArray();
    imageObject(json, image, image.url(), image.width(), image.height(), "/leadImage", losses);
    json.writeEndArray();
  }

  private static void imageObject(
      JsonGenerator json, Image image, String url, @Nullable Integer width, @Nullable Integer height,
      String pointer, Losses losses) {
    json.writeStartObject();
    json.writeStringProperty("@type", "ImageObject");
    json.writeStringProperty("url", url);
    json.writeStringProperty("contentUrl", url);
    if (width != null) {
      json.writeNumberProperty("width", width);
    }
    if (height != null) {
      json.writeNumberProperty("height", height);
    }
    optional(json, "caption", image.caption());
    if (image.altText() != null) {
      losses.dropped(pointer + "/altText", "schema.org has no alternative text; the page's img element carries it");
    }
    Credit credit = image.credit();
    if (credit != null) {
      json.writeStringProperty("creditText", credit.line());
      if (credit.name() != null || credit.organization() != null) {
        json.writeName("creator");
        json.writeStartArray();
        party(json, credit);
        json.writeEndArray();
      }
      optional(json, "copyrightNotice", credit.copyrightNotice());
      optional(json, "license", credit.license());
    }
    json.writeEndObject();
  }

  private static void bodyLosses(List<Block> body, Losses losses) {
    for (int i = 0; i < body.size(); i++) {
      Block block = body.get(i);
      String pointer = "/body/" + i;
      if (block instanceof Paragraph paragraph) {
        if (!paragraph.links().isEmpty()) {
          losses.dropped(pointer + "/links", "articleBody is plain text");
        }
      } else if (block instanceof ImageBlock) {
        losses.dropped(pointer, "articleBody is plain text: images in the body are left out");
      } else {
        losses.changed(pointer, "carried as plain text in articleBody");
      }
    }
  }

  private static void optional(JsonGenerator json, String name, @Nullable Object value) {
    if (value != null) {
      json.writeStringProperty(name, value instanceof Instant ? value.toString() : (String) value);
    }
  }

  /**
   * A builder of {@link JsonLd} writers. It is mutable and not thread-safe; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private @Nullable Publisher publisher;
    private @Nullable Boolean accessibleForFree;

    private Builder() {}

    /**
     * Sets the publisher written on every article.
     *
     * @param publisher the publisher, or null for none
     * @return this builder
     */
    public Builder publisher(@Nullable Publisher publisher) {
      this.publisher = publisher;
      return this;
    }

    /**
     * Sets whether the articles are free to read, written as {@code isAccessibleForFree}.
     *
     * @param accessibleForFree true or false, or null to say nothing
     * @return this builder
     */
    public Builder accessibleForFree(@Nullable Boolean accessibleForFree) {
      this.accessibleForFree = accessibleForFree;
      return this;
    }

    /**
     * Returns the writer.
     *
     * @return the writer
     */
    public JsonLd build() {
      return new JsonLd(this);
    }
  }
}
