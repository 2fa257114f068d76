package dev.masthead.examples.boot3;

import dev.masthead.model.Article;
import dev.masthead.validation.MastheadValidator;
import jakarta.validation.Valid;
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
  @PostMapping("/publishable")
  Article publishable(@Valid @RequestBody Article article) {
    return MastheadValidator.standard().requirePublishable(article);
  }
}
