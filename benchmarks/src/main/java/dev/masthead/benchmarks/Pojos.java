package dev.masthead.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the mutable getter-and-setter classes an application writes today instead of
 * using Masthead, shaped like the wire format so that plain Jackson data binding reads Masthead's
 * JSON and writes equivalent JSON.
 *
 * <p>They are what such code usually is, no better and no worse: no validation, no defensive
 * copies, Jackson annotations only where the wire format needs them (the block {@code type}, lower
 * case enums, absent values omitted). Their speed is the speed Masthead has to match.
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
    WITHDRAWN
  }

  /** Whether an author is a person or an organization. */
  public enum AuthorKind {
    @JsonProperty("person")
    PERSON,
    @JsonProperty("organization")
    ORGANIZATION
  }

  /** How urgent a ticker item is. */
  public enum TickerPriority {
    @JsonProperty("breaking")
    BREAKING,
    @JsonProperty("urgent")
    URGENT,
    @JsonProperty("normal")
    NORMAL
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
  public abstract static class Block {}

  /** A divider between parts of the body; it has nothing but its type. */
  public static final class Divider extends Block {}

  /** An article. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
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

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getSlug() {
      return slug;
    }

    public void setSlug(String slug) {
      this.slug = slug;
    }

    public String getKicker() {
      return kicker;
    }

    public void setKicker(String kicker) {
      this.kicker = kicker;
    }

    public String getHeadline() {
      return headline;
    }

    public void setHeadline(String headline) {
      this.headline = headline;
    }

    public String getSubheadline() {
      return subheadline;
    }

    public void setSubheadline(String subheadline) {
      this.subheadline = subheadline;
    }

    public String getSummary() {
      return summary;
    }

    public void setSummary(String summary) {
      this.summary = summary;
    }

    public List<Block> getBody() {
      return body;
    }

    public void setBody(List<Block> body) {
      this.body = body;
    }

    public List<Author> getAuthors() {
      return authors;
    }

    public void setAuthors(List<Author> authors) {
      this.authors = authors;
    }

    public List<Credit> getCredits() {
      return credits;
    }

    public void setCredits(List<Credit> credits) {
      this.credits = credits;
    }

    public Image getLeadImage() {
      return leadImage;
    }

    public void setLeadImage(Image leadImage) {
      this.leadImage = leadImage;
    }

    public String getSection() {
      return section;
    }

    public void setSection(String section) {
      this.section = section;
    }

    public List<String> getTags() {
      return tags;
    }

    public void setTags(List<String> tags) {
      this.tags = tags;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public String getDateline() {
      return dateline;
    }

    public void setDateline(String dateline) {
      this.dateline = dateline;
    }

    public ArticleStatus getStatus() {
      return status;
    }

    public void setStatus(ArticleStatus status) {
      this.status = status;
    }

    public Instant getPublishedAt() {
      return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
    }

    public Instant getUpdatedAt() {
      return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
    }

    public Instant getEmbargoedUntil() {
      return embargoedUntil;
    }

    public void setEmbargoedUntil(Instant embargoedUntil) {
      this.embargoedUntil = embargoedUntil;
    }

    public Instant getExpiresAt() {
      return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
    }

    public String getCanonicalUrl() {
      return canonicalUrl;
    }

    public void setCanonicalUrl(String canonicalUrl) {
      this.canonicalUrl = canonicalUrl;
    }
  }

  /** A paragraph. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Paragraph extends Block {
    private String text;
    private List<Link> links = new ArrayList<>();

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public List<Link> getLinks() {
      return links;
    }

    public void setLinks(List<Link> links) {
      this.links = links;
    }
  }

  /** A link over a range of a paragraph's text. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Link {
    private int start;
    private int end;
    private String href;

    public int getStart() {
      return start;
    }

    public void setStart(int start) {
      this.start = start;
    }

    public int getEnd() {
      return end;
    }

    public void setEnd(int end) {
      this.end = end;
    }

    public String getHref() {
      return href;
    }

    public void setHref(String href) {
      this.href = href;
    }
  }

  /** A heading. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Heading extends Block {
    private int level;
    private String text;

    public int getLevel() {
      return level;
    }

    public void setLevel(int level) {
      this.level = level;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** A quote. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Quote extends Block {
    private String text;
    private String attribution;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getAttribution() {
      return attribution;
    }

    public void setAttribution(String attribution) {
      this.attribution = attribution;
    }
  }

  /** A list. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class ListBlock extends Block {
    private boolean ordered;
    private List<String> items = new ArrayList<>();

    public boolean isOrdered() {
      return ordered;
    }

    public void setOrdered(boolean ordered) {
      this.ordered = ordered;
    }

    public List<String> getItems() {
      return items;
    }

    public void setItems(List<String> items) {
      this.items = items;
    }
  }

  /** An image in the body. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class ImageBlock extends Block {
    private Image image;

    public Image getImage() {
      return image;
    }

    public void setImage(Image image) {
      this.image = image;
    }
  }

  /** An author. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
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

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getSlug() {
      return slug;
    }

    public void setSlug(String slug) {
      this.slug = slug;
    }

    public AuthorKind getKind() {
      return kind;
    }

    public void setKind(AuthorKind kind) {
      this.kind = kind;
    }

    public String getBio() {
      return bio;
    }

    public void setBio(String bio) {
      this.bio = bio;
    }

    public String getJobTitle() {
      return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
      this.jobTitle = jobTitle;
    }

    public Integer getArticleCount() {
      return articleCount;
    }

    public void setArticleCount(Integer articleCount) {
      this.articleCount = articleCount;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getAvatarUrl() {
      return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
      this.avatarUrl = avatarUrl;
    }

    public List<String> getSameAs() {
      return sameAs;
    }

    public void setSameAs(List<String> sameAs) {
      this.sameAs = sameAs;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  /** A credit. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Credit {
    private String role;
    private String name;
    private String organization;
    private String text;
    private String copyrightNotice;
    private String license;

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getOrganization() {
      return organization;
    }

    public void setOrganization(String organization) {
      this.organization = organization;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getCopyrightNotice() {
      return copyrightNotice;
    }

    public void setCopyrightNotice(String copyrightNotice) {
      this.copyrightNotice = copyrightNotice;
    }

    public String getLicense() {
      return license;
    }

    public void setLicense(String license) {
      this.license = license;
    }
  }

  /** An image. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Image {
    private String url;
    private String altText;
    private String caption;
    private Integer width;
    private Integer height;
    private Credit credit;

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getAltText() {
      return altText;
    }

    public void setAltText(String altText) {
      this.altText = altText;
    }

    public String getCaption() {
      return caption;
    }

    public void setCaption(String caption) {
      this.caption = caption;
    }

    public Integer getWidth() {
      return width;
    }

    public void setWidth(Integer width) {
      this.width = width;
    }

    public Integer getHeight() {
      return height;
    }

    public void setHeight(Integer height) {
      this.height = height;
    }

    public Credit getCredit() {
      return credit;
    }

    public void setCredit(Credit credit) {
      this.credit = credit;
    }
  }

  /** A ticker. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class Ticker {
    private String id;
    private String label;
    private List<TickerItem> items = new ArrayList<>();
    private Instant updatedAt;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public List<TickerItem> getItems() {
      return items;
    }

    public void setItems(List<TickerItem> items) {
      this.items = items;
    }

    public Instant getUpdatedAt() {
      return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
    }
  }

  /** A ticker item. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static final class TickerItem {
    private String id;
    private String headline;
    private String url;
    private String articleId;
    private TickerPriority priority;
    private Instant publishedAt;
    private Instant expiresAt;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getHeadline() {
      return headline;
    }

    public void setHeadline(String headline) {
      this.headline = headline;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getArticleId() {
      return articleId;
    }

    public void setArticleId(String articleId) {
      this.articleId = articleId;
    }

    public TickerPriority getPriority() {
      return priority;
    }

    public void setPriority(TickerPriority priority) {
      this.priority = priority;
    }

    public Instant getPublishedAt() {
      return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
    }

    public Instant getExpiresAt() {
      return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
    }
  }
}
