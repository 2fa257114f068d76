package dev.masthead.examples.quarkus;

import dev.masthead.jackson2.MastheadMappingException;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers bad Masthead content with RFC 9457 problem details instead of Quarkus's defaults.
 *
 * <ul>
 *   <li>{@link MastheadMappingException}: a body that is not a Masthead document (malformed JSON, a
 *       wrong type, a document over the reader's limits), with its code and pointer;
 *   <li>{@link ConstraintViolationException}: a {@code @Valid} body that breaks Masthead's rules,
 *       every violation at its pointer in wire names;
 *   <li>{@link InvalidContentException}: the same, from Masthead's own validator.
 * </ul>
 */
public class ProblemMappers {
  static final String PROBLEM_JSON = "application/problem+json";
  static final String MALFORMED = "https://masthead.dev/problems/malformed-json";
  static final String INVALID = "https://masthead.dev/problems/invalid-content";

  @ServerExceptionMapper
  public Response malformed(MastheadMappingException e) {
    return answer(new Problem(MALFORMED, "Malformed JSON", 400, e.detail(),
        List.of(Violation.of(e.pointer(), e.code(), e.detail()))));
  }

  /**
   * Quarkus REST passes Jackson's mismatched-input errors on as they are but wraps its other errors
   * in a {@code 400} {@link WebApplicationException}: a Masthead error is answered from within it,
   * any other keeps the response it carries.
   */
  @ServerExceptionMapper
  public Response unreadable(WebApplicationException e) {
    return e.getCause() instanceof MastheadMappingException malformed ? malformed(malformed) : e.getResponse();
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    List<Violation> violations = MastheadValidator.violations(e.getConstraintViolations());
    return answer(new Problem(INVALID, "Invalid content", 400, detail(violations), violations));
  }

  @ServerExceptionMapper
  public Response invalid(InvalidContentException e) {
    return answer(new Problem(INVALID, "Invalid content", 400,
        e.subject() + " is not " + e.level() + ": " + count(e.violations()), e.violations()));
  }

  private static String detail(List<Violation> violations) {
    return "the request body is not well-formed: " + count(violations);
  }

  private static String count(List<Violation> violations) {
    return violations.size() == 1 ? "1 violation" : violations.size() + " violations";
  }

  private static Response answer(Problem problem) {
    return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
  }
}
