package dev.masthead.examples.quarkus;

import dev.masthead.jackson2.MastheadMappingException;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationExceptionMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers bad Masthead content with RFC 9457 problem details instead of Quarkus's defaults.
 *
 * <ul>
 *   <li>{@link MastheadMappingException}: a body that is not a Masthead document (a wrong type, a
 *       duplicate key, a document over the reader's limits), with its code, pointer, line and
 *       column;
 *   <li>{@link ConstraintViolationException}: a {@code @Valid} body that breaks Masthead's rules,
 *       every violation at its pointer in wire names (when another parameter fails too, Quarkus's
 *       own mapper answers);
 *   <li>{@link InvalidContentException}: the same, from Masthead's own validator.
 * </ul>
 */
public class ProblemMappers {
  static final String PROBLEM_JSON = "application/problem+json";
  static final String MALFORMED_JSON = "https://masthead.dev/problems/malformed-json";
  static final String INVALID_CONTENT = "https://masthead.dev/problems/invalid-content";

  @ServerExceptionMapper
  public Response malformed(MastheadMappingException e) {
    return answer(new Problem(MALFORMED_JSON, "Malformed JSON", 400, e.detail(),
        List.of(Violation.of(e.pointer(), e.code(), e.detail())), e.line(), e.column()));
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

  /**
   * A {@code @Valid} Masthead body that breaks Masthead's rules. When a violation lies elsewhere (a
   * constrained path or query parameter), Quarkus's own mapper answers, as it would without this
   * one.
   */
  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    if (e.getConstraintViolations().isEmpty() || !e.getConstraintViolations().stream().allMatch(ProblemMappers::isInContent)) {
      return new ResteasyReactiveViolationExceptionMapper().toResponse(e);
    }
    String subject = subject(e.getConstraintViolations().iterator().next());
    return invalid(subject, ValidationLevel.WELL_FORMED, MastheadValidator.violations(e.getConstraintViolations()));
  }

  @ServerExceptionMapper
  public Response invalid(InvalidContentException e) {
    return invalid(e.subject(), e.level(), e.violations());
  }

  private static Response invalid(String subject, ValidationLevel level, List<Violation> violations) {
    String count = violations.size() == 1 ? "1 violation" : violations.size() + " violations";
    return answer(new Problem(INVALID_CONTENT, "Invalid content", 400, subject + " is not " + level + ": " + count,
        violations, null, null));
  }

  /** Whether {@code violation} lies in a parameter of one of Masthead's content types, such as an article. */
  private static boolean isInContent(ConstraintViolation<?> violation) {
    return contentType(violation).getPackageName().equals("dev.masthead.model");
  }

  /** The type of the parameter {@code violation} lies in, or of its root bean outside a method. */
  private static Class<?> contentType(ConstraintViolation<?> violation) {
    Object[] parameters = violation.getExecutableParameters();
    Class<?> type = violation.getRootBeanClass();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER && parameters != null) {
        Object parameter = parameters[node.as(Path.ParameterNode.class).getParameterIndex()];
        type = parameter == null ? Object.class : parameter.getClass();
      }
    }
    return type;
  }

  /** The {@code @Valid} parameter's type in words, as InvalidContentException names it: {@code TickerItem} is {@code ticker item}. */
  private static String subject(ConstraintViolation<?> violation) {
    return contentType(violation).getSimpleName().replaceAll("(?<=.)(\\p{Lu})", " $1").toLowerCase(Locale.ROOT);
  }

  private static Response answer(Problem problem) {
    return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
  }
}
