package dev.masthead.examples.quarkus;

import dev.masthead.model.Article;
import dev.masthead.validation.MastheadValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Articles in and out of a Quarkus REST endpoint: Quarkus's Jackson mapper reads them with the
 * Masthead module and Quarkus's Hibernate Validator checks them before the method runs.
 */
@Path("/articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

  /**
   * Returns a well-formed article as it was read.
   *
   * @param article the request body, well-formed or answered with a problem before this runs
   * @return the same article
   */
  @POST
  public Article echo(@Valid Article article) {
    return article;
  }

  /**
   * Returns a well-formed article filed under a section. A bad section is answered by Quarkus, a bad
   * article with Masthead's problem, as on {@link #echo(Article)}.
   *
   * @param section the section's slug
   * @param article the request body, well-formed or answered with a problem before this runs
   * @return the same article
   */
  @POST
  @Path("/sections/{section}")
  public Article file(@PathParam("section") @Pattern(regexp = "[a-z][a-z0-9-]{0,31}") String section, @Valid Article article) {
    return article;
  }

  /**
   * Returns an article that may be published; one that may not is answered with a problem that
   * lists what is missing.
   *
   * @param article the request body
   * @return the same article
   */
  @POST
  @Path("/publishable")
  public Article publishable(@Valid Article article) {
    return MastheadValidator.standard().requirePublishable(article);
  }
}
