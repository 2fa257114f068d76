package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.conversion.Converted;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Heading;
import dev.masthead.model.Ticker;
import dev.masthead.validation.InvalidContentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MastheadReaderTest {
  private static final MastheadJson JSON = MastheadJson.standard();

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.masthead.json.Samples#everyType")
  void reads_every_type_from_every_kind_of_input(String name, Object value, @TempDir Path dir) throws IOException {
    MastheadReader<?> reader = JSON.reader(Samples.readType(value));
    String json = JSON.write(value);
    Path file = Files.writeString(dir.resolve("value.json"), json);

    List<Object> read = List.of(
        reader.read(json),
        reader.read(json.getBytes(StandardCharsets.UTF_8)),
        reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))),
        reader.read(new StringReader(json)),
        reader.read(file),
        reader.readReported(json).value(),
        reader.readReported(json.getBytes(StandardCharsets.UTF_8)).value(),
        reader.readReported(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).value(),
        reader.readReported(new StringReader(json)).value(),
        reader.readReported(file).value());

    assertThat(read).hasSize(10).allSatisfy(each -> assertThat(each).isEqualTo(value));
  }

  @Test
  void reading_a_block_kind_requires_its_type() {
    MastheadReader<Heading> headings = JSON.reader(Heading.class);

    assertThat(headings.type()).isEqualTo(Heading.class);
    assertThat(headings.read("{\"type\":\"heading\",\"level\":2,\"text\":\"Budget\"}")).isEqualTo(Heading.of(2, "Budget"));
    MalformedJsonException wrongKind =
        org.junit.jupiter.api.Assertions.assertThrows(
            MalformedJsonException.class, () -> headings.read("{\"type\":\"paragraph\",\"text\":\"Budget\"}"));
    assertThat(wrongKind.pointer()).isEqualTo("/type");
  }

  @Test
  void refuses_a_type_that_is_not_part_of_the_model() {
    assertThatThrownBy(() -> JSON.reader(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be a Masthead type, not java.lang.String");
  }

  @Test
  void refuses_a_part_that_is_never_a_document_of_its_own() {
    assertThatThrownBy(() -> JSON.reader(dev.masthead.model.DigitalSourceType.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be a Masthead type, not dev.masthead.model.DigitalSourceType");
  }

  @Test
  void article_and_ticker_readers_are_shared() {
    assertThat(JSON.reader(Article.class)).isSameAs(JSON.reader(Article.class));
    assertThat(JSON.reader(Ticker.class)).isSameAs(JSON.reader(Ticker.class));
    assertThat(JSON.reader(Block.class)).hasToString("MastheadReader[Block]");
  }

  @Test
  void reads_a_stream_of_any_type() {
    String ndjson = JSON.write(Samples.ticker()) + "\n" + JSON.write(Samples.ticker()) + "\n";

    try (Stream<Ticker> tickers = JSON.reader(Ticker.class).readAll(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(tickers.collect(Collectors.toList())).containsExactly(Samples.ticker(), Samples.ticker());
    }
  }

  @Test
  void an_invalid_document_in_a_stream_names_its_index() {
    String bad = JSON.write(Samples.ticker()).replace("\"label\":\"News Ticker\"", "\"label\":\"  \"");
    String ndjson = JSON.write(Samples.ticker()) + "\n" + bad + "\n";

    try (Stream<Ticker> tickers = JSON.reader(Ticker.class).readAll(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      assertThatThrownBy(() -> tickers.collect(Collectors.toList()))
          .isInstanceOfSatisfying(InvalidContentException.class, e -> {
            assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/1/label");
            assertThat(e.getMessage()).startsWith("ticker 1 ");
          });
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void the_deprecated_forms_answer_as_the_typed_reader(@TempDir Path dir) throws IOException {
    String article = JSON.write(Samples.article());
    String ticker = JSON.write(Samples.ticker());
    byte[] bytes = article.getBytes(StandardCharsets.UTF_8);
    Path file = Files.writeString(dir.resolve("a.json"), article);
    Function<String, ByteArrayInputStream> in = text -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));

    assertThat(List.of(
            JSON.read(article, Article.class), JSON.read(bytes, Article.class),
            JSON.read(in.apply(article), Article.class), JSON.read(new StringReader(article), Article.class),
            JSON.read(file, Article.class), JSON.readArticle(in.apply(article)),
            JSON.readArticle(new StringReader(article)), JSON.readReported(article, Article.class).value(),
            JSON.readReported(bytes, Article.class).value()))
        .allSatisfy(each -> assertThat(each).isEqualTo(Samples.article()));
    assertThat(List.of(JSON.readTicker(in.apply(ticker)), JSON.readTicker(new StringReader(ticker))))
        .allSatisfy(each -> assertThat(each).isEqualTo(Samples.ticker()));
    Converted<Article> reported = JSON.readReported(article, Article.class);
    assertThat(reported.losses()).isEmpty();
  }
}
