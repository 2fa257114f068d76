package dev.masthead.examples.boot3;

import dev.masthead.model.Article;
import dev.masthead.validation.MastheadValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Articles in and out of a Spring MVC endpoint: Boot's Jackson mapper reads them with the Masthead
 * module and Boot's validator checks them before the method runs.
 */
@RestController
@RequestMapping(path = "/articles", consumes = "application/json", produces = "application/json")
class ArticleController {

  /**
   * Returns a well-formed article as it was read.
   *
   * @param article the request body, well-formed or answered with a problem before this runs
   * @return the same article
   */
  @PostMapping
  Article echo(@Valid @RequestBody Article article) {
    return article;
  }

  /**
   * Returns an article that may be published; one that may not is answered with a problem that
   * lists what is missing.
   *
   * @param article the request body
   * @return the same article
   */
  /**
   * Returns a well-formed article filed under a section. The constraint on the section makes
   * Spring validate the whole method, so a bad article fails with a {@code
   * HandlerMethodValidationException} here rather than a {@code MethodArgumentNotValidException};
   * {@link ProblemAdvice} answers both the same way.
   *
   * @param section the section's slug
   * @param article the request body, well-formed or answered with a problem before this runs
   * @return the same article
   */
  @PostMapping("/sections/{section}")
  Article file(@PathVariable("section") @Pattern(regexp = "[a-z][a-z0-9-]{0,31}") String section,
      @Valid @RequestBody Article article) {
    return article;
  }

  @PostMapping("/publishable")
  Article publishable(@Valid @RequestBody Article article) {
    return MastheadValidator.standard().requirePublishable(article);
  }
}
