package dev.masthead.examples.boot3;

import dev.masthead.jackson2.MastheadMappingException;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Answers bad Masthead content with RFC 9457 problem details ({@code application/problem+json}),
 * each violation at its JSON Pointer in wire names with its code and message: the shape
 * masthead-spring-boot answers with in Spring Boot 4.
 *
 * <ul>
 *   <li>a body that is not a Masthead document (a wrong type, a duplicate key, a document over the
 *       reader's limits): Spring wraps the module's {@link MastheadMappingException} in an {@link
 *       HttpMessageNotReadableException};
 *   <li>a {@code @Valid} Masthead body that breaks Masthead's rules: each error of the {@link
 *       MethodArgumentNotValidException} unwraps to the {@link ConstraintViolation} behind it, and
 *       so does each error of a {@link HandlerMethodValidationException}, which Spring raises
 *       instead when the method has constraints on other parameters too (answered so only when
 *       the body is the one parameter that failed);
 *   <li>{@link InvalidContentException}, from Masthead's own validator.
 * </ul>
 *
 * Anything else is answered as Spring answers it by default.
 */
@RestControllerAdvice
class ProblemAdvice {
  static final URI MALFORMED_JSON = URI.create("https://masthead.dev/problems/malformed-json");
  static final URI INVALID_CONTENT = URI.create("https://masthead.dev/problems/invalid-content");

  @ExceptionHandler
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getMostSpecificCause() instanceof MastheadMappingException malformed) {
      ProblemDetail problem = problem(MALFORMED_JSON, "Malformed JSON", malformed.detail(),
          List.of(Violation.of(malformed.pointer(), malformed.code(), malformed.detail())));
      problem.setProperty("line", malformed.line());
      problem.setProperty("column", malformed.column());
      return problem;
    }
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Failed to read request");
  }

  @ExceptionHandler
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    Class<?> type = e.getParameter().getParameterType();
    Set<ConstraintViolation<?>> violations = new HashSet<>();
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      if (!error.contains(ConstraintViolation.class)) {
        return e.getBody(); // an application's own Spring Validator reported it
      }
      violations.add(error.unwrap(ConstraintViolation.class));
    }
    if (!isContent(type) || violations.isEmpty()) {
      return e.getBody();
    }
    return invalid(subject(type), ValidationLevel.WELL_FORMED, MastheadValidator.violations(violations));
  }

  /** Whether {@code type} is one of Masthead's content types, such as {@code Article}. */
  private static boolean isContent(Class<?> type) {
    return type.getPackageName().equals("dev.masthead.model");
  }

  /** What the problem's detail calls a value of {@code type}: {@code TickerItem} is "ticker item". */
  private static String subject(Class<?> type) {
    return type.getSimpleName().replaceAll("(?<=.)(\\p{Lu})", " $1").toLowerCase(Locale.ROOT);
  }

  @ExceptionHandler
  ProblemDetail invalid(HandlerMethodValidationException e) {
    List<ParameterValidationResult> results = e.getParameterValidationResults();
    if (e.isForReturnValue() || results.size() != 1 || !e.getCrossParameterValidationResults().isEmpty()) {
      return e.getBody(); // another parameter failed too: Spring's answer names each
    }
    ParameterValidationResult result = results.get(0);
    Class<?> type = result.getMethodParameter().getParameterType();
    Set<ConstraintViolation<?>> violations = new HashSet<>();
    for (MessageSourceResolvable error : result.getResolvableErrors()) {
      if (!(error instanceof ObjectError objectError) || !objectError.contains(ConstraintViolation.class)) {
        return e.getBody();
      }
      violations.add(objectError.unwrap(ConstraintViolation.class));
    }
    if (!isContent(type) || result.getContainer() != null || violations.isEmpty()) {
      return e.getBody();
    }
    return invalid(subject(type), ValidationLevel.WELL_FORMED, MastheadValidator.violations(violations));
  }

  @ExceptionHandler
  ProblemDetail invalid(InvalidContentException e) {
    return invalid(e.subject(), e.level(), e.violations());
  }

  private static ProblemDetail invalid(String subject, ValidationLevel level, List<Violation> violations) {
    String count = violations.size() == 1 ? "1 violation" : violations.size() + " violations";
    return problem(INVALID_CONTENT, "Invalid content", subject + " is not " + level + ": " + count, violations);
  }

  private static ProblemDetail problem(URI type, String title, String detail, List<Violation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(type);
    problem.setTitle(title);
    problem.setProperty("violations", violations);
    return problem;
  }
}
