package dev.masthead.html.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.masthead.conversion.Converted;
import dev.masthead.html.HtmlLimitException;
import dev.masthead.html.HtmlReader;
import dev.masthead.html.HtmlWriter;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Feeds raw text to the HTML importer. The property: it returns blocks or throws {@link
 * HtmlLimitException} (or, for an article, {@link InvalidContentException}) and nothing else, no
 * {@link StackOverflowError}, no {@link OutOfMemoryError}; every block it returns is well-formed;
 * written again as HTML it holds nothing executable; and read once more it is a fixed point.
 *
 * <p>Under {@code ./mvnw verify} each method runs once per committed input in {@code
 * src/test/resources/dev/masthead/html/fuzz/HtmlImportFuzzTestInputs/<method>/}; with {@code
 * JAZZER_FUZZ=1} one method is fuzzed (see docs/reliability.md).
 */
class HtmlImportFuzzTest {
  private static final HtmlReader READER = HtmlReader.builder().baseUri("https://news.example.com/a/").build();

  @FuzzTest
  void read_blocks(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    Converted<List<Block>> read;
    try {
      read = READER.readBlocks(html);
    } catch (HtmlLimitException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    List<Block> blocks = read.value();
    for (Block block : blocks) {
      assertThat(MastheadValidator.standard().validate(block)).isEmpty();
    }
    String written = HtmlWriter.standard().body(blocks).value();
    assertThat(executable(written)).isEmpty();
    // Reading what was written again changes nothing more: the importer's output is a fixed point.
    List<Block> again = READER.readBlocks(written).value();
    assertThat(HtmlReader.standard().readBlocks(HtmlWriter.standard().body(again).value()).value()).isEqualTo(again);
  }

  @FuzzTest
  void read_article(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    Article article;
    try {
      article = HtmlReader.builder().language("en").build().readArticle(html).value();
    } catch (HtmlLimitException | InvalidContentException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(MastheadValidator.standard().validate(article)).isEmpty();
    assertThat(executable(HtmlWriter.standard().page(article).value())).isEmpty();
  }

  private static List<String> executable(String html) {
    return Jsoup.parse(html).body().getAllElements().stream()
        .flatMap(HtmlImportFuzzTest::problems)
        .toList();
  }

  private static java.util.stream.Stream<String> problems(Element element) {
    java.util.stream.Stream.Builder<String> problems = java.util.stream.Stream.builder();
    if (List.of("script", "style", "iframe", "object", "embed", "svg", "math", "form").contains(element.normalName())) {
      problems.add(element.normalName());
    }
    for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
      String key = attribute.getKey().toLowerCase(Locale.ROOT);
      String value = attribute.getValue().toLowerCase(Locale.ROOT);
      if (key.startsWith("on") || key.equals("style")) {
        problems.add(key);
      }
      if ((key.equals("href") || key.equals("src")) && !value.startsWith("http://") && !value.startsWith("https://")) {
        problems.add(key + "=" + value);
      }
    }
    return problems.build();
  }
}
