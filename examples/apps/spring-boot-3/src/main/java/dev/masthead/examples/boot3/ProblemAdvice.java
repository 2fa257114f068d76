package dev.masthead.examples.boot3;

import dev.masthead.jackson2.MastheadMappingException;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers bad Masthead content with RFC 9457 problem details ({@code application/problem+json}),
 * each violation at its JSON Pointer in wire names with its code and message.
 *
 * <ul>
 *   <li>a body that is not a Masthead document (malformed JSON, a wrong type, a document over the
 *       reader's limits): Spring wraps the module's {@link MastheadMappingException} in an {@link
 *       HttpMessageNotReadableException};
 *   <li>a {@code @Valid} body that breaks Masthead's rules: each error of the {@link
 *       MethodArgumentNotValidException} unwraps to the {@link ConstraintViolation} behind it;
 *   <li>{@link InvalidContentException}, from Masthead's own validator.
 * </ul>
 */
@RestControllerAdvice
class ProblemAdvice {
  static final URI MALFORMED = URI.create("https://masthead.dev/problems/malformed-json");
  static final URI INVALID = URI.create("https://masthead.dev/problems/invalid-content");

  @ExceptionHandler
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getMostSpecificCause() instanceof MastheadMappingException malformed) {
      return problem(MALFORMED, "Malformed JSON", malformed.detail(),
          List.of(Violation.of(malformed.pointer(), malformed.code(), malformed.detail())));
    }
    // No document at all, such as an empty body: the answer Spring gives by default.
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Failed to read request");
  }

  @ExceptionHandler
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    Set<ConstraintViolation<?>> violations = new HashSet<>();
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        violations.add(error.unwrap(ConstraintViolation.class));
      }
    }
    List<Violation> found = MastheadValidator.violations(violations);
    return problem(INVALID, "Invalid content", "the request body is not well-formed: " + count(found), found);
  }

  @ExceptionHandler
  ProblemDetail invalid(InvalidContentException e) {
    return problem(INVALID, "Invalid content", e.subject() + " is not " + e.level() + ": " + count(e.violations()),
        e.violations());
  }

  private static ProblemDetail problem(URI type, String title, String detail, List<Violation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(type);
    problem.setTitle(title);
    problem.setProperty("violations", violations);
    return problem;
  }

  private static String count(List<Violation> violations) {
    return violations.size() == 1 ? "1 violation" : violations.size() + " violations";
  }
}
