package dev.masthead.model;

import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shared test content: a complete, publishable article built through the public API, and copies of
 * it changed through the canonical constructors, which check nothing, so that a test can hold
 * content that is not well-formed and see what the validator says about it.
 */
public final class Fixtures {
  /** When the fixture article was published. */
  public static final Instant PUBLISHED_AT = Instant.parse("2024-05-01T10:00:00Z");

  private Fixtures() {}

  /** Returns a photo credit naming a person and an agency. */
  public static Credit photoCredit() {
    return Credit.of(Credit.PHOTO, "A. Smith", "Example Agency");
  }

  /** Returns a lead image with every part a publishable article needs. */
  public static Image leadImage() {
    return Image.builder()
        .url("https://cdn.example.com/img/council.jpg")
        .altText("Councillors raise their hands in the council chamber")
        .caption("The vote on Tuesday.")
        .width(1200)
        .height(800)
        .credit(photoCredit())
        .build();
  }

  /** Returns a person author with a page. */
  public static Author janeDoe() {
    return Author.builder("Jane Doe", "jane-doe")
        .articleCount(412)
        .url("https://news.example.com/authors/jane-doe")
        .build();
  }

  /** Returns a complete article: well-formed and publishable. */
  public static Article article() {
    return Article.builder()
        .id("art-2024-000123")
        .slug("city-council-approves-budget")
        .headline("City council approves 2025 budget")
        .language("en-GB")
        .section("politics")
        .tags("budget")
        .addBlock(Paragraph.of("The council voted on Tuesday."))
        .addAuthor(janeDoe())
        .leadImage(leadImage())
        .publishedAt(PUBLISHED_AT)
        .canonicalUrl("https://news.example.com/politics/budget")
        .build();
  }

  /**
   * Returns the fixture article with {@code change} applied to its parts, made with the canonical
   * constructor: nothing is checked.
   */
  public static Article article(Consumer<ArticleParts> change) {
    ArticleParts parts = new ArticleParts(article());
    change.accept(parts);
    return parts.toArticle();
  }

  /** Returns the fixture author with {@code change} applied, made with the canonical constructor. */
  public static Author author(Consumer<AuthorParts> change) {
    AuthorParts parts = new AuthorParts(janeDoe());
    change.accept(parts);
    return parts.toAuthor();
  }

  /** Returns the fixture article with {@code author} as its only author, unchecked. */
  public static Article articleBy(Author author) {
    return article(a -> a.authors = List.of(author));
  }

  /** Returns the fixture article with {@code blocks} as its body, unchecked. */
  public static Article articleWith(Block... blocks) {
    return article(a -> a.body = List.of(blocks));
  }

  /** Returns a ticker item, unchecked. */
  public static TickerItem item(String id, TickerPriority priority, Instant publishedAt) {
    return new TickerItem(id, "Headline " + id, null, null, priority, publishedAt, null);
  }

  /** Returns the well-formed-level violations of {@code value}. */
  public static List<Violation> violations(Object value) {
    return MastheadValidator.standard().validate(value);
  }

  /** Returns the publishable-level violations of {@code value}. */
  public static List<Violation> publishingViolations(Object value) {
    return MastheadValidator.standard().validatePublishable(value);
  }

  /** Returns {@code count} copies of the code point {@code codePoint}. */
  public static String repeat(int codePoint, int count) {
    return Character.toString(codePoint).repeat(count);
  }

  /** The components of an {@link Article}, to change one before calling the constructor. */
  public static final class ArticleParts {
    public String id;
    public String slug;
    public String kicker;
    public String headline;
    public String subheadline;
    public String summary;
    public List<Block> body;
    public List<Author> authors;
    public List<Credit> credits;
    public Image leadImage;
    public String section;
    public List<String> tags;
    public String language;
    public String dateline;
    public ArticleStatus status;
    public Instant publishedAt;
    public Instant updatedAt;
    public Instant embargoedUntil;
    public Instant expiresAt;
    public String canonicalUrl;
    public String uri;
    public List<Subject> subjects;
    public Rights rights;
    public DigitalSourceType digitalSourceType;
    public List<Correction> corrections;

    ArticleParts(Article article) {
      id = article.id();
      slug = article.slug();
      kicker = article.kicker();
      headline = article.headline();
      subheadline = article.subheadline();
      summary = article.summary();
      body = new ArrayList<>(article.body());
      authors = new ArrayList<>(article.authors());
      credits = new ArrayList<>(article.credits());
      leadImage = article.leadImage();
      section = article.section();
      tags = new ArrayList<>(article.tags());
      language = article.language();
      dateline = article.dateline();
      status = article.status();
      publishedAt = article.publishedAt();
      updatedAt = article.updatedAt();
      embargoedUntil = article.embargoedUntil();
      expiresAt = article.expiresAt();
      canonicalUrl = article.canonicalUrl();
      uri = article.uri();
      subjects = new ArrayList<>(article.subjects());
      rights = article.rights();
      digitalSourceType = article.digitalSourceType();
      corrections = new ArrayList<>(article.corrections());
    }

    Article toArticle() {
      return new Article(
          id, slug, kicker, headline, subheadline, summary, body, authors, credits, leadImage, section,
          tags, language, dateline, status, publishedAt, updatedAt, embargoedUntil, expiresAt,
          canonicalUrl, uri, subjects, rights, digitalSourceType, corrections);
    }
  }

  /** The components of an {@link Author}, to change one before calling the constructor. */
  public static final class AuthorParts {
    public String name;
    public String slug;
    public AuthorKind kind;
    public String bio;
    public String jobTitle;
    public Integer articleCount;
    public String url;
    public String avatarUrl;
    public List<String> sameAs;
    public String email;

    AuthorParts(Author author) {
      name = author.name();
      slug = author.slug();
      kind = author.kind();
      bio = author.bio();
      jobTitle = author.jobTitle();
      articleCount = author.articleCount();
      url = author.url();
      avatarUrl = author.avatarUrl();
      sameAs = new ArrayList<>(author.sameAs());
      email = author.email();
    }

    Author toAuthor() {
      return new Author(name, slug, kind, bio, jobTitle, articleCount, url, avatarUrl, sameAs, email);
    }
  }
}
