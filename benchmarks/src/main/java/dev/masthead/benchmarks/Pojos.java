package dev.masthead.benchmarks;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JavaTimeConverter;
import com.dslplatform.json.JsonAttribute;
import com.dslplatform.json.JsonConverter;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonValue;
import com.dslplatform.json.JsonWriter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baseline: the mutable getter-and-setter classes an application writes today instead of
 * using Masthead, shaped like the wire format so that plain Jackson data binding reads Masthead's
 * JSON and writes equivalent JSON.
 *
 * <p>They are what such code usually is, no better and no worse: no validation, no defensive
 * copies, Jackson annotations only where the wire format needs them (the block {@code type}, lower
 * case enums, absent values omitted). Their speed is the speed Masthead has to match.
 *
 * <p>The same classes carry DSL-JSON's annotations beside Jackson's, so that DSL-JSON's annotation
 * processor compiles converters for them: {@code @CompiledJson} with the minimal object format
 * (absent and empty values omitted, as Jackson's {@code NON_EMPTY} does), the block {@code type} as
 * its discriminator, and {@link InstantConverter} for timestamps, which DSL-JSON has no converter
 * for. The enums give DSL-JSON their wire names through its {@code @JsonValue}. Numbers that
 * the wire format always carries ({@code start}, {@code end}, {@code level}, {@code ordered}) are
 * marked to be written even when zero or false.
 */
public final class Pojos {
  private Pojos() {}

  /** The editorial status. */
  public enum ArticleStatus {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("published")
    PUBLISHED,
    @JsonProperty("withdrawn")
    WITHDRAWN;

    /**
     * The wire name, for DSL-JSON, which does not read Jackson's names of constants.
     *
     * @return the lower-case name
     */
    @JsonValue
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether an author is a person or an organization. */
  public enum AuthorKind {
    @JsonProperty("person")
    PERSON,
    @JsonProperty("organization")
    ORGANIZATION;

    /**
     * The wire name, for DSL-JSON, which does not read Jackson's names of constants.
     *
     * @return the lower-case name
     */
    @JsonValue
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How urgent a ticker item is. */
  public enum TickerPriority {
    @JsonProperty("breaking")
    BREAKING,
    @JsonProperty("urgent")
    URGENT,
    @JsonProperty("normal")
    NORMAL;

    /**
     * The wire name, for DSL-JSON, which does not read Jackson's names of constants.
     *
     * @return the lower-case name
     */
    @JsonValue
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A body block, its kind named by the {@code type} property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Quote.class, name = "quote"),
    @JsonSubTypes.Type(value = ListBlock.class, name = "list"),
    @JsonSubTypes.Type(value = ImageBlock.class, name = "image"),
    @JsonSubTypes.Type(value = Divider.class, name = "divider")
  })
  @CompiledJson(discriminator = "type")
  public abstract static class Block {}

  /** A divider between parts of the body; it has nothing but its type. */
  @CompiledJson(name = "divider")
  public static final class Divider extends Block {}

  /** An article. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Article {
    private String id;
    private String slug;
    private String kicker;
    private String headline;
    private String subheadline;
    private String summary;
    private List<Block> body = new ArrayList<>();
    private List<Author> authors = new ArrayList<>();
    private List<Credit> credits = new ArrayList<>();
    private Image leadImage;
    private String section;
    private List<String> tags = new ArrayList<>();
    private String language;
    private String dateline;
    private ArticleStatus status;
    private Instant publishedAt;
    private Instant updatedAt;
    private Instant embargoedUntil;
    private Instant expiresAt;
    private String canonicalUrl;

    @JsonAttribute(index = 1)
    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    @JsonAttribute(index = 2)
    public String getSlug() {
      return slug;
    }

    public void setSlug(String slug) {
      this.slug = slug;
    }

    @JsonAttribute(index = 3)
    public String getKicker() {
      return kicker;
    }

    public void setKicker(String kicker) {
      this.kicker = kicker;
    }

    @JsonAttribute(index = 4)
    public String getHeadline() {
      return headline;
    }

    public void setHeadline(String headline) {
      this.headline = headline;
    }

    @JsonAttribute(index = 5)
    public String getSubheadline() {
      return subheadline;
    }

    public void setSubheadline(String subheadline) {
      this.subheadline = subheadline;
    }

    @JsonAttribute(index = 6)
    public String getSummary() {
      return summary;
    }

    public void setSummary(String summary) {
      this.summary = summary;
    }

    @JsonAttribute(index = 7, nullable = false)
    public List<Block> getBody() {
      return body;
    }

    public void setBody(List<Block> body) {
      this.body = body;
    }

    @JsonAttribute(index = 8, nullable = false)
    public List<Author> getAuthors() {
      return authors;
    }

    public void setAuthors(List<Author> authors) {
      this.authors = authors;
    }

    @JsonAttribute(index = 9, nullable = false)
    public List<Credit> getCredits() {
      return credits;
    }

    public void setCredits(List<Credit> credits) {
      this.credits = credits;
    }

    @JsonAttribute(index = 10)
    public Image getLeadImage() {
      return leadImage;
    }

    public void setLeadImage(Image leadImage) {
      this.leadImage = leadImage;
    }

    @JsonAttribute(index = 11)
    public String getSection() {
      return section;
    }

    public void setSection(String section) {
      this.section = section;
    }

    @JsonAttribute(index = 12, nullable = false)
    public List<String> getTags() {
      return tags;
    }

    public void setTags(List<String> tags) {
      this.tags = tags;
    }

    @JsonAttribute(index = 13)
    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    @JsonAttribute(index = 14)
    public String getDateline() {
      return dateline;
    }

    public void setDateline(String dateline) {
      this.dateline = dateline;
    }

    @JsonAttribute(index = 15)
    public ArticleStatus getStatus() {
      return status;
    }

    public void setStatus(ArticleStatus status) {
      this.status = status;
    }

    @JsonAttribute(index = 16)
    public Instant getPublishedAt() {
      return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
    }

    @JsonAttribute(index = 17)
    public Instant getUpdatedAt() {
      return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
    }

    @JsonAttribute(index = 18)
    public Instant getEmbargoedUntil() {
      return embargoedUntil;
    }

    public void setEmbargoedUntil(Instant embargoedUntil) {
      this.embargoedUntil = embargoedUntil;
    }

    @JsonAttribute(index = 19)
    public Instant getExpiresAt() {
      return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
    }

    @JsonAttribute(index = 20)
    public String getCanonicalUrl() {
      return canonicalUrl;
    }

    public void setCanonicalUrl(String canonicalUrl) {
      this.canonicalUrl = canonicalUrl;
    }
  }

  /** A paragraph. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(name = "paragraph", objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Paragraph extends Block {
    private String text;
    private List<Link> links = new ArrayList<>();

    @JsonAttribute(index = 1)
    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    @JsonAttribute(index = 2, nullable = false)
    public List<Link> getLinks() {
      return links;
    }

    public void setLinks(List<Link> links) {
      this.links = links;
    }
  }

  /** A link over a range of a paragraph's text. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Link {
    private int start;
    private int end;
    private String href;

    @JsonAttribute(index = 1, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
    public int getStart() {
      return start;
    }

    public void setStart(int start) {
      this.start = start;
    }

    @JsonAttribute(index = 2, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
    public int getEnd() {
      return end;
    }

    public void setEnd(int end) {
      this.end = end;
    }

    @JsonAttribute(index = 3)
    public String getHref() {
      return href;
    }

    public void setHref(String href) {
      this.href = href;
    }
  }

  /** A heading. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(name = "heading", objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Heading extends Block {
    private int level;
    private String text;

    @JsonAttribute(index = 1, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
    public int getLevel() {
      return level;
    }

    public void setLevel(int level) {
      this.level = level;
    }

    @JsonAttribute(index = 2)
    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** A quote. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(name = "quote", objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Quote extends Block {
    private String text;
    private String attribution;

    @JsonAttribute(index = 1)
    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    @JsonAttribute(index = 2)
    public String getAttribution() {
      return attribution;
    }

    public void setAttribution(String attribution) {
      this.attribution = attribution;
    }
  }

  /** A list. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(name = "list", objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class ListBlock extends Block {
    private boolean ordered;
    private List<String> items = new ArrayList<>();

    @JsonAttribute(index = 1, includeToMinimal = JsonAttribute.IncludePolicy.ALWAYS)
    public boolean isOrdered() {
      return ordered;
    }

    public void setOrdered(boolean ordered) {
      this.ordered = ordered;
    }

    @JsonAttribute(index = 2, nullable = false)
    public List<String> getItems() {
      return items;
    }

    public void setItems(List<String> items) {
      this.items = items;
    }
  }

  /** An image in the body. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(name = "image", objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class ImageBlock extends Block {
    private Image image;

    @JsonAttribute(index = 1)
    public Image getImage() {
      return image;
    }

    public void setImage(Image image) {
      this.image = image;
    }
  }

  /** An author. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Author {
    private String name;
    private String slug;
    private AuthorKind kind;
    private String bio;
    private String jobTitle;
    private Integer articleCount;
    private String url;
    private String avatarUrl;
    private List<String> sameAs = new ArrayList<>();
    private String email;

    @JsonAttribute(index = 1)
    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    @JsonAttribute(index = 2)
    public String getSlug() {
      return slug;
    }

    public void setSlug(String slug) {
      this.slug = slug;
    }

    @JsonAttribute(index = 3)
    public AuthorKind getKind() {
      return kind;
    }

    public void setKind(AuthorKind kind) {
      this.kind = kind;
    }

    @JsonAttribute(index = 4)
    public String getBio() {
      return bio;
    }

    public void setBio(String bio) {
      this.bio = bio;
    }

    @JsonAttribute(index = 5)
    public String getJobTitle() {
      return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
      this.jobTitle = jobTitle;
    }

    @JsonAttribute(index = 6)
    public Integer getArticleCount() {
      return articleCount;
    }

    public void setArticleCount(Integer articleCount) {
      this.articleCount = articleCount;
    }

    @JsonAttribute(index = 7)
    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    @JsonAttribute(index = 8)
    public String getAvatarUrl() {
      return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
      this.avatarUrl = avatarUrl;
    }

    @JsonAttribute(index = 9, nullable = false)
    public List<String> getSameAs() {
      return sameAs;
    }

    public void setSameAs(List<String> sameAs) {
      this.sameAs = sameAs;
    }

    @JsonAttribute(index = 10)
    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  /** A credit. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Credit {
    private String role;
    private String name;
    private String organization;
    private String text;
    private String copyrightNotice;
    private String license;

    @JsonAttribute(index = 1)
    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    @JsonAttribute(index = 2)
    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    @JsonAttribute(index = 3)
    public String getOrganization() {
      return organization;
    }

    public void setOrganization(String organization) {
      this.organization = organization;
    }

    @JsonAttribute(index = 4)
    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    @JsonAttribute(index = 5)
    public String getCopyrightNotice() {
      return copyrightNotice;
    }

    public void setCopyrightNotice(String copyrightNotice) {
      this.copyrightNotice = copyrightNotice;
    }

    @JsonAttribute(index = 6)
    public String getLicense() {
      return license;
    }

    public void setLicense(String license) {
      this.license = license;
    }
  }

  /** An image. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Image {
    private String url;
    private String altText;
    private String caption;
    private Integer width;
    private Integer height;
    private Credit credit;

    @JsonAttribute(index = 1)
    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    @JsonAttribute(index = 2)
    public String getAltText() {
      return altText;
    }

    public void setAltText(String altText) {
      this.altText = altText;
    }

    @JsonAttribute(index = 3)
    public String getCaption() {
      return caption;
    }

    public void setCaption(String caption) {
      this.caption = caption;
    }

    @JsonAttribute(index = 4)
    public Integer getWidth() {
      return width;
    }

    public void setWidth(Integer width) {
      this.width = width;
    }

    @JsonAttribute(index = 5)
    public Integer getHeight() {
      return height;
    }

    public void setHeight(Integer height) {
      this.height = height;
    }

    @JsonAttribute(index = 6)
    public Credit getCredit() {
      return credit;
    }

    public void setCredit(Credit credit) {
      this.credit = credit;
    }
  }

  /** A ticker. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class Ticker {
    private String id;
    private String label;
    private List<TickerItem> items = new ArrayList<>();
    private Instant updatedAt;

    @JsonAttribute(index = 1)
    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    @JsonAttribute(index = 2)
    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    @JsonAttribute(index = 3, nullable = false)
    public List<TickerItem> getItems() {
      return items;
    }

    public void setItems(List<TickerItem> items) {
      this.items = items;
    }

    @JsonAttribute(index = 4)
    public Instant getUpdatedAt() {
      return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
    }
  }

  /** A ticker item. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CompiledJson(objectFormatPolicy = CompiledJson.ObjectFormatPolicy.MINIMAL)
  public static final class TickerItem {
    private String id;
    private String headline;
    private String url;
    private String articleId;
    private TickerPriority priority;
    private Instant publishedAt;
    private Instant expiresAt;

    @JsonAttribute(index = 1)
    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    @JsonAttribute(index = 2)
    public String getHeadline() {
      return headline;
    }

    public void setHeadline(String headline) {
      this.headline = headline;
    }

    @JsonAttribute(index = 3)
    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    @JsonAttribute(index = 4)
    public String getArticleId() {
      return articleId;
    }

    public void setArticleId(String articleId) {
      this.articleId = articleId;
    }

    @JsonAttribute(index = 5)
    public TickerPriority getPriority() {
      return priority;
    }

    public void setPriority(TickerPriority priority) {
      this.priority = priority;
    }

    @JsonAttribute(index = 6)
    public Instant getPublishedAt() {
      return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
    }

    @JsonAttribute(index = 7)
    public Instant getExpiresAt() {
      return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
    }
  }

  /**
   * DSL-JSON's converter for {@link Instant}, which it has none of: RFC 3339 text in, read with
   * DSL-JSON's own date-time parser, and {@link Instant#toString()} out, as Masthead writes it.
   */
  @JsonConverter(target = Instant.class)
  public abstract static class InstantConverter {
    private InstantConverter() {}

    /**
     * Reads a timestamp.
     *
     * @param reader positioned on the value
     * @return the instant, or null for a JSON null
     * @throws java.io.IOException if the value is not an RFC 3339 timestamp
     */
    public static Instant read(JsonReader<?> reader) throws java.io.IOException {
      return reader.wasNull() ? null : JavaTimeConverter.DATE_TIME_READER.read(reader).toInstant();
    }

    /**
     * Writes a timestamp.
     *
     * @param writer the writer
     * @param value the instant, or null
     */
    public static void write(JsonWriter writer, Instant value) {
      if (value == null) {
        writer.writeNull();
        return;
      }
      writer.writeByte(JsonWriter.QUOTE);
      writer.writeAscii(value.toString());
      writer.writeByte(JsonWriter.QUOTE);
    }
  }
}
