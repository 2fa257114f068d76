package dev.masthead.examples.boot4;

import dev.masthead.model.Article;
import dev.masthead.validation.MastheadValidator;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Takes articles and gives them back in the wire format, once they pass Masthead's rules. */
@RestController
class ArticleController {

  /** A well-formed article: Boot's validator runs Masthead's constraints on the body. */
  @PostMapping("/articles")
  Article receive(@Valid @RequestBody Article article) {
    return article;
  }

  /** An article ready to go live: Masthead's validator at the publishable level. */
  @PostMapping("/articles/publishable")
  Article publish(@RequestBody Article article) {
    return MastheadValidator.standard().requirePublishable(article);
  }
}
