package dev.masthead.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.json.generated.Generators;
import dev.masthead.json.generated.Seeds;
import dev.masthead.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed output matches the community JSON Schema of JSON Feed 1.1. */
class JsonFeedSchemaIT {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final FeedMetadata AT_NOON = FeedMetadata.builder().at(Instant.parse("2024-05-01T12:00:00Z")).build();
  private static Schema schema;

  @BeforeAll
  static void readTheSchema() throws IOException {
    try (InputStream in = Files.newInputStream(Interop.file("jsonfeed", "schema-v1.1.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  @Test
  void the_feeds_of_the_fixtures_match_the_schema() {
    FeedWriter writer = FeedWriter.of(FeedFormat.JSON_FEED);
    FeedWriter plain = writer.toBuilder().htmlBody(null).build();

    assertThat(errors(writer.write(Fixtures.ticker(), AT_NOON).value())).isEmpty();
    assertThat(errors(writer.write(List.of(Fixtures.budget(), Fixtures.seed()), AT_NOON).value())).isEmpty();
    assertThat(errors(plain.write(Fixtures.budget(), AT_NOON.toBuilder().feedUrl("https://news.example.com/feed.json").build()).value())).isEmpty();
    assertThat(errors(writer.write(List.of(), AT_NOON).value())).isEmpty();
  }

  @Test
  void the_schema_rejects_a_feed_without_items() {
    assertThat(errors("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\"}")).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> feeds_of_generated_content_match_the_schema() {
    FeedWriter writer = FeedWriter.of(FeedFormat.JSON_FEED);
    FeedMetadata far = FeedMetadata.builder().at(Instant.parse("2199-12-31T00:00:00Z")).build();
    return Seeds.seeds("jsonfeed-schema").limit(200).mapToObj(seed -> dynamicTest("seed=" + seed, () -> {
      Generators generators = new Generators(seed);
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        articles.add(generators.article());
      }
      String replay = "replay with -Dmasthead.seed=" + seed;

      assertThat(errors(writer.write(articles, far).value())).as(replay).isEmpty();
      assertThat(errors(writer.write(generators.ticker(), AT_NOON).value())).as(replay).isEmpty();
    }));
  }

  private static List<String> errors(String json) {
    return schema.validate(TREES.readTree(json)).stream().map(Error::toString).toList();
  }
}
