package dev.masthead.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The masthead.json.* properties set the limits of Boot's mapper, and are described for IDEs. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"masthead.json.max-document-bytes=3000", "masthead.json.max-depth=3"})
class MastheadJsonPropertiesTest {
  @LocalServerPort
  int port;

  @Test
  void max_document_bytes_refuses_a_larger_body() {
    HttpResponse<String> response = Http.post(port, "/articles", Http.seed());

    assertThat(Http.seed().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(3000);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("violations").get(0).get("code").asString()).isEqualTo("document_too_large");
  }

  @Test
  void max_depth_refuses_deeper_nesting() {
    String json = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\","
        + "\"body\":[{\"type\":\"list\",\"items\":[\"one\"]}],\"extra\":{\"a\":{\"b\":{}}}}";

    HttpResponse<String> response = Http.post(port, "/articles", json);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("violations").get(0).get("code").asString()).isEqualTo("too_deep");
  }

  @Test
  void a_document_within_the_limits_is_read() {
    String json = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"A\",\"language\":\"en\"}";

    HttpResponse<String> response = Http.post(port, "/articles", json);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response).get("headline").asString()).isEqualTo("A");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "masthead.json.max-document-bytes|java.lang.Long|The largest Masthead document read through the mapper, in bytes; 10,000,000 when unset.",
      "masthead.json.max-depth|java.lang.Integer|The deepest nesting of objects and arrays; 32 when unset.",
      "masthead.json.max-string-length|java.lang.Integer|The longest string value, in characters; 100,000 when unset.",
      "masthead.json.max-number-length|java.lang.Integer|The longest number literal, in characters; 24 when unset.",
      "masthead.json.max-name-length|java.lang.Integer|The longest property name, in characters; 256 when unset.",
      "masthead.json.max-tokens|java.lang.Long|The most JSON tokens in a document; 1,000,000 when unset.",
      "masthead.json.max-blocks|java.lang.Integer|The most body blocks read; 2,000 when unset.",
      "masthead.json.max-authors|java.lang.Integer|The most authors read; 50 when unset.",
      "masthead.json.max-tags|java.lang.Integer|The most tags read; 100 when unset.",
      "masthead.json.max-ticker-items|java.lang.Integer|The most ticker items read; 200 when unset.",
      "masthead.json.unknown-content|dev.masthead.json.UnknownContent|What reading does with block types and values this version does not know: refuse (the default), keep or drop.",
  })
  void metadata_describes_each_property(String name, String type, String description) throws IOException {
    JsonNode property = metadata().get(name);

    assertThat(property).as(name).isNotNull();
    assertThat(property.get("type").asString()).isEqualTo(type);
    assertThat(property.get("description").asString()).isEqualTo(description);
    assertThat(property.get("sourceType").asString()).isEqualTo(MastheadJsonProperties.class.getName());
  }

  @Test
  void metadata_gives_the_problems_switch_its_default() throws IOException {
    JsonNode enabled = metadata().get("masthead.problems.enabled");

    assertThat(enabled.get("type").asString()).isEqualTo("java.lang.Boolean");
    assertThat(enabled.get("defaultValue").asBoolean()).isTrue();
    assertThat(enabled.get("description").asString()).startsWith("Whether malformed JSON, invalid content and failed @Valid checks");
  }

  /** The metadata the configuration processor generated into the module's jar, by property name. */
  static Map<String, JsonNode> metadata() throws IOException {
    try (InputStream in = MastheadJsonProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
      Map<String, JsonNode> properties = new HashMap<>();
      for (JsonNode property : new JsonMapper().readTree(in).get("properties")) {
        properties.put(property.get("name").asString(), property);
      }
      return properties;
    }
  }
}
