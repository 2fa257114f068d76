package dev.masthead.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MastheadJson;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A Boot application with the one dependency added, on a real port, answering a real HTTP client. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MastheadAutoConfigurationTest {
  @LocalServerPort
  int port;

  @Test
  void echoes_the_seed_article_in_the_wire_format() {
    HttpResponse<String> response = Http.post(port, "/articles", Http.seed());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(MastheadJson.standard().write(MastheadJson.standard().readArticle(Http.seed())));
    assertThat(Http.json(response).get("status").asString()).isEqualTo("published");
  }

  @Test
  void answers_an_invalid_article_with_masthead_codes_and_pointers() {
    HttpResponse<String> response = Http.post(port, "/articles", Http.invalidArticle());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).startsWith("application/problem+json");
    JsonNode problem = Http.json(response);
    assertThat(problem.get("type").asString()).isEqualTo("https://masthead.dev/problems/invalid-content");
    assertThat(problem.get("title").asString()).isEqualTo("Invalid content");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asString()).isEqualTo("article is not well-formed: 2 violations");
    assertThat(problem.get("instance").asString()).isEqualTo("/articles");
    assertThat(violations(problem)).containsExactly(
        "/authors/0/name byline_in_name must be a name, not a byline starting with \"By\"",
        "/headline blank must not be blank");
  }

  @Test
  void answers_an_invalid_article_as_well_when_spring_validates_the_whole_method() {
    HttpResponse<String> response = Http.post(port, "/sections/city/articles", Http.invalidArticle());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).startsWith("application/problem+json");
    JsonNode problem = Http.json(response);
    assertThat(problem.get("type").asString()).isEqualTo("https://masthead.dev/problems/invalid-content");
    assertThat(problem.get("detail").asString()).isEqualTo("article is not well-formed: 2 violations");
    assertThat(problem.get("instance").asString()).isEqualTo("/sections/city/articles");
    assertThat(violations(problem)).containsExactly(
        "/authors/0/name byline_in_name must be a name, not a byline starting with \"By\"",
        "/headline blank must not be blank");
  }

  @Test
  void leaves_it_to_spring_when_another_parameter_fails_too() {
    HttpResponse<String> response = Http.post(port, "/sections/" + "s".repeat(13) + "/articles", Http.invalidArticle());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("masthead.dev/problems");
  }

  @Test
  void reads_a_valid_article_where_spring_validates_the_whole_method() {
    HttpResponse<String> response = Http.post(port, "/sections/city/articles", Http.seed());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void application_validation_messages_do_not_hide_masthead_messages() {
    JsonNode problem = Http.json(Http.post(port, "/articles", Http.invalidArticle()));

    assertThat(problem.get("violations")).allSatisfy(violation ->
        assertThat(violation.get("message").asString()).doesNotContain("{").doesNotContain("dev.masthead"));
  }

  @Test
  void refuses_a_string_for_a_number_without_coercing_it() {
    String quoted = Http.replace(Http.seed(), "\"articleCount\": 352", "\"articleCount\": \"412\"");

    HttpResponse<String> response = Http.post(port, "/articles", quoted);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).startsWith("application/problem+json");
    JsonNode problem = Http.json(response);
    assertThat(problem.get("type").asString()).isEqualTo("https://masthead.dev/problems/malformed-json");
    assertThat(problem.get("title").asString()).isEqualTo("Malformed JSON");
    assertThat(problem.get("violations")).hasSize(1);
    assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("wrong_type");
    assertThat(problem.get("violations").get(0).get("pointer").asString()).isEqualTo("/authors/0/articleCount");
    assertThat(problem.get("line").asInt()).isEqualTo(45);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(response.body()).doesNotContain("412");
  }

  @Test
  void refuses_a_21_mb_article_as_too_large_without_echoing_it() {
    byte[] large = Http.largeArticle(21_000_000);

    HttpResponse<String> response = Http.post(port, "/articles", large);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = Http.json(response);
    assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("document_too_large");
    assertThat(response.body().length()).isLessThan(2_000);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"id\": |syntax",
      "{\"id\":\"a\",\"headline\":412}|wrong_type",
      "{\"id\":\"a\",\"body\":[{\"type\":\"heading\",\"text\":\"no level\"}]}|missing_property",
      "{\"id\":\"a\",\"id\":\"b\"}|duplicate_key",
      "{\"id\":\"a\",\"status\":\"PUBLISHED\"}|unknown_value",
      "{\"id\":\"a\",\"body\":[{\"text\":\"no type\"}]}|unknown_block_type",
  })
  void answers_malformed_documents_with_their_code(String json, String code) {
    HttpResponse<String> response = Http.post(port, "/articles", json);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).startsWith("application/problem+json");
    assertThat(Http.json(response).get("violations").get(0).get("code").asString()).isEqualTo(code);
  }

  @Test
  void answers_a_missing_body_as_empty_input() {
    HttpResponse<String> response = Http.post(port, "/articles", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("violations").get(0).get("code").asString()).isEqualTo("empty_input");
  }

  @Test
  void answers_content_that_cannot_be_published_with_every_violation() {
    HttpResponse<String> response = Http.post(port, "/articles/published", Http.seed());

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = Http.json(response);
    assertThat(problem.get("detail").asString()).isEqualTo("article is not publishable: 5 violations");
    assertThat(violations(problem)).containsExactly(
        "/canonicalUrl required_to_publish is required to publish",
        "/leadImage/altText required_to_publish is required to publish",
        "/leadImage/credit required_to_publish is required to publish",
        "/leadImage/url required_to_publish is required to publish",
        "/publishedAt required_to_publish is required to publish");
  }

  @Test
  void leaves_bodies_that_are_not_masthead_content_to_spring() {
    HttpResponse<String> response = Http.post(port, "/notes", "{\"text\":\" \"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).doesNotStartWith("application/problem+json");
    assertThat(response.body()).doesNotContain("violations");
  }

  static List<String> violations(JsonNode problem) {
    List<String> lines = new ArrayList<>();
    for (JsonNode violation : problem.get("violations")) {
      lines.add(violation.get("pointer").asString() + " " + violation.get("code").asString() + " "
          + violation.get("message").asString());
    }
    return lines;
  }
}
