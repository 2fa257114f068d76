package dev.masthead.syndication;

import dev.masthead.conversion.Converted;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Rights;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.syndication.internal.BodyText;
import dev.masthead.syndication.internal.ImageChoice;
import dev.masthead.syndication.internal.Losses;
import dev.masthead.syndication.internal.ScriptSafeJson;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 *   <li>{@code image} is a list of {@code ImageObject}s: the lead image, then for each of the aspect
 *       ratios 16x9, 4x3 and 1x1 it does not have itself the largest rendition of that ratio with
 *       at least 50,000 pixels.
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
  /** IPTC's digital source type codes that schema.org's IPTCDigitalSourceEnumeration names. */
  private static final Set<String> IPTC_SOURCES = Set.of(
      "digitalCapture", "negativeFilm", "positiveFilm", "print", "minorHumanEdits", "compositeCapture",
      "algorithmicallyEnhanced", "dataDrivenMedia", "digitalArt", "virtualRecording", "compositeSynthetic",
      "trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia", "algorithmicMedia", "screenCapture",
      "composite", "multiFrameComputationalCapture");

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
   * with neither a URL nor a profile link, and for each of the aspect ratios 16x9, 4x3 and 1x1 that
   * neither the lead image nor one of its renditions has at 50,000 pixels or more.
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
    Image image = article.leadImage();
    if (image != null && (image.url() != null || !image.renditions().isEmpty())) {
      for (String ratio : ImageChoice.missing(image)) {
        report.add(Violation.of("/leadImage/renditions", "recommended",
            "is recommended for search engines: a " + ratio + " image of at least 50,000 pixels"));
      }
    }
    return List.copyOf(report);
  }

  private void article(JsonGenerator json, Article article, Losses losses) {
    json.writeStartObject();
    json.writeStringProperty("@context", CONTEXT);
    json.writeStringProperty("@type", "NewsArticle");
    if (article.uri() != null) {
      json.writeStringProperty("@id", article.uri());
    }
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
    subjects(json, article.subjects());
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
    if (article.rights() != null) {
      rights(json, article.rights(), null);
      rightsLosses(article.rights(), null, "", losses);
    }
    if (article.digitalSourceType() != null) {
      String member = schemaOrgSource(article.digitalSourceType());
      if (member != null) {
        json.writeStringProperty("digitalSourceType", member);
      }
      digitalSourceLoss(article.digitalSourceType(), "/digitalSourceType", losses);
    }
    corrections(json, article.corrections());
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
    List<ImageChoice.Candidate> chosen = ImageChoice.choose(image, "/leadImage", losses);
    if (chosen.isEmpty()) {
      losses.dropped("/leadImage", "an image without a url cannot be marked up");
      return;
    }
    json.writeName("image");
    json.writeStartArray();
    for (ImageChoice.Candidate candidate : chosen) {
      imageObject(json, image, candidate, losses);
    }
    json.writeEndArray();
    // The parts every ImageObject shares are reported once, for the image.
    if (image.altText() != null) {
      losses.dropped("/leadImage/altText", "schema.org has no alternative text; the page's img element carries it");
    }
    Rights rights = image.rights();
    if (rights != null) {
      rightsLosses(rights, image.credit(), "/leadImage", losses);
    }
    if (image.digitalSourceType() != null) {
      digitalSourceLoss(image.digitalSourceType(), "/leadImage/digitalSourceType", losses);
    }
  }

  private static void imageObject(JsonGenerator json, Image image, ImageChoice.Candidate candidate, Losses losses) {
    json.writeStartObject();
    json.writeStringProperty("@type", "ImageObject");
    json.writeStringProperty("url", candidate.url());
    json.writeStringProperty("contentUrl", candidate.url());
    if (candidate.width() != null) {
      json.writeNumberProperty("width", candidate.width());
    }
    if (candidate.height() != null) {
      json.writeNumberProperty("height", candidate.height());
    }
    optional(json, "encodingFormat", candidate.mediaType());
    optional(json, "caption", image.caption());
    Credit credit = image.credit();
    if (credit != null) {
      json.writeStringProperty("creditText", credit.line());
      if (credit.name() != null || credit.organization() != null) {
        json.writeName("creator");
        json.writeStartArray();
        party(json, credit);
        json.writeEndArray();
      }
    }
    rights(json, image.rights(), credit);
    if (image.digitalSourceType() != null) {
      String member = schemaOrgSource(image.digitalSourceType());
      if (member != null) {
        json.writeStringProperty("digitalSourceType", member);
      }
    }
    json.writeEndObject();
  }

  /** Writes copyright and licence: the rights' own, else the credit's. */
  private static void rights(JsonGenerator json, @Nullable Rights rights, @Nullable Credit credit) {
    String notice = rights != null && rights.copyrightNotice() != null ? rights.copyrightNotice()
        : credit != null ? credit.copyrightNotice() : null;
    String license = rights != null && rights.license() != null ? rights.license()
        : credit != null ? credit.license() : null;
    optional(json, "copyrightNotice", notice);
    optional(json, "license", license);
    if (rights != null) {
      optional(json, "acquireLicensePage", rights.acquireLicensePage());
      if (rights.copyrightHolder() != null) {
        json.writeName("copyrightHolder");
        json.writeStartObject();
        json.writeStringProperty("@type", "Organization");
        json.writeStringProperty("name", rights.copyrightHolder());
        json.writeEndObject();
      }
    }
  }

  private static void rightsLosses(Rights rights, @Nullable Credit credit, String pointer, Losses losses) {
    if (rights.copyrightHolder() != null) {
      losses.guessed(pointer + "/rights/copyrightHolder", "written as an organization: the content does not say which");
    }
    if (rights.usageTerms() != null) {
      losses.dropped(pointer + "/rights/usageTerms", "schema.org's usageInfo is a url, not terms");
    }
    if (credit != null && credit.copyrightNotice() != null && rights.copyrightNotice() != null) {
      losses.dropped(pointer + "/credit/copyrightNotice", "the rights' copyright notice is written instead");
    }
    if (credit != null && credit.license() != null && rights.license() != null) {
      losses.dropped(pointer + "/credit/license", "the rights' license is written instead");
    }
  }

  /**
   * Returns schema.org's member of IPTCDigitalSourceEnumeration for an IPTC digital source type,
   * such as {@code https://schema.org/TrainedAlgorithmicMediaDigitalSource}, or null for a URI that
   * is not one of IPTC's codes.
   */
  private static @Nullable String schemaOrgSource(DigitalSourceType type) {
    if (!type.uri().startsWith(DigitalSourceType.IPTC_NEWSCODES)) {
      return null;
    }
    String code = type.uri().substring(DigitalSourceType.IPTC_NEWSCODES.length());
    if (!IPTC_SOURCES.contains(code)) {
      return null;
    }
    return "https://schema.org/" + Character.toUpperCase(code.charAt(0)) + code.substring(1) + "DigitalSource";
  }

  private static void digitalSourceLoss(DigitalSourceType type, String pointer, Losses losses) {
    if (schemaOrgSource(type) == null) {
      losses.dropped(pointer, "not one of IPTC's digital source types, which schema.org names");
    } else {
      losses.changed(pointer, "written as schema.org's member of IPTCDigitalSourceEnumeration");
    }
  }

  private static void subjects(JsonGenerator json, List<Subject> subjects) {
    if (subjects.isEmpty()) {
      return;
    }
    json.writeName("about");
    json.writeStartArray();
    for (Subject subject : subjects) {
      json.writeStartObject();
      json.writeStringProperty("@type", "Thing");
      json.writeStringProperty("name", subject.name());
      optional(json, "sameAs", subject.uri());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void corrections(JsonGenerator json, List<Correction> corrections) {
    if (corrections.isEmpty()) {
      return;
    }
    json.writeName("correction");
    json.writeStartArray();
    for (Correction correction : corrections) {
      json.writeStartObject();
      json.writeStringProperty("@type", "CorrectionComment");
      json.writeStringProperty("text", correction.text());
      json.writeStringProperty("datePublished", correction.publishedAt().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
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
