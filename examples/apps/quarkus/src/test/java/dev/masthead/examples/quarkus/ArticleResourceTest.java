package dev.masthead.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Starts the application on a loopback port and posts articles to it over real HTTP, as a client
 * would.
 */
@QuarkusTest
class ArticleResourceTest {
  /** A plain Jackson 2 mapper, without Masthead: the test reads what the wire carries. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TestHTTPResource("/articles")
  URI articles;

  @TestHTTPResource("/articles/publishable")
  URI publishable;

  @Test
  void echoes_the_seed_article_in_the_wire_format() throws Exception {
    String seed = new String(seedBytes(), StandardCharsets.UTF_8);

    HttpResponse<String> response = post(articles, seedBytes());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(seed));
    assertThat(response.body())
        .contains("\"status\":\"published\"")
        .contains("{\"type\":\"paragraph\",\"text\":\"Iran is seeking")
        .doesNotContain(":null")
        .doesNotContain("PUBLISHED");
  }

  @Test
  void answers_an_invalid_article_with_every_violation_at_its_pointer() throws Exception {
    ObjectNode article = seed();
    ((ObjectNode) article.withArray("authors").get(0)).put("name", " ");
    article.putArray("credits").addObject().put("role", "photo").put("name", "A. Smith").put("license", "javascript:alert(1)");
    article.putObject("leadImage").put("width", 0);
    article.withArray("body").insertObject(2).put("type", "heading").put("level", 7).put("text", "Background");

    HttpResponse<String> response = post(articles, JSON.writeValueAsBytes(article));

    JsonNode problem = invalidContent(response, "article is not well-formed: 4 violations");
    // Authors, blocks, credits and images: Quarkus's validator found the constraints of each through
    // the Jandex index of masthead-core. The application has its own ValidationMessages.properties,
    // and Masthead's messages still read as messages, not as {dev.masthead.constraint...} keys.
    assertThat(ResourceBundle.getBundle("ValidationMessages").getString("jakarta.validation.constraints.NotBlank.message"))
        .isEqualTo("must be filled in");
    assertThat(violations(problem)).containsExactly(
        "/authors/0/name blank must not be blank",
        "/body/2/level too_large must be at most 6",
        "/credits/0/license url_scheme must be an absolute URL starting with http:// or https://",
        "/leadImage/width too_small must be at least 1");
  }

  @Test
  void answers_an_invalid_article_the_same_way_under_a_constrained_path() throws Exception {
    ObjectNode article = seed();
    article.put("headline", " ");
    ((ObjectNode) article.withArray("authors").get(0)).put("name", " ");

    HttpResponse<String> response = post(section("city"), JSON.writeValueAsBytes(article));

    JsonNode problem = invalidContent(response, "article is not well-formed: 2 violations");
    assertThat(violations(problem)).containsExactly(
        "/authors/0/name blank must not be blank",
        "/headline blank must not be blank");
  }

  @Test
  void leaves_it_to_quarkus_when_another_parameter_fails() throws Exception {
    ObjectNode article = seed();
    article.put("headline", " ");

    HttpResponse<String> response = post(section("City%20Desk"), JSON.writeValueAsBytes(article));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("masthead.dev/problems").contains("\"title\":\"Constraint Violation\"", "file.section");
  }

  @Test
  void files_a_valid_article_under_a_valid_section() throws Exception {
    HttpResponse<String> response = post(section("city"), seedBytes());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body())).isEqualTo(seed());
  }

  @Test
  void refuses_a_string_where_the_format_has_a_number() throws Exception {
    ObjectNode article = seed();
    ((ObjectNode) article.withArray("authors").get(0)).put("articleCount", "412");

    String json = JSON.writeValueAsString(article);

    HttpResponse<String> response = post(articles, json.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://masthead.dev/problems/malformed-json");
    assertThat(problem.get("title").asText()).isEqualTo("Malformed JSON");
    assertThat(problem.get("detail").asText()).isEqualTo("must be an integer, not a string");
    assertThat(violations(problem)).containsExactly("/authors/0/articleCount wrong_type must be an integer, not a string");
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    // Jackson counts the columns of a body it reads as bytes in bytes: the seed's curly quotes take three.
    String before = json.substring(0, json.indexOf("\"412\""));
    assertThat(problem.get("column").asInt()).isEqualTo(before.getBytes(StandardCharsets.UTF_8).length + 1);
  }

  @Test
  void refuses_a_21_mb_article_with_the_readers_size_limit() throws Exception {
    ObjectNode article = seed();
    ArrayNode body = article.putArray("body");
    String text = "The council voted on Tuesday. ".repeat(650); // 19,500 code points, under the paragraph limit
    for (int i = 0; i < 1_100; i++) {
      body.addObject().put("type", "paragraph").put("text", text);
    }
    byte[] json = JSON.writeValueAsBytes(article);
    assertThat(json.length).isGreaterThan(21_000_000);

    HttpResponse<String> response = post(articles, json);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).hasSizeLessThan(2_000).doesNotContain("The council voted");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://masthead.dev/problems/malformed-json");
    assertThat(problem.get("violations").get(0).get("code").asText()).isEqualTo("document_too_large");
  }

  @Test
  void answers_an_article_not_ready_to_publish_with_what_is_missing() throws Exception {
    HttpResponse<String> response = post(publishable, seedBytes());

    JsonNode problem = invalidContent(response, "article is not publishable: 5 violations");
    assertThat(violations(problem)).containsExactly(
        "/canonicalUrl required_to_publish is required to publish",
        "/leadImage/altText required_to_publish is required to publish",
        "/leadImage/credit required_to_publish is required to publish",
        "/leadImage/url required_to_publish is required to publish",
        "/publishedAt required_to_publish is required to publish");
  }

  @Test
  void runs_on_jackson_2_without_jackson_3() {
    String jackson = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    System.out.println("Quarkus " + io.quarkus.builder.Version.getVersion() + ", Jackson " + jackson
        + ", Hibernate Validator " + org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion());

    assertThat(jackson).startsWith("2.");
    assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void reads_masthead_from_jars_that_carry_a_jandex_index() throws Exception {
    // Quarkus's Hibernate Validator knows the constraints of the classes in its Jandex index; the
    // invalid-article test above shows it uses them, this one where they come from.
    for (Class<?> type : List.of(dev.masthead.model.Article.class, dev.masthead.jackson2.MastheadJackson2Module.class)) {
      URI jar = type.getProtectionDomain().getCodeSource().getLocation().toURI();
      try (JarFile file = new JarFile(new File(jar))) {
        assertThat(file.getEntry("META-INF/jandex.idx")).as("%s", jar).isNotNull();
      }
    }
  }

  /** Checks that {@code response} is Masthead's invalid-content problem with {@code detail}, and returns it. */
  private static JsonNode invalidContent(HttpResponse<String> response, String detail) throws IOException {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://masthead.dev/problems/invalid-content");
    assertThat(problem.get("title").asText()).isEqualTo("Invalid content");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).isEqualTo(detail);
    return problem;
  }

  private URI section(String section) {
    return articles.resolve("articles/sections/" + section);
  }

  private static List<String> violations(JsonNode problem) {
    List<String> lines = new ArrayList<>();
    for (JsonNode violation : problem.get("violations")) {
      lines.add(violation.get("pointer").asText() + " " + violation.get("code").asText() + " " + violation.get("message").asText());
    }
    return lines;
  }

  private static HttpResponse<String> post(URI uri, byte[] json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static ObjectNode seed() throws IOException {
    return (ObjectNode) JSON.readTree(seedBytes());
  }

  private static byte[] seedBytes() throws IOException {
    try (InputStream in = ArticleResourceTest.class.getResourceAsStream("/seed-article.json")) {
      return in.readAllBytes();
    }
  }
}
