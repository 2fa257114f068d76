package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.BlockType;
import dev.masthead.model.Credit;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.ListBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.validation.Codes;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleContentTest {
  private static final MastheadJson JSON = MastheadJson.standard();

  static Stream<String> sampleNames() {
    return SampleContent.samples().keySet().stream();
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = SampleContent.class.getResourceAsStream(SampleContent.SAMPLES_FOLDER + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @MethodSource("sampleNames")
  void fixture_reads_equal_to_the_content_built_in_code(String name) throws IOException {
    Object built = SampleContent.samples().get(name);

    byte[] json = fixture(name);

    Object read = built instanceof Ticker ? JSON.readTicker(json) : JSON.readArticle(json);

    assertThat(read).isEqualTo(built);
  }

  @ParameterizedTest
  @MethodSource("sampleNames")
  void content_built_in_code_writes_byte_for_byte_as_its_fixture(String name) throws IOException {
    String written = JSON.writePretty(SampleContent.samples().get(name));

    assertThat(written).isEqualTo(new String(fixture(name), StandardCharsets.UTF_8));
  }

  @Test
  void ships_one_fixture_per_sample_and_nothing_else() throws IOException, URISyntaxException {
    Path folder = Path.of(SampleContent.class.getResource(SampleContent.SAMPLES_FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(SampleContent.samples().keySet());
    }
    assertThat(SampleContent.samples().values())
        .filteredOn(Article.class::isInstance)
        .containsExactlyElementsOf(SampleContent.articles());
  }

  @Test
  void seed_article_keeps_the_page_text_verbatim() throws IOException {
    String page;
    try (InputStream in = SampleContentTest.class.getResourceAsStream("/seed/us-sends-arms-article.txt")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Parts are separated by blank lines: ticker label, headline, photo credit line, eight
    // paragraphs, author box.
    List<String> parts = List.of(page.split("\n\n+"));
    Article seed = SampleContent.seedArticle();

    assertThat(parts).hasSize(12);
    assertThat(SampleContent.newsTicker().label()).isEqualTo(parts.get(0));
    assertThat(seed.headline()).isEqualTo(parts.get(1));
    assertThat(parts.get(2)).isEqualTo("Photo\u00a0Credit-");
    assertThat(seed.body())
        .extracting(block -> ((Paragraph) block).text())
        .containsExactlyElementsOf(parts.subList(3, 11));
    Matcher authorBox = Pattern.compile("About (.+) \\((\\d+) Articles\\)\n(.+)", Pattern.DOTALL).matcher(parts.get(11));
    assertThat(authorBox.matches()).isTrue();
    assertThat(seed.authors()).singleElement().satisfies(author -> {
      assertThat(author.name()).isEqualTo(authorBox.group(1)).isEqualTo("Siavosh Hosseini");
      assertThat(author.articleCount()).isEqualTo(352);
      assertThat(author.bio()).isEqualTo(authorBox.group(3));
      assertThat(author.kind()).isEqualTo(AuthorKind.PERSON);
    });
  }

  @Test
  void seed_article_keeps_curly_quotes_and_the_editorial_insertion() {
    String text = SampleContent.seedArticle().body().stream()
        .map(block -> ((Paragraph) block).text())
        .collect(Collectors.joining("\n"));

    assertThat(text)
        .contains("the ‘Shia crescent’")
        .contains("a protected “deconfliction zone” northwest")
        .contains("the blocking of the [Shia] crescent")
        .contains("“Now, our axis is insistent on this matter and it will be accomplished,” said")
        .doesNotContain("\"", "'");
  }

  @Test
  void seed_article_has_a_lead_image_without_address_or_credit_and_nothing_invented() {
    Article seed = SampleContent.seedArticle();

    assertThat(seed.leadImage()).isEqualTo(Image.builder().build());
    assertThat(seed.language()).isEqualTo("en");
    assertThat(seed.publishedAt()).isNull();
    assertThat(seed.canonicalUrl()).isNull();
    assertThat(seed.section()).isNull();
    assertThat(seed.credits()).isEmpty();
    assertThat(seed.tags()).isEmpty();
  }

  @Test
  void seed_article_is_well_formed_but_not_publishable() {
    Article seed = SampleContent.seedArticle();

    assertThat(MastheadValidator.standard().validate(seed)).isEmpty();
    assertThat(MastheadValidator.standard().validatePublishable(seed))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            Tuple.tuple("/canonicalUrl", Codes.REQUIRED_TO_PUBLISH),
            Tuple.tuple("/leadImage/altText", Codes.REQUIRED_TO_PUBLISH),
            Tuple.tuple("/leadImage/credit", Codes.REQUIRED_TO_PUBLISH),
            Tuple.tuple("/leadImage/url", Codes.REQUIRED_TO_PUBLISH),
            Tuple.tuple("/publishedAt", Codes.REQUIRED_TO_PUBLISH));
  }

  @Test
  void published_articles_other_than_the_seed_are_publishable() {
    assertThat(MastheadValidator.standard().validatePublishable(SampleContent.harbourFerryFire())).isEmpty();
    assertThat(MastheadValidator.standard().validatePublishable(SampleContent.isfahanBazaarRoof())).isEmpty();
  }

  @Test
  void articles_use_every_block_kind() {
    List<Block> blocks = SampleContent.articles().stream()
        .flatMap(article -> article.body().stream())
        .collect(Collectors.toList());

    assertThat(blocks.stream().map(Block::type).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(BlockType.UNKNOWN)));
    assertThat(blocks).filteredOn(block -> block instanceof Paragraph && !((Paragraph) block).links().isEmpty())
        .isNotEmpty();
    assertThat(blocks).filteredOn(block -> block instanceof Quote && ((Quote) block).attribution() != null)
        .isNotEmpty();
    assertThat(blocks).filteredOn(ListBlock.class::isInstance)
        .extracting(block -> ((ListBlock) block).ordered())
        .contains(true, false);
  }

  @Test
  void links_cover_the_words_they_name() {
    Paragraph opening = (Paragraph) SampleContent.harbourFerryFire().body().get(0);

    assertThat(opening.links())
        .extracting(link -> opening.text().substring(link.start(), link.end()))
        .containsExactly("Portside Harbour Authority", "replacement bus times");
  }

  @Test
  void bylines_have_people_and_organizations() {
    assertThat(SampleContent.articles().stream().flatMap(article -> article.authors().stream()))
        .extracting(author -> author.kind())
        .contains(AuthorKind.PERSON, AuthorKind.ORGANIZATION);
    assertThat(SampleContent.harbourFerryFire().byline()).isEqualTo("By Megan Price and Example Press Agency");
  }

  @Test
  void credits_go_beyond_the_byline() {
    List<Credit> credits = new ArrayList<>();
    for (Article article : SampleContent.articles()) {
      credits.addAll(article.credits());
      if (article.leadImage() != null && article.leadImage().credit() != null) {
        credits.add(article.leadImage().credit());
      }
      for (Block block : article.body()) {
        if (block instanceof ImageBlock && ((ImageBlock) block).image().credit() != null) {
          credits.add(((ImageBlock) block).image().credit());
        }
      }
    }

    assertThat(credits).extracting(Credit::role)
        .contains(Credit.PHOTO, Credit.ADDITIONAL_REPORTING, Credit.TRANSLATION);
    assertThat(credits).filteredOn(credit -> credit.role().equals(Credit.PHOTO))
        .extracting(Credit::line)
        .contains("Photo: Rui Almeida/Example Press Agency");
  }

  @Test
  void an_author_name_is_written_right_to_left_with_a_zero_width_non_joiner() {
    String name = SampleContent.isfahanBazaarRoof().authors().get(0).name();

    assertThat(name).isEqualTo("مریم کاظمی\u200Cپور").contains("\u200C");
    assertThat(Character.getDirectionality(name.codePointAt(0)))
        .isEqualTo(Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }

  @Test
  void embargoed_article_is_not_published_before_its_embargo() {
    Article embargoed = SampleContent.joblessRateEmbargoed();

    assertThat(embargoed.embargoedUntil()).isNotNull();
    assertThat(embargoed.publishedAt() == null || !embargoed.publishedAt().isBefore(embargoed.embargoedUntil()))
        .isTrue();
    assertThat(MastheadValidator.standard().validate(embargoed)).isEmpty();
  }

  @Test
  void news_ticker_has_every_priority_and_one_item_expired_at_the_demo_time() {
    Ticker ticker = SampleContent.newsTicker();

    assertThat(ticker.label()).isEqualTo("News Ticker");
    assertThat(ticker.items()).extracting(TickerItem::priority)
        .containsExactly(TickerPriority.BREAKING, TickerPriority.URGENT, TickerPriority.NORMAL,
            TickerPriority.NORMAL, TickerPriority.NORMAL);
    assertThat(ticker.activeAt(SampleContent.DEMO_TIME).items())
        .extracting(TickerItem::id)
        .containsExactly("t-2001", "t-2002", "t-1998", "t-1990");
    assertThat(ticker.items())
        .filteredOn(item -> item.expiresAt() != null && !SampleContent.DEMO_TIME.isBefore(item.expiresAt()))
        .extracting(TickerItem::id)
        .containsExactly("t-1995");
  }

  @Test
  void every_address_is_under_example_com_or_example_org() {
    Pattern url = Pattern.compile("https?://([^/\"]+)");
    Set<String> hosts = SampleContent.samples().values().stream()
        .map(JSON::write)
        .flatMap(json -> url.matcher(json).results().map(match -> match.group(1)))
        .collect(Collectors.toSet());
    Set<String> emails = SampleContent.articles().stream()
        .flatMap(article -> article.authors().stream())
        .filter(author -> author.email() != null)
        .map(author -> author.email().substring(author.email().indexOf('@') + 1))
        .collect(Collectors.toSet());

    // Terms of the IPTC vocabularies (subjects, digital source types) are identifiers, real by design.
    assertThat(hosts).isNotEmpty()
        .allMatch(host -> host.matches("([a-z0-9-]+\\.)*example\\.(com|org)") || host.equals("cv.iptc.org"));
    assertThat(emails).isNotEmpty().allMatch(host -> host.matches("([a-z0-9-]+\\.)*example\\.(com|org)"));
  }
}
