package dev.masthead.syndication;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Instant;
import java.util.List;

/** Content the tests share, written for them. */
final class Fixtures {
  static final Instant PUBLISHED = Instant.parse("2024-05-01T10:00:00Z");
  static final Instant UPDATED = Instant.parse("2024-05-01T12:30:00Z");

  private Fixtures() {}

  /** An article with every part the current model has. */
  static Article budget() {
    return Article.builder()
        .id("art-2024-000123")
        .slug("city-council-approves-budget")
        .kicker("Local politics")
        .headline("City council approves 2025 budget")
        .subheadline("Spending rises by 4% after a late-night vote")
        .summary("The council voted 7-2 for a budget that funds two new libraries.")
        .addBlock(Paragraph.of("The council voted on Tuesday.", Link.of(4, 11, "https://news.example.com/council")))
        .addBlock(Heading.of(2, "What changes"))
        .addBlock(Paragraph.of("Bus fares stay the same."))
        .addAuthor(Author.builder("Jane Doe", "jane-doe")
            .url("https://news.example.com/authors/jane-doe")
            .addSameAs("https://social.example.org/@janedoe")
            .jobTitle("City hall reporter")
            .avatarUrl("https://cdn.example.com/authors/jane-doe.jpg")
            .email("jane@example.com")
            .articleCount(412)
            .build())
        .addAuthor(Author.builder("Example Wire", "example-wire").kind(AuthorKind.ORGANIZATION).build())
        .addCredit(Credit.of(Credit.ADDITIONAL_REPORTING, "Sam Lee", null))
        .addCredit(Credit.of(Credit.EDITING, "Ann Editor", "Example News"))
        .leadImage(Image.builder()
            .url("https://cdn.example.com/img/council.jpg")
            .altText("Council members raise their hands")
            .caption("The vote on Tuesday night")
            .width(1600)
            .height(900)
            .credit(Credit.builder(Credit.PHOTO).name("A. Smith").organization("Example Agency")
                .copyrightNotice("© 2024 Example Agency").license("https://agency.example.com/license").build())
            .build())
        .section("politics")
        .tags("budget", "council")
        .language("en-GB")
        .dateline("RIVERTON")
        .publishedAt(PUBLISHED)
        .updatedAt(UPDATED)
        .expiresAt(Instant.parse("2025-05-01T10:00:00Z"))
        .canonicalUrl("https://news.example.com/politics/budget")
        .build();
  }

  /** The full article with renditions, rights, subjects, a URI, a digital source type and a correction. */
  static Article withModelAdditions() {
    Article base = budget();
    Image image = base.leadImage().toBuilder()
        .addRendition(Rendition.of("https://cdn.example.com/img/council-small-4x3.jpg", 400, 300))
        .addRendition(Rendition.of("https://cdn.example.com/img/council-4x3.jpg", 1200, 900, "image/jpeg"))
        .addRendition(Rendition.of("https://cdn.example.com/img/council-1x1.jpg", 800, 800, "image/jpeg"))
        .addRendition(Rendition.of("https://cdn.example.com/img/council-wide.jpg", 1920, 1080, "image/jpeg"))
        .addRendition(Rendition.of("https://cdn.example.com/img/council-thumb.jpg", 200, 200, "image/jpeg"))
        .rights(Rights.builder().copyrightNotice("© 2024 Example Agency, all rights reserved")
            .acquireLicensePage("https://agency.example.com/buy").build())
        .digitalSourceType(DigitalSourceType.DIGITAL_CAPTURE)
        .build();
    return base.toBuilder()
        .leadImage(image)
        .uri("urn:newsml:example.com:20240501:budget")
        .addSubject(Subject.of("Budgets", "http://cv.iptc.org/newscodes/mediatopic/20000349"))
        .addSubject(Subject.of("Riverton"))
        .rights(Rights.builder().copyrightHolder("Example News").copyrightNotice("© 2024 Example News")
            .license("https://news.example.com/license").usageTerms("Not for resale").build())
        .digitalSourceType(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
        .addCorrection(Correction.of("An earlier version gave the wrong vote count.", UPDATED))
        .build();
  }

  /** Shaped like the real page Masthead was made for: no date, an image without url, an author without url. */
  static Article seed() {
    return Article.builder()
        .id("us-sends-arms-against-iran-threat-in-syria")
        .slug("us-sends-arms-against-iran-threat-in-syria")
        .headline("U.S. Sends Arms Against Iran Threat in Syria")
        .addBlock(Paragraph.of("The United States has sent arms to its allies in Syria."))
        .addAuthor(Author.builder("Siavosh Hosseini", "siavosh-hosseini").bio("My background is in the visual arts.")
            .articleCount(352).build())
        .leadImage(Image.builder().build())
        .language("en")
        .build();
  }

  /** A ticker with an expired, an urgent and a breaking item. */
  static Ticker ticker() {
    return Ticker.of("home", "News Ticker", List.of(
        TickerItem.builder("t1", "Council approves budget", PUBLISHED)
            .url("https://news.example.com/politics/budget").articleId("art-2024-000123")
            .priority(TickerPriority.BREAKING).expiresAt(Instant.parse("2024-05-01T18:00:00Z")).build(),
        TickerItem.builder("t2", "Storm warning for the coast", Instant.parse("2024-05-01T11:00:00Z"))
            .url("https://news.example.com/weather/storm").priority(TickerPriority.URGENT).build(),
        TickerItem.builder("t3", "Market moves to Saturdays", Instant.parse("2024-05-01T07:00:00Z"))
            .expiresAt(Instant.parse("2024-05-01T09:00:00Z")).build(),
        TickerItem.builder("t4", "Library opens late on Thursdays", Instant.parse("2024-05-01T09:30:00Z")).build()),
        null);
  }
}
