package dev.masthead.spring.boot;

import dev.masthead.model.Article;
import dev.masthead.validation.MastheadValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest Boot application that reads Masthead content: auto-configuration and one controller,
 * without component scanning, so that each test adds exactly the beans it is about.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestApplication.Articles.class)
class TestApplication {

  /** A body that is not Masthead's: its failures are left to Spring. */
  record Note(@NotBlank String text) {}

  @RestController
  static class Articles {
    @PostMapping("/articles")
    Article echo(@Valid @RequestBody Article article) {
      return article;
    }

    /** Content that is well-formed but not publishable fails here, with an InvalidContentException. */
    @PostMapping("/articles/published")
    Article publish(@RequestBody Article article) {
      return MastheadValidator.standard().requirePublishable(article);
    }

    /**
     * A constraint on another parameter makes Spring validate the whole method, and a bad article
     * then fails with a HandlerMethodValidationException instead.
     */
    @PostMapping("/sections/{section}/articles")
    Article file(@PathVariable("section") @Size(max = 12) String section, @Valid @RequestBody Article article) {
      return article;
    }

    @PostMapping("/notes")
    Note note(@Valid @RequestBody Note note) {
      return note;
    }
  }
}
