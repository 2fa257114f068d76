package dev.masthead.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** masthead.problems.enabled=false leaves Masthead's errors to Spring's defaults. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "masthead.problems.enabled=false")
class MastheadProblemsPropertiesTest {
  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void disabled_problems_define_no_resolver() {
    assertThat(context.getBeansOfType(MastheadExceptionResolver.class)).isEmpty();
  }

  @Test
  void disabled_problems_leave_an_invalid_article_to_spring() {
    HttpResponse<String> response = Http.post(port, "/articles", Http.invalidArticle());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).doesNotStartWith("application/problem+json");
    assertThat(response.body()).doesNotContain("violations");
  }

  @Test
  void disabled_problems_keep_the_limits() {
    HttpResponse<String> response = Http.post(port, "/articles", Http.largeArticle(11_000_000));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("word word");
  }
}
