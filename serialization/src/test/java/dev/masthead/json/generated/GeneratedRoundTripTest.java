package dev.masthead.json.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.json.JsonSchemas;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.validation.MastheadValidator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated articles and tickers survive writing and reading, are described by the shipped JSON
 * Schema, and are accepted by the validator. A failure names its seed: replay it with
 * {@code -Dmasthead.seed=N}.
 */
class GeneratedRoundTripTest {
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final MastheadJson STRICT = MastheadJson.standard().toBuilder().strict(true).build();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(Map.of(
              JsonSchemas.ARTICLE_ID, JsonSchemas.article(),
              JsonSchemas.TICKER_ID, JsonSchemas.ticker())));
  private static final Schema ARTICLE_SCHEMA = SCHEMAS.getSchema(SchemaLocation.of(JsonSchemas.ARTICLE_ID));
  private static final Schema TICKER_SCHEMA = SCHEMAS.getSchema(SchemaLocation.of(JsonSchemas.TICKER_ID));

  @TestFactory
  Stream<DynamicTest> generated_articles_round_trip_validate_and_match_the_schema() {
    return Seeds.seeds("articles").mapToObj(seed -> dynamicTest("article seed=" + seed, () -> {
      Article article = new Generators(seed).article();
      String replay = "replay with -Dmasthead.seed=" + seed;

      assertThat(MastheadValidator.standard().validate(article)).as(replay).isEmpty();
      String json = JSON.write(article);
      assertThat(JSON.readArticle(json)).as(replay).isEqualTo(article);
      assertThat(STRICT.readArticle(JSON.writeBytes(article))).as(replay).isEqualTo(article);
      assertThat(JSON.readArticle(JSON.writePretty(article))).as(replay).isEqualTo(article);
      assertThat(errors(ARTICLE_SCHEMA, json)).as(replay).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> generated_tickers_round_trip_validate_and_match_the_schema() {
    return Seeds.seeds("tickers").mapToObj(seed -> dynamicTest("ticker seed=" + seed, () -> {
      Ticker ticker = new Generators(seed).ticker();
      String replay = "replay with -Dmasthead.seed=" + seed;

      assertThat(MastheadValidator.standard().validate(ticker)).as(replay).isEmpty();
      String json = JSON.write(ticker);
      assertThat(JSON.readTicker(json)).as(replay).isEqualTo(ticker);
      assertThat(STRICT.readTicker(JSON.writeBytes(ticker))).as(replay).isEqualTo(ticker);
      assertThat(errors(TICKER_SCHEMA, json)).as(replay).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> the_same_seed_generates_the_same_content() {
    return Stream.of(1L, 42L, -7L).map(seed -> dynamicTest("seed=" + seed, () -> {
      assertThat(new Generators(seed).article()).isEqualTo(new Generators(seed).article());
      assertThat(new Generators(seed).ticker()).isEqualTo(new Generators(seed).ticker());
      assertThat(new Generators(seed).article()).isNotEqualTo(new Generators(seed + 1).article());
    }));
  }

  static List<String> errors(Schema schema, String json) {
    return schema.validate(TREES.readTree(json)).stream().map(Error::toString).toList();
  }
}
