package dev.masthead.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.JsonNode;

/**
 * An application's own exception handler wins over Masthead's answer, and Masthead's answer wins
 * over Spring Boot's generic problem details.
 */
@SpringBootTest(classes = MastheadExceptionResolverTest.OwnHandlerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MastheadExceptionResolverTest {
  @LocalServerPort
  int port;

  @Test
  void the_application_handler_answers_what_it_handles() {
    HttpResponse<String> response = Http.post(port, "/articles", Http.invalidArticle());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("{\"handledBy\":\"application\"}");
  }

  @Test
  void masthead_answers_what_the_application_does_not_handle() {
    HttpResponse<String> response = Http.post(port, "/articles", "{\"id\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).startsWith("application/problem+json");
    assertThat(Http.json(response).get("violations").get(0).get("code").asString()).isEqualTo("syntax");
  }

  @Test
  void an_application_resolver_replaces_mastheads() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MastheadAutoConfiguration.class))
        .withUserConfiguration(OwnResolver.class)
        .run(context -> assertThat(context).getBeans(MastheadExceptionResolver.class).containsOnlyKeys("ownResolver"));
  }

  @Test
  void a_servlet_application_gets_one_resolver_unless_problems_are_disabled() {
    WebApplicationContextRunner runner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MastheadAutoConfiguration.class));

    runner.run(context -> assertThat(context).hasSingleBean(MastheadExceptionResolver.class)
        .getBean(MastheadExceptionResolver.class).extracting(MastheadExceptionResolver::getOrder)
        .isEqualTo(MastheadExceptionResolver.ORDER));
    runner.withPropertyValues("masthead.problems.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(MastheadExceptionResolver.class));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MastheadAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(MastheadExceptionResolver.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnResolver {
    @Bean
    MastheadExceptionResolver ownResolver(ApplicationContext context) {
      return new MastheadExceptionResolver(context);
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({TestApplication.Articles.class, OwnHandler.class})
  static class OwnHandlerApplication {}

  @RestControllerAdvice
  static class OwnHandler {
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, String>> notValid(MethodArgumentNotValidException e) {
      return ResponseEntity.status(422).body(Map.of("handledBy", "application"));
    }
  }

  /** With spring.mvc.problemdetails.enabled, Boot answers every other failure with its own problem details. */
  @Nested
  @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
  @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = "spring.mvc.problemdetails.enabled=true")
  class WithSpringBootProblemDetails {
    @LocalServerPort
    int port;

    @Test
    void masthead_content_gets_mastheads_problem() {
      HttpResponse<String> response = Http.post(port, "/articles", Http.invalidArticle());

      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode problem = Http.json(response);
      assertThat(problem.get("type").asString()).isEqualTo("https://masthead.dev/problems/invalid-content");
      assertThat(problem.get("violations")).hasSize(2);
    }

    @Test
    void other_content_gets_spring_boots_problem() {
      HttpResponse<String> response = Http.post(port, "/notes", "{\"text\":\" \"}");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(Http.contentType(response)).startsWith("application/problem+json");
      JsonNode problem = Http.json(response);
      assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
      assertThat(problem.get("instance").asString()).isEqualTo("/notes");
      assertThat(problem.has("violations")).isFalse();
    }
  }
}
