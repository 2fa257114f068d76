package dev.masthead.examples;

import dev.masthead.model.Article;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Divider;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Link;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample newsroom content built with the model's builders: the seed page, three more articles that
 * between them use every block kind, author kind and credit role worth showing, and a news ticker.
 *
 * <p>{@code Article seed = SampleContent.seedArticle();}
 *
 * <p>The same content ships as JSON in this jar, under {@value #SAMPLES_FOLDER}, one file per
 * value of {@link #samples()}, each in the canonical pretty form of {@code
 * MastheadJson.standard().writePretty}. {@link WriteSamples} regenerates them.
 *
 * <p>Every method returns a new, well-formed value; the names, places and organizations are
 * invented except those of the seed page, and every URL is under example.com or example.org.
 */
public final class SampleContent {
  /** The class path folder of the JSON samples. */
  public static final String SAMPLES_FOLDER = "/dev/masthead/examples/samples/";

  /** The moment the samples describe: at it, one item of {@link #newsTicker()} has expired. */
  public static final Instant DEMO_TIME = Instant.parse("2024-05-01T12:00:00Z");

  private static final String FERRY_ID = "art-2024-000140";
  private static final String FERRY_URL =
      "https://news.example.com/local/2024/05/01/harbour-ferry-evacuated-after-engine-room-fire";
  private static final String BAZAAR_ID = "art-2024-000131";
  private static final String BAZAAR_URL =
      "https://news.example.com/culture/2024/04/29/isfahan-bazaar-restorers-race-to-save-roof";

  private SampleContent() {}

  /**
   * Returns every sample by the name of its JSON file, in a fixed order: the articles of {@link
   * #articles()}, then the ticker.
   *
   * @return file name to article or ticker, unmodifiable
   */
  public static Map<String, Object> samples() {
    Map<String, Object> samples = new LinkedHashMap<>();
    samples.put("us-sends-arms.json", seedArticle());
    samples.put("harbour-ferry-fire.json", harbourFerryFire());
    samples.put("isfahan-bazaar-roof.json", isfahanBazaarRoof());
    samples.put("jobless-rate-embargoed.json", joblessRateEmbargoed());
    samples.put("news-ticker.json", newsTicker());
    return Collections.unmodifiableMap(samples);
  }

  /**
   * Returns every sample article, the seed page first.
   *
   * @return the articles
   */
  public static List<Article> articles() {
    return List.of(seedArticle(), harbourFerryFire(), isfahanBazaarRoof(), joblessRateEmbargoed());
  }

  /**
   * Returns the seed page, "U.S. Sends Arms Against Iran Threat in Syria", with nothing lost and
   * nothing invented: the headline, eight paragraphs verbatim (curly quotes and the "[Shia]"
   * insertion included), the author box, and a lead image whose address the text lost and whose
   * credit line the page printed empty ("Photo Credit-").
   *
   * <p>It is well-formed but not publishable: no publication time, no canonical URL, and a lead image
   * without address, alt text or credit.
   *
   * @return the seed article
   */
  public static Article seedArticle() {
    return Article.builder()
        .id("us-sends-arms-against-iran-threat-in-syria")
        .slug("us-sends-arms-against-iran-threat-in-syria")
        .headline("U.S. Sends Arms Against Iran Threat in Syria")
        .language("en")
        // The page shows a photo, but its credit line is empty and the text kept no address.
        .leadImage(Image.builder().build())
        .body(
            Paragraph.of(
                "Iran is seeking to secure influence throughout Iraq, Syria, and Lebanon, creating what has been"
                    + " dubbed the ‘Shia crescent’. To combat this threat, the United States and its allies are now"
                    + " showing more support for the Syrian rebels by sending them more arms to try to fend off a new"
                    + " push into the southeast by Iran-backed militias. These militias are focused on opening up an"
                    + " overland supply route between Iraq and Syria."),
            Paragraph.of(
                "As a result, tensions have continued to escalate in this region of Syria. Government forces,"
                    + " supported by Iraqi militias, deployed in a challenge to the rebels. This has also coincided"
                    + " with a march towards the Syrian border by militias from Iraq. They reached the frontier"
                    + " adjoining northern Syria on Monday. A top Iraqi militia commander said a wider operation to"
                    + " take the area from the Islamic State of Iraq and the Levant (ISIL) started on Tuesday."),
            Paragraph.of(
                "This demonstrates the shift in U.S. policy from country to country. In Iraq, the U.S. has fought"
                    + " alongside these Iranian backed militias against ISIL. Yet in Syria, Washington has lined up"
                    + " against Assad’s Iranian-backed government and wants to block further expansion of Iranian"
                    + " influence with its regional allies."),
            Paragraph.of(
                "On May 18, U.S. forces led an air-raid against Iran-backed forces in Syria, which was denounced by"
                    + " Syria and Russia. The group of militiamen attacked by the U.S. coalition were advancing inside"
                    + " a protected “deconfliction zone” northwest of the southern town of al-Tanf, the military"
                    + " alliance said in a statement."),
            Paragraph.of(
                "Also in May, the Syrian government declared both Badia and Deir Az Zor priorities of its campaign"
                    + " to reestablish its rule over Syria. The government is being helped by Iran and Russia, while"
                    + " the opposition is assisted by the West and regional states opposed to Assad."),
            Paragraph.of(
                "The U.S. is also demanding that pro-regime forces vacate the deconfliction zone around Tanf. If"
                    + " they do not, their continued presence will be seen as a threat to coalition forces in the"
                    + " area. U.S. jets dropped leaflets this week on pro-government forces, instructing them to pull"
                    + " out of Tanf. However, the coalition would not confirm or deny the increase in weapons to the"
                    + " rebel forces."),
            Paragraph.of(
                "A commander in the military alliance fighting on the side of Assad said the deployment of"
                    + " government forces and pro-Damascus Iraqi fighters in Badia would “obstruct all the plans of"
                    + " the MOC, Jordan, and America”. According to him, Assad would not allow the blocking of the"
                    + " [Shia] crescent. “Now, our axis is insistent on this matter and it will be accomplished,”"
                    + " said the non-Syrian commander."),
            Paragraph.of(
                "The Iraqi Badr militia supported by Iran said its advance to the Syrian border would help the"
                    + " Syrian army reach the border from the other side."))
        .addAuthor(
            Author.builder("Siavosh Hosseini", "siavosh-hosseini")
                .articleCount(352)
                .bio(
                    "My background is in the visual arts, particularly in photojournalism. I have had the"
                        + " opportunity to cover scores of international artistic and news events in the US and"
                        + " across Europe since the mid-1980s. I was active in television newsrooms and production"
                        + " as a graphic designer and producer for more than 12 years in different television and"
                        + " news outfits in Europe.")
                .build())
        .build();
  }

  /**
   * Returns a publishable local news story with a person and an agency in the byline, additional
   * reporting, a credited photo, and a body of paragraphs with links, a quote, a heading, a bulleted
   * list, an image and a divider. The agency's lead photo comes as an agency sends it, in several
   * renditions with its rights and how it was made; the story carries the agency's global URI, its
   * subjects, and the correction published when a time in it was fixed.
   *
   * @return the article
   */
  public static Article harbourFerryFire() {
    String opening =
        "All 212 passengers and nine crew were taken off the ferry Island Queen on Wednesday morning after"
            + " a fire broke out in its engine room midway across the harbour, the Portside Harbour Authority"
            + " said. The authority has published replacement bus times on its website.";
    Credit agencyPhoto = Credit.of(Credit.PHOTO, "Rui Almeida", "Example Press Agency");
    return Article.builder()
        .id(FERRY_ID)
        .slug("harbour-ferry-evacuated-after-engine-room-fire")
        .kicker("Transport")
        .headline("Harbour ferry evacuated after engine-room fire; all 212 passengers safe")
        .subheadline("Crossings between Portside and Gull Island are suspended while investigators examine the"
            + " Island Queen")
        .summary("A fire in the engine room of the Island Queen forced the evacuation of 212 passengers on"
            + " Wednesday. Nobody was hurt; crossings to Gull Island are suspended until at least Friday.")
        .body(
            Paragraph.of(
                opening,
                Link.over(opening, "Portside Harbour Authority", "https://harbour.example.org/"),
                Link.over(opening, "replacement bus times",
                    "https://harbour.example.org/service-updates/2024-05-01")),
            Paragraph.of(
                "The fire was reported at 8.12 a.m., about ten minutes after the ferry left Portside. Crew"
                    + " members put it out with the vessel’s fixed extinguishing system, and two pilot boats"
                    + " and a lifeboat towed the ferry back to the terminal."),
            Quote.of(
                "The crew did exactly what they train for. Nobody panicked, and everyone was back on dry land"
                    + " within the hour.",
                "Capt. Helen Marsh, harbour master"),
            Heading.of(2, "What passengers need to know"),
            ListBlock.of(
                false,
                "Crossings to Gull Island are suspended until at least Friday",
                "Replacement buses leave the Portside terminal every 30 minutes and cross by the causeway",
                "Season tickets will be extended by one week"),
            ImageBlock.of(
                Image.builder()
                    .url("https://cdn.example.com/images/2024/05/island-queen-towed.jpg")
                    .altText("Two small orange pilot boats tow a white passenger ferry into a harbour")
                    .caption("Pilot boats tow the Island Queen back to the Portside terminal.")
                    .width(1800)
                    .height(1200)
                    .credit(agencyPhoto)
                    .build()),
            Divider.of(),
            Paragraph.of(
                "The Marine Accident Investigation Branch has sent a team to Portside. The operator, Gull Island"
                    + " Ferries, said the Island Queen passed its annual safety inspection in March."))
        .authors(
            Author.builder("Megan Price", "megan-price")
                .jobTitle("Transport correspondent")
                .bio("Megan Price has covered ports, railways and roads for the Portside Courier since 2016.")
                .articleCount(1284)
                .url("https://news.example.com/authors/megan-price")
                .avatarUrl("https://cdn.example.com/avatars/megan-price.jpg")
                .addSameAs("https://social.example.org/@meganprice")
                .email("megan.price@news.example.com")
                .build(),
            Author.builder("Example Press Agency", "example-press-agency")
                .kind(AuthorKind.ORGANIZATION)
                .url("https://www.example.org/")
                .build())
        .credits(Credit.of(Credit.ADDITIONAL_REPORTING, "Owen Hughes", null))
        .leadImage(
            Image.builder()
                .url("https://cdn.example.com/images/2024/05/island-queen-evacuation.jpg")
                .altText("Passengers in orange life jackets walk along a pier past a moored white ferry")
                .caption("Passengers leave the Island Queen at the Portside terminal on Wednesday.")
                .width(2400)
                .height(1600)
                .credit(
                    agencyPhoto.toBuilder()
                        .copyrightNotice("© 2024 Example Press Agency")
                        .license("https://www.example.org/licensing/editorial-use")
                        .build())
                .renditions(
                    Rendition.of("https://cdn.example.com/images/2024/05/island-queen-evacuation-1200x800.jpg",
                        1200, 800, "image/jpeg"),
                    Rendition.of("https://cdn.example.com/images/2024/05/island-queen-evacuation-1200x675.jpg",
                        1200, 675, "image/jpeg"),
                    Rendition.of("https://cdn.example.com/images/2024/05/island-queen-evacuation-1200x1200.jpg",
                        1200, 1200, "image/jpeg"),
                    Rendition.of("https://cdn.example.com/images/2024/05/island-queen-evacuation-400x267.webp",
                        400, 267, "image/webp"))
                .rights(
                    Rights.builder()
                        .copyrightHolder("Example Press Agency")
                        .copyrightNotice("© 2024 Example Press Agency")
                        .usageTerms("Editorial use only. No sales, no archiving after 30 days.")
                        .license("https://www.example.org/licensing/editorial-use")
                        .acquireLicensePage("https://www.example.org/licensing/buy")
                        .build())
                .digitalSourceType(DigitalSourceType.DIGITAL_CAPTURE)
                .build())
        .section("local")
        .tags("ferries", "Portside", "Gull Island", "maritime safety")
        .language("en-GB")
        .dateline("PORTSIDE")
        .publishedAt(Instant.parse("2024-05-01T09:05:00Z"))
        .updatedAt(Instant.parse("2024-05-01T11:30:00Z"))
        .canonicalUrl(FERRY_URL)
        .uri("urn:newsml:example.org:20240501:island-queen-fire")
        .subjects(
            Subject.of("disaster, accident and emergency incident",
                "http://cv.iptc.org/newscodes/mediatopic/03000000"),
            Subject.of("Portside"))
        .addCorrection(
            Correction.of(
                "An earlier version of this article said the fire was reported at 8.21 a.m. It was reported"
                    + " at 8.12 a.m.",
                Instant.parse("2024-05-01T11:30:00Z")))
        .build();
  }

  /**
   * Returns a feature written in Persian and published in English: its author's name is in Persian
   * script (right to left, with a zero-width non-joiner), a translator is credited, and the body
   * has a numbered list.
   *
   * @return the article
   */
  public static Article isfahanBazaarRoof() {
    return Article.builder()
        .id(BAZAAR_ID)
        .slug("isfahan-bazaar-restorers-race-to-save-roof")
        .kicker("Heritage")
        .headline("Isfahan’s bazaar restorers race to save a 400-year-old roof")
        .summary("Masons are relaying the brick domes over the Qeysarieh gate before the"
            + " autumn rains, using lime mortar mixed the way it was in the 17th century.")
        .body(
            Paragraph.of(
                "Above the stalls of copper-beaters and carpet-sellers at the northern end of Naqsh-e Jahan"
                    + " Square, a team of 30 masons is working its way across one of the oldest roofs in the"
                    + " Grand Bazaar, one brick dome at a time."),
            Paragraph.of(
                "Water has seeped through cracks in the domes for years. Last winter a section above the"
                    + " Qeysarieh gate sagged far enough that traders below moved their stock out for a week."),
            Heading.of(2, "How a dome is relaid"),
            ListBlock.of(
                true,
                "Surveyors map every crack and number the bricks to be lifted",
                "Masons take the damaged courses down by hand, saving whole bricks for reuse",
                "New bricks are fired locally to the old size and laid in lime mortar",
                "The dome is sealed with a layer of lime and ash, as the original builders did"),
            Quote.of(
                "Cement would be quicker, but it traps the water and cracks the old brick around it. Lime lets"
                    + " the roof breathe.",
                "Hossein Karimi, master mason"),
            Paragraph.of(
                "The work is paid for by the city’s heritage office and the bazaar’s traders, who have agreed to"
                    + " keep their shops open beneath the scaffolding."))
        .addAuthor(
            Author.builder("مریم کاظمی‌پور", "maryam-kazemipour")
                .jobTitle("Contributing writer, Isfahan")
                .url("https://news.example.com/authors/maryam-kazemipour")
                .build())
        .credits(
            Credit.builder(Credit.TRANSLATION)
                .name("Daniel Reyes")
                .text("Translated from Persian by Daniel Reyes")
                .build())
        .leadImage(
            Image.builder()
                .url("https://cdn.example.com/images/2024/04/isfahan-bazaar-domes.jpg")
                .altText("Masons kneel on a row of brick domes above a covered market")
                .caption("Masons relay the domes above the Qeysarieh gate of Isfahan’s Grand Bazaar.")
                .width(2000)
                .height(1333)
                .credit(Credit.of(Credit.PHOTO, "Arash Tehrani", "Example Images"))
                .build())
        .section("culture")
        .tags("Isfahan", "architecture", "heritage")
        .language("en")
        .dateline("ISFAHAN")
        .publishedAt(Instant.parse("2024-04-29T07:00:00Z"))
        .canonicalUrl(BAZAAR_URL)
        .build();
  }

  /**
   * Returns an article under embargo: a statistics story filed by a wire service ahead of the
   * release, with {@code embargoedUntil} set and no publication time yet.
   *
   * @return the article
   */
  public static Article joblessRateEmbargoed() {
    return Article.builder()
        .id("art-2024-000152")
        .slug("regional-jobless-rate-falls-to-lowest-since-2008")
        .headline("Regional jobless rate falls to 4.1%, lowest since 2008")
        .summary("Unemployment in the region fell for a third straight quarter, helped by hiring in health care"
            + " and construction.")
        .body(
            Paragraph.of(
                "The regional unemployment rate fell to 4.1% in the first quarter, from 4.4% at the end of"
                    + " last year, the Regional Statistics Office said on Thursday. It is the lowest rate since"
                    + " the spring of 2008."),
            Heading.of(3, "Key figures"),
            ListBlock.of(
                false,
                "Unemployment rate: 4.1%, down 0.3 points on the quarter",
                "People in work: 1.92 million, up 14,000",
                "Job vacancies: 38,500, down 2,100"),
            Divider.of(),
            Paragraph.of(
                "Economists had expected the rate to hold at 4.3%. Health care added 5,200 jobs and"
                    + " construction 3,900, while manufacturing shed 1,100."))
        .authors(
            Author.builder("Example Wire Service", "example-wire-service")
                .kind(AuthorKind.ORGANIZATION)
                .url("https://wire.example.org/")
                .build())
        .credits(
            Credit.builder(Credit.GRAPHIC)
                .name("Mei Lin")
                .organization("Example Wire Service")
                .build())
        .section("business")
        .tags("economy", "jobs")
        .language("en-GB")
        .embargoedUntil(Instant.parse("2024-05-02T08:00:00Z"))
        .build();
  }

  /**
   * Returns the site's "News Ticker": a breaking, an urgent and three normal items, one of which has
   * expired at {@link #DEMO_TIME}.
   *
   * @return the ticker, items in display order
   */
  public static Ticker newsTicker() {
    return Ticker.of(
        "news-ticker",
        "News Ticker",
        List.of(
            TickerItem.builder("t-2001", "Ferry evacuated in Portside harbour after engine-room fire",
                    Instant.parse("2024-05-01T08:25:00Z"))
                .priority(TickerPriority.BREAKING)
                .url(FERRY_URL)
                .articleId(FERRY_ID)
                .expiresAt(Instant.parse("2024-05-01T20:00:00Z"))
                .build(),
            TickerItem.builder("t-2002", "Storm warning: gusts of up to 70 mph expected on the coast tonight",
                    Instant.parse("2024-05-01T10:40:00Z"))
                .priority(TickerPriority.URGENT)
                .url("https://news.example.com/weather/2024/05/01/storm-warning-coast")
                .expiresAt(Instant.parse("2024-05-02T06:00:00Z"))
                .build(),
            TickerItem.builder("t-1998", "Gull Island crossings suspended until at least Friday",
                    Instant.parse("2024-05-01T11:15:00Z"))
                .url(FERRY_URL)
                .articleId(FERRY_ID)
                .build(),
            TickerItem.builder("t-1995", "Portside market moves to Saturdays from June",
                    Instant.parse("2024-05-01T07:10:00Z"))
                .url("https://news.example.com/local/2024/05/01/portside-market-moves-to-saturdays")
                .expiresAt(Instant.parse("2024-05-01T11:00:00Z"))
                .build(),
            TickerItem.builder("t-1990", "Isfahan’s bazaar restorers race to save a 400-year-old roof",
                    Instant.parse("2024-04-29T07:00:00Z"))
                .url(BAZAAR_URL)
                .articleId(BAZAAR_ID)
                .build()),
        Instant.parse("2024-05-01T11:15:00Z"));
  }
}
