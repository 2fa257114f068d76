package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.html.HtmlWriter;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JSON Feed 1.1 from {@link FeedWriter}: the spec's rules that its JSON Schema cannot express. */
class JsonFeedTest {
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private static final FeedWriter WRITER = FeedWriter.of(FeedFormat.JSON_FEED);
  private static final FeedMetadata AT_NOON = FeedMetadata.builder().at(NOON).build();

  @Test
  void starts_with_the_version_and_names_the_ticker() {
    String json = WRITER.write(Fixtures.ticker(), AT_NOON).value();

    assertThat(json).startsWith("{\"version\":\"https://jsonfeed.org/version/1.1\",");
    JsonObject feed = JsonLdTest.parse(json);
    assertThat(feed.getString("title")).isEqualTo("News Ticker");
    assertThat(feed.getString("home_page_url")).isEqualTo("https://news.example.com/politics/budget");
  }

  @Test
  void lists_the_items_active_at_the_given_time_in_display_order() {
    JsonArray items = JsonLdTest.parse(WRITER.write(Fixtures.ticker(), AT_NOON).value()).getJsonArray("items");

    assertThat(items.stream().map(item -> item.asJsonObject().getString("id"))).containsExactly(
        "urn:masthead:ticker:home:item:t1", "urn:masthead:ticker:home:item:t2", "urn:masthead:ticker:home:item:t4");
    assertThat(items.getJsonObject(0).getString("content_text")).isEqualTo("Council approves budget");
    assertThat(items.getJsonObject(0).getString("date_published")).isEqualTo("2024-05-01T10:00:00Z");
  }

  @Test
  void reports_the_expired_item_and_what_a_feed_cannot_carry() {
    List<String> losses = WRITER.write(Fixtures.ticker(), AT_NOON).losses().stream().map(Loss::toString).toList();

    assertThat(losses).containsExactly(
        "/items/0/priority: changed: carried only as the item's place in display order",
        "/items/0/articleId: dropped: feeds have no place for the id of an article",
        "/items/0/expiresAt: dropped: feeds have no expiry time",
        "/items/0/url: guessed: the feed's link is the first item's url",
        "/items/1/priority: changed: carried only as the item's place in display order",
        "/items/3: dropped: expired at 2024-05-01T12:00:00Z");
  }

  @Test
  void keeps_item_ids_across_runs_and_clocks() {
    FeedWriter later = FeedWriter.builder(FeedFormat.JSON_FEED)
        .clock(Clock.fixed(Instant.parse("2024-05-01T19:00:00Z"), ZoneOffset.UTC)).build();

    JsonArray now = JsonLdTest.parse(WRITER.write(Fixtures.ticker(), AT_NOON).value()).getJsonArray("items");
    JsonArray then = JsonLdTest.parse(later.write(Fixtures.ticker(), FeedMetadata.defaults()).value()).getJsonArray("items");

    assertThat(WRITER.write(Fixtures.ticker(), AT_NOON).value()).isEqualTo(WRITER.write(Fixtures.ticker(), AT_NOON).value());
    assertThat(then.stream().map(item -> item.asJsonObject().getString("id")))
        .containsExactly("urn:masthead:ticker:home:item:t2", "urn:masthead:ticker:home:item:t4");
    assertThat(now.getJsonObject(1).getString("id")).isEqualTo(then.getJsonObject(0).getString("id"));
  }

  @Test
  void writes_articles_with_authors_tags_image_dates_and_text() {
    JsonObject feed = JsonLdTest.parse(WRITER.write(List.of(Fixtures.budget()), AT_NOON).value());

    assertThat(feed.getString("title")).isEqualTo("City council approves 2025 budget");
    assertThat(feed.getString("language")).isEqualTo("en-GB");
    JsonObject item = feed.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("id")).isEqualTo("urn:masthead:article:art-2024-000123");
    assertThat(item.getString("url")).isEqualTo("https://news.example.com/politics/budget");
    assertThat(item.getString("content_text")).isEqualTo("The council voted on Tuesday.\n\nWhat changes\n\nBus fares stay the same.");
    assertThat(item.getString("summary")).isEqualTo("The council voted 7-2 for a budget that funds two new libraries.");
    assertThat(item.getString("image")).isEqualTo("https://cdn.example.com/img/council.jpg");
    assertThat(item.getString("date_published")).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(item.getString("date_modified")).isEqualTo("2024-05-01T12:30:00Z");
    assertThat(item.getJsonArray("tags").getValuesAs(JsonString::getString)).containsExactly("politics", "budget", "council");
    assertThat(item.getJsonArray("authors").getJsonObject(0).getString("name")).isEqualTo("Jane Doe");
    assertThat(item.getJsonArray("authors").getJsonObject(0).getString("avatar"))
        .isEqualTo("https://cdn.example.com/authors/jane-doe.jpg");
    assertThat(item).doesNotContainKey("language");
  }

  @Test
  void uses_the_html_renderer_for_content_when_one_is_set() {
    FeedWriter html = WRITER.toBuilder().htmlBody(body -> Converted.of("<p>" + body.size() + "</p>",
        List.of(Loss.changed("/0/text", "white space collapsed")))).build();

    var feed = html.write(Fixtures.budget(), AT_NOON);

    JsonObject item = JsonLdTest.parse(feed.value()).getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("content_html")).isEqualTo("<p>3</p>");
    assertThat(item.getString("content_text")).startsWith("The council voted on Tuesday.");
    assertThat(feed.losses()).contains(Loss.changed("/body/0/text", "white space collapsed"));
  }

  @Test
  void renders_the_body_with_the_html_module_by_default_and_plain_text_without_it() {
    JsonObject item = JsonLdTest.parse(WRITER.write(Fixtures.budget(), AT_NOON).value()).getJsonArray("items").getJsonObject(0);
    var plain = WRITER.toBuilder().htmlBody(null).build().write(Fixtures.budget(), AT_NOON);

    assertThat(item.getString("content_html")).isEqualTo(HtmlWriter.standard().body(Fixtures.budget().body()).value())
        .contains("href=\"https://news.example.com/council\"");
    assertThat(JsonLdTest.parse(plain.value()).getJsonArray("items").getJsonObject(0)).doesNotContainKey("content_html");
    assertThat(plain.losses()).contains(Loss.changed("/body", "carried as plain text: links, headings, lists and images left out"));
  }

  @Test
  void leaves_out_drafts_embargoed_and_expired_articles_and_items_over_the_limit() {
    Article draft = Fixtures.budget().toBuilder().id("draft-1").status(ArticleStatus.DRAFT).build();
    Article embargoed = Fixtures.budget().toBuilder().id("embargoed-1").updatedAt(null)
        .embargoedUntil(Instant.parse("2024-05-02T00:00:00Z")).publishedAt(Instant.parse("2024-05-02T00:00:00Z")).build();
    Article expired = Fixtures.budget().toBuilder().id("expired-1").expiresAt(Instant.parse("2024-05-01T11:00:00Z")).build();
    Article second = Fixtures.budget().toBuilder().id("second").build();
    FeedMetadata metadata = AT_NOON.toBuilder().title("Politics").limit(1).build();

    var feed = WRITER.write(List.of(draft, embargoed, expired, Fixtures.budget(), second), metadata);

    JsonArray items = JsonLdTest.parse(feed.value()).getJsonArray("items");
    assertThat(items).hasSize(1);
    assertThat(items.getJsonObject(0).getString("id")).isEqualTo("urn:masthead:article:art-2024-000123");
    assertThat(feed.losses()).contains(
        Loss.dropped("/0", "a draft is not for readers"),
        Loss.dropped("/1", "embargoed at 2024-05-01T12:00:00Z"),
        Loss.dropped("/2", "expired at 2024-05-01T12:00:00Z"),
        Loss.dropped("/4", "beyond the feed's limit of 1 items"));
  }

  @Test
  void gives_every_item_a_unique_non_blank_id_content_and_named_authors() {
    Article other = Fixtures.seed();
    JsonObject feed = JsonLdTest.parse(WRITER.write(List.of(Fixtures.budget(), other), AT_NOON).value());

    Set<String> ids = new HashSet<>();
    for (JsonValue value : feed.getJsonArray("items")) {
      JsonObject item = value.asJsonObject();
      assertThat(item.getString("id")).isNotBlank();
      assertThat(ids.add(item.getString("id"))).isTrue();
      assertThat(item.containsKey("content_html") || item.containsKey("content_text")).isTrue();
      if (item.containsKey("authors")) {
        for (JsonValue author : item.getJsonArray("authors")) {
          assertThat(author.asJsonObject().getString("name")).isNotBlank();
        }
      }
      for (String date : List.of("date_published", "date_modified")) {
        if (item.containsKey(date)) {
          assertThat(Instant.parse(item.getString(date))).isNotNull();
        }
      }
    }
    assertThat(ids).hasSize(2);
  }

  @Test
  void names_a_feed_without_articles_and_says_it_guessed() {
    var feed = WRITER.write(List.of(), AT_NOON);

    assertThat(JsonLdTest.parse(feed.value()).getString("title")).isEqualTo("Articles");
    assertThat(JsonLdTest.parse(feed.value()).getJsonArray("items")).isEmpty();
    assertThat(feed.losses()).containsExactly(
        Loss.guessed("", "no article to name the feed after: its title is \"Articles\""),
        Loss.guessed("", "no time in the content: the feed's update time is the time of writing"));
  }

  @Test
  void writes_urls_as_uris_and_says_it_changed_them() {
    Article article = Fixtures.budget().withCanonicalUrl("https://[2001:db8::7]/café/🎉?q=[1]#a#b");

    var feed = WRITER.write(article, AT_NOON);

    assertThat(JsonLdTest.parse(feed.value()).getJsonArray("items").getJsonObject(0).getString("url"))
        .isEqualTo("https://[2001:db8::7]/caf%C3%A9/%F0%9F%8E%89?q=%5B1%5D#a%23b");
    assertThat(feed.losses()).contains(
        Loss.changed("/canonicalUrl", "the url written as a uri: characters outside rfc 3986 percent-encoded"));
  }

  @Test
  void keeps_hostile_text_inside_its_json_strings() {
    String text = "</script><!--\"quoted\" \\ \u2028\u0000]]>";
    Article base = Fixtures.budget();
    Article article = new Article(base.id(), base.slug(), null, text, null, text, base.body(),
        List.of(new dev.masthead.model.Author(text, "x", null, null, null, null, null, null, List.of(), null)),
        List.of(), null, null, List.of(text), "en", null, null, base.publishedAt(), null, null, null, null,
        null, List.of(), null, null, List.of());

    String json = WRITER.write(article, AT_NOON.toBuilder().title(null).build()).value();

    assertThat(json).doesNotContain("<", ">", "&", "\u2028");
    JsonObject item = JsonLdTest.parse(json).getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("title")).isEqualTo(text);
    assertThat(item.getString("summary")).isEqualTo(text);
    assertThat(item.getJsonArray("tags").getString(0)).isEqualTo(text);
    assertThat(item.getJsonArray("authors").getJsonObject(0).getString("name")).isEqualTo(text);
    assertThat(JsonLdTest.parse(json).getString("title")).isEqualTo(text);
  }

  @Test
  void uses_the_article_uri_as_item_id_and_subjects_as_tags() {
    var feed = WRITER.toBuilder().htmlBody(null).build().write(Fixtures.withModelAdditions(), AT_NOON);

    JsonObject item = JsonLdTest.parse(feed.value()).getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("id")).isEqualTo("urn:newsml:example.com:20240501:budget");
    assertThat(item.getJsonArray("tags").getValuesAs(JsonString::getString))
        .containsExactly("politics", "budget", "council", "Budgets", "Riverton");
    assertThat(feed.losses()).contains(
        Loss.dropped("/subjects/0/uri", "a feed's tags are names without uris"),
        Loss.dropped("/rights", "feed items carry no rights"),
        Loss.dropped("/digitalSourceType", "feed items carry no digital source type"),
        Loss.dropped("/corrections/0", "feed items carry no corrections; the body and update time do"),
        Loss.dropped("/leadImage/renditions/1", "a feed item has one image"));
  }

  @Test
  void writes_the_metadata_it_is_given() {
    FeedMetadata metadata = FeedMetadata.builder().title("Portside").link("https://news.example.com/")
        .feedUrl("https://news.example.com/feed.json").description("Local news").author("The desk")
        .authorUrl("https://news.example.com/desk").language("en").at(NOON).build();

    JsonObject feed = JsonLdTest.parse(WRITER.write(Fixtures.ticker(), metadata).value());

    assertThat(feed.getString("title")).isEqualTo("Portside");
    assertThat(feed.getString("home_page_url")).isEqualTo("https://news.example.com/");
    assertThat(feed.getString("feed_url")).isEqualTo("https://news.example.com/feed.json");
    assertThat(feed.getString("description")).isEqualTo("Local news");
    assertThat(feed.getString("language")).isEqualTo("en");
    assertThat(feed.getJsonArray("authors").getJsonObject(0).getString("url")).isEqualTo("https://news.example.com/desk");
  }
}
