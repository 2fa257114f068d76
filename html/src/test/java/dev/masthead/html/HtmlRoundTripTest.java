package dev.masthead.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.conversion.LossKind;
import dev.masthead.json.generated.Generators;
import dev.masthead.json.generated.Seeds;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.validation.MastheadValidator;
import java.util.List;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated article (the generators of the serialization tests: every block kind, text at its
 * limits, astral, combining and right-to-left text, characters HTML must escape) written as HTML and
 * read back. {@code -Dmasthead.seed=N} replays one seed, {@code -Dmasthead.runs=N} runs more.
 */
class HtmlRoundTripTest {
  static LongStream seeds() {
    return Seeds.seeds("html-round-trip");
  }

  /** Whole pages cost several times a body: a quarter of the seeds, still every kind of content. */
  static LongStream pageSeeds() {
    boolean all = System.getProperty("masthead.seed", "").isBlank();
    return all ? seeds().filter(seed -> Math.floorMod(seed, 4) == 0) : seeds();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_body_written_and_read_back_is_equal_up_to_the_white_space_rule(long seed) {
    Article article = new Generators(seed).article();

    Converted<String> html = HtmlWriter.standard().body(article.body());
    Converted<List<Block>> back = HtmlReader.standard().readBlocks(html.value());

    assertThat(back.value()).isEqualTo(HtmlRules.expected(article.body()));
    // Reading reports only what writing already reported: a link over white space that collapsed.
    for (Loss loss : back.losses()) {
      assertThat(loss.detail()).isEqualTo("a link over no text");
      String block = loss.pointer().substring(0, loss.pointer().indexOf('/', 1));
      assertThat(html.losses()).contains(Loss.changed(block + "/text", "white space collapses in html"));
    }
    assertThat(MastheadValidator.standard().validate(article.withBody(back.value()))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void every_block_that_reads_back_changed_is_reported_and_no_other(long seed) {
    Article article = new Generators(seed).article();

    Converted<String> html = HtmlWriter.standard().body(article.body());

    List<Block> expected = HtmlRules.expected(article.body());
    for (int i = 0; i < expected.size(); i++) {
      boolean changed = !expected.get(i).equals(article.body().get(i));
      String pointer = "/" + i + "/";
      boolean reported = html.losses().stream().anyMatch(loss -> loss.pointer().startsWith(pointer));
      assertThat(reported).as("block %d changed: %s", i, changed).isEqualTo(changed);
    }
    assertThat(html.losses()).extracting(Loss::detail).allMatch(detail -> List.of(
        "white space collapses in html", "ranges that touch read back from html as one", "a srcset holds no height",
        "a srcset holds no media type", "a rendition without a width has no place in a srcset",
        "not an http(s) url that fits in a srcset", "an image's rights are not shown in html",
        "how an image was made is not shown in html").contains(detail));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pageSeeds")
  void a_whole_article_passes_the_safelist_and_holds_nothing_executable(long seed) {
    Article article = new Generators(seed).article();

    String fragment = HtmlWriter.standard().article(article).value();
    String page = HtmlWriter.standard().page(article).value();

    assertThat(Jsoup.isValid(fragment, HtmlRules.safelist())).isTrue();
    assertThat(HtmlRules.executable(fragment)).isEmpty();
    assertThat(Jsoup.isValid(Jsoup.parse(page).body().html(), HtmlRules.safelist())).isTrue();
    assertThat(HtmlRules.executable(page)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pageSeeds")
  void a_page_read_back_gives_the_article_fields_it_shows(long seed) {
    Article article = new Generators(seed).article();
    Converted<String> page = HtmlWriter.standard().page(article);

    Converted<Article> back = HtmlReader.standard().readArticle(page.value());

    Article read = back.value();
    assertThat(read.headline()).isEqualTo(HtmlRules.text(article.headline()));
    assertThat(read.language()).isEqualTo(article.language());
    assertThat(read.body()).isEqualTo(HtmlRules.expected(article.body()));
    assertThat(read.authors()).extracting(a -> a.name())
        .isEqualTo(article.authors().stream().map(a -> HtmlRules.text(a.name())).toList());
    assertThat(read.leadImage()).isEqualTo(article.leadImage() == null ? null : HtmlRules.image(article.leadImage()));
    assertThat(back.losses()).extracting(Loss::pointer).contains("/id", "/slug");
  }
}
