package dev.masthead.benchmarks;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.Block;
import dev.masthead.model.Credit;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The content every benchmark measures, built once with the Masthead builders so that each variant
 * (Masthead, Jackson POJOs, hand-written streaming) reads and writes the same article.
 *
 * <p>The article is what a newsroom publishes every day rather than a toy: about 10 KB of JSON,
 * ten paragraphs of prose with quotes, links and non-ASCII text (German, Persian, Chinese, curly
 * quotes, dashes), two authors, credits, a credited lead image, every timestamp set and every
 * block kind once. A document much smaller would measure per-call overhead; much larger, string
 * copying. {@link #articleJson()} checks the size so that an edit to the prose cannot silently
 * move the benchmarks to another regime.
 */
public final class Documents {
  /** The smallest compact JSON of {@link #article()} allowed, in bytes. */
  static final int MIN_BYTES = 9_000;

  /** The largest compact JSON of {@link #article()} allowed, in bytes. */
  static final int MAX_BYTES = 11_000;

  /** The class path resource holding {@link #articleJson()}, for the first-use benchmarks. */
  static final String ARTICLE_RESOURCE = "/dev/masthead/benchmarks/article.json";

  /** When the article was published; the ticker items appear around it. */
  static final Instant PUBLISHED_AT = Instant.parse("2024-11-14T06:30:00Z");

  private static final String SITE = "https://news.example.com";

  private static final String[] TICKER_HEADLINES = {
    "Hamburg port closed as storm surge floods quays",
    "Carriers divert Hamburg cargo to Rotterdam and Gdańsk",
    "Elbe peaks at 3.4 metres above mean high water",
    "Rail freight slots scarce as boxes move inland",
    "Insurers assess damage in the Speicherstadt",
    "Ferries to Helgoland cancelled until Friday",
    "Weather service warns of second surge on Saturday",
    "Forwarders in Bandar Abbas put feeder bookings on hold",
    "Port authority to publish schedules every two hours",
    "Strike backlog leaves terminals with “no slack left”",
  };

  private Documents() {}

  /**
   * Writes {@link #articleJson()} to the file given as the only argument: run it to refresh the
   * first-use resource after changing the article.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Documents FILE");
    }
    Files.write(Path.of(args[0]), articleJson());
  }

  /** Returns the article: well-formed and publishable. */
  public static Article article() {
    return Article.builder()
        .id("art-2024-004711")
        .slug("storm-surge-closes-hamburg-port")
        .kicker("Shipping")
        .headline("Storm surge closes Hamburg port as container lines reroute to Rotterdam and Gdańsk")
        .subheadline("Ships queue in the North Sea while the Elbe crests at 3.4 metres above mean high water — "
            + "the highest November reading since 2007")
        .summary("A storm surge shut Germany’s largest port for thirty hours, stranding 41 vessels and forcing "
            + "carriers to divert cargo bound for central Europe; officials expect a backlog of up to a week.")
        .body(body())
        .authors(
            Author.builder("Lena Müller", "lena-mueller")
                .jobTitle("Europe trade correspondent")
                .bio("Lena Müller covers shipping, ports and European trade from Hamburg. She previously "
                    + "reported on the Baltic energy market for six years.")
                .articleCount(1287)
                .url(SITE + "/authors/lena-mueller")
                .avatarUrl("https://cdn.example.com/authors/lena-mueller.jpg")
                .sameAs(List.of("https://social.example.org/@lenamueller", "https://www.example.org/in/lena-mueller"))
                .email("lena.mueller@news.example.com")
                .build(),
            Author.builder("Siavosh Hosseini", "siavosh-hosseini")
                .jobTitle("Gulf shipping reporter")
                .bio("Siavosh Hosseini reports on Gulf ports and tanker traffic from Dubai.")
                .articleCount(352)
                .url(SITE + "/authors/siavosh-hosseini")
                .build())
        .credits(
            Credit.builder(Credit.ADDITIONAL_REPORTING).name("Wei Zhang").organization("Example News Shanghai").build(),
            Credit.builder(Credit.TRANSLATION)
                .name("Parisa Ahmadi")
                .text("Translated from Persian by Parisa Ahmadi")
                .build())
        .leadImage(leadImage())
        .section("business")
        .tags("shipping", "ports", "Hamburg", "weather", "supply chains", "Elbe")
        .language("en-GB")
        .dateline("HAMBURG")
        .status(ArticleStatus.PUBLISHED)
        .embargoedUntil(PUBLISHED_AT.minus(Duration.ofMinutes(30)))
        .publishedAt(PUBLISHED_AT)
        .updatedAt(PUBLISHED_AT.plus(Duration.ofHours(3).plusMinutes(12)))
        .expiresAt(PUBLISHED_AT.plus(Duration.ofDays(365)))
        .canonicalUrl(SITE + "/business/2024/11/14/storm-surge-closes-hamburg-port")
        .build();
  }

  /** Returns the article's compact JSON, as {@link MastheadJson#writeBytes(Object)} writes it. */
  public static byte[] articleJson() {
    byte[] json = MastheadJson.standard().writeBytes(article());
    if (json.length < MIN_BYTES || json.length > MAX_BYTES) {
      throw new IllegalStateException(
          "the article's JSON must be " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + json.length);
    }
    return json;
  }

  /**
   * Throws unless {@code json}, read by Masthead, is exactly {@link #article()}: the check that a
   * baseline read or wrote all of the content rather than a cheaper part of it.
   */
  static void requireSameArticle(String variant, byte[] json) {
    if (!MastheadJson.standard().readArticle(json).equals(article())) {
      throw new IllegalStateException(variant + " did not keep the article's content");
    }
  }

  /** Returns a home-page ticker of 20 items, some of them expired an hour after publication. */
  public static Ticker ticker() {
    return ticker("home", 20);
  }

  /** Returns a ticker at its capacity, {@value Ticker#MAX_ITEMS} items. */
  public static Ticker fullTicker() {
    return ticker("wire", Ticker.MAX_ITEMS);
  }

  private static Ticker ticker(String id, int size) {
    List<TickerItem> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Instant publishedAt = PUBLISHED_AT.minus(Duration.ofMinutes(7L * i));
      String headline = TICKER_HEADLINES[i % TICKER_HEADLINES.length];
      TickerItem.Builder item =
          TickerItem.builder(String.format("%s-%03d", id, i), headline, publishedAt)
              .url(SITE + "/live/" + id + "/" + i)
              .priority(i % 9 == 0 ? TickerPriority.BREAKING
                  : i % 4 == 0 ? TickerPriority.URGENT
                  : TickerPriority.NORMAL);
      if (i % 3 == 0) {
        item.articleId("art-2024-" + (4700 + i));
      }
      if (i % 2 == 0) {
        item.expiresAt(publishedAt.plus(Duration.ofHours(1)));
      }
      items.add(item.build());
    }
    return Ticker.of(id, "News Ticker", items, PUBLISHED_AT);
  }

  private static Image leadImage() {
    return Image.builder()
        .url("https://cdn.example.com/img/2024/11/14/hamburg-landungsbruecken-flooded.jpg")
        .altText("Water covers the quay at the Landungsbrücken in Hamburg as a container ship waits on the Elbe")
        .caption("The Landungsbrücken under water on Thursday morning; the Hafenbehörde closed the port at 04:00.")
        .width(2048)
        .height(1365)
        .credit(Credit.builder(Credit.PHOTO)
            .name("Jonas Becker")
            .organization("Example Photo Agency")
            .text("Photo: Jonas Becker/Example Photo Agency")
            .copyrightNotice("© 2024 Example Photo Agency. All rights reserved.")
            .license("https://photos.example.com/licence/editorial")
            .build())
        .build();
  }

  private static List<Block> body() {
    String p1 =
        "Germany’s largest port closed to shipping before dawn on Thursday as a storm surge pushed the Elbe "
            + "3.4 metres above mean high water, flooding quays, halting cranes and leaving 41 vessels waiting in "
            + "the German Bight. The port authority, the Hafenbehörde, said the closure would last “at least "
            + "until the evening tide”, and carriers began diverting ships to Rotterdam, Antwerp and Gdańsk "
            + "within hours. By mid-morning the queue stretched from the Elbe estuary to the island of Neuwerk, "
            + "and the authority warned that the backlog could take a week to clear. Its chief executive called "
            + "the closure “painful but unavoidable”. Hamburg handles about a third of Germany’s container trade, "
            + "and much of the cargo for Austria, the Czech Republic and Hungary passes through it.";
    String p2 =
        "The surge — locals call it a Sturmflut — is the highest in November since 2007, according to the "
            + "Federal Maritime and Hydrographic Agency, which publishes its readings every fifteen minutes. "
            + "Water covered the fish market in Altona and the approach roads to two of the four container "
            + "terminals. Residents of Finkenwerder were told to move cars to higher ground, and the river "
            + "ferries stopped running shortly after 05:00. Schools near the river stayed closed, and the city "
            + "asked commuters to work from home if they could.";
    String p3 =
        "“We have ships that left Ningbo in October and will now discharge in a country they were never "
            + "meant to see,” said Katrin Vogel, who runs logistics for a machinery maker in Lower Saxony. “Every "
            + "day of this costs us a production line.” Her company’s parts arrive from 宁波 (Ningbo) and Shanghai, "
            + "usually by the weekly loop that calls in Hamburg first. She said she had spent the morning on the "
            + "phone to a forwarder who could promise only that the containers were “somewhere safe”. Other "
            + "manufacturers in the region described the same scramble, with some weighing air freight for the "
            + "most urgent parts.";
    String p4 =
        "Shipping lines were quick to move. Two of the three largest carriers told customers that boxes for "
            + "Hamburg would be landed in Rotterdam and moved on by rail and barge, a detour that adds three to "
            + "five days and about €400 per container. Freight forwarders said rail slots between the Dutch port "
            + "and southern Germany were already scarce before the storm. One Duisburg barge operator said it had "
            + "been offered more cargo in a single morning than in the whole of October. Trucking firms warned "
            + "that drivers’ hours rules would limit how fast the extra boxes could move.";
    String p5 =
        "The disruption reaches well beyond Europe. A forwarder in بندر عباس (Bandar Abbas), Iran’s main "
            + "container port, said feeder bookings for cargo transshipped through Hamburg had been put “on hold "
            + "until someone tells us where the mother vessel is going”. Traders in Dubai reported similar "
            + "messages from European agents. “The ship is the same, the schedule is gone — again,” one of them "
            + "wrote in a message to clients, asking for patience until Monday. Agents in Jebel Ali and Karachi "
            + "said they were rebooking cargo onto services that call in Antwerp instead.";
    String p6 =
        "Officials insisted the port’s flood defences had worked as designed. “The walls held, the gates "
            + "held, and nobody was hurt,” the harbour master told reporters at the Köhlbrand bridge, adding that "
            + "the closure was a precaution: ships cannot berth safely while the current runs at more than four "
            + "knots. He declined to say when the first ship would be allowed upriver, saying only that “the "
            + "river decides, not the timetable”. The authority will review the closure at a meeting with "
            + "terminal operators next week.";
    String p7 =
        "Economists were more cautious about the cost. A thirty-hour closure, they said, is absorbed within "
            + "a fortnight in normal times, but the port was already running at 94% yard utilisation after a "
            + "strike in September. “The system has no slack left,” said one analyst in Frankfurt. “Each shock "
            + "now travels further inland.” Shares in two listed terminal operators fell by about 3% in early "
            + "trading, while rail freight companies gained. The Kiel Institute said it would revise its trade "
            + "indicator for November to reflect the closure.";
    String p8 =
        "For the crews waiting offshore, the storm meant a second day at anchor in heavy seas. The pilot "
            + "service said it would bring ships upriver in order of arrival once the water fell, with priority "
            + "for vessels carrying perishable goods and for the ferries to Cuxhaven and Helgoland. Seafarers’ "
            + "welfare groups said they had arranged deliveries of fresh food to the ships that had been at "
            + "anchor longest. The coastguard said one bulk carrier had dragged its anchor overnight and been "
            + "escorted to a sheltered position.";
    String p9 =
        "Insurers will be watching the bill for the flooded warehouses in the Speicherstadt, the "
            + "brick-built district that is a UNESCO World Heritage site. Several tenants said water had reached "
            + "ground floors for the first time since the district’s defences were raised in the 1990s. The "
            + "city’s culture office said no archive or museum collection had been damaged, though one carpet "
            + "warehouse lost most of its stock. Engineers will inspect the flood gates once the water has "
            + "fallen.";
    String p10 =
        "The Hafenbehörde said it would publish an updated schedule on its website every two hours and "
            + "asked hauliers not to send lorries to the terminals before receiving a confirmed slot. The weather "
            + "service expects the wind to ease on Friday, with a second, smaller surge possible on Saturday "
            + "night. Anyone who needs the latest information can find it on the authority’s site in German, "
            + "English and Chinese (中文). Shipping lines said they would tell customers by Saturday which of the "
            + "diverted containers will return to Hamburg and which will be delivered from Rotterdam.";
    return List.of(
        Paragraph.of(p1, Link.over(p1, "Hafenbehörde", "https://port.example.de/en/press")),
        Paragraph.of(p2,
            Link.over(p2, "Federal Maritime and Hydrographic Agency", "https://www.example.de/tides/hamburg")),
        Paragraph.of(p3),
        Heading.of(2, "Carriers divert to Rotterdam"),
        Paragraph.of(p4,
            Link.over(p4, "Rotterdam", SITE + "/topics/rotterdam"),
            Link.over(p4, "rail slots", SITE + "/business/rail-freight")),
        Paragraph.of(p5),
        Quote.of("The walls held, the gates held, and nobody was hurt.", "Hamburg’s harbour master"),
        Paragraph.of(p6),
        ImageBlock.of(Image.builder()
            .url("https://cdn.example.com/img/2024/11/14/elbe-anchorage.jpg")
            .altText("Container ships at anchor in grey water off the mouth of the Elbe")
            .caption("Ships at anchor in the German Bight on Thursday afternoon.")
            .width(1600)
            .height(900)
            .credit(Credit.of(Credit.PHOTO, null, "Example Photo Agency"))
            .build()),
        Paragraph.of(p7),
        Heading.of(2, "What happens next"),
        ListBlock.of(true,
            "Port reopens on the evening tide if the Elbe falls below 2 metres",
            "Pilots bring ships upriver in order of arrival",
            "Terminals accept lorries with confirmed slots only"),
        Paragraph.of(p8),
        Paragraph.of(p9, Link.over(p9, "Speicherstadt", "https://whc.example.org/en/list/1467")),
        Divider.of(),
        Paragraph.of(p10));
  }
}
