package dev.masthead.spring.boot;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Masthead's errors as RFC 9457 problem details: every violation with its JSON Pointer in wire
 * names, its stable code and its message.
 *
 * <p>{@code MastheadProblems.from(exception).ifPresent(problem -> ...)}
 *
 * <p>A problem has status 400, a {@code type} of {@link #INVALID_CONTENT} or {@link
 * #MALFORMED_JSON}, a {@code title} ({@code Invalid content}, {@code Malformed JSON}), a {@code
 * detail} ({@code article is not well-formed: 2 violations}, or what is wrong with a malformed
 * document), and a {@code violations} property: a list of maps with the keys {@code pointer}, {@code
 * code} and {@code message}, sorted by pointer. A malformed document's problem has one violation,
 * and {@code line} and {@code column} properties (0 when unknown). For an application's own exception
 * handlers, {@link MastheadExceptionResolver} answers with the same problems.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MastheadProblems {
  /** The type of a problem with content that breaks Masthead's rules. */
  public static final URI INVALID_CONTENT = URI.create("https://masthead.dev/problems/invalid-content");

  /** The type of a problem with input that cannot be read as a Masthead document. */
  public static final URI MALFORMED_JSON = URI.create("https://masthead.dev/problems/malformed-json");

  private static final String MODEL_PACKAGE = "dev.masthead.model";

  private MastheadProblems() {}

  /**
   * Returns the problem that {@code failure} describes, if it is Masthead's: an {@link
   * InvalidContentException} or a {@link MalformedJsonException}, thrown or the cause of what was
   * thrown (Spring wraps what the mapper throws in an {@code HttpMessageNotReadableException}), or a
   * {@link MethodArgumentNotValidException} of a {@code @Valid} Masthead {@linkplain #isContent(Class) content type} whose errors are all
   * Bean Validation violations, or a {@link HandlerMethodValidationException} (what Spring raises
   * instead when the handler method has constraints on other parameters too) whose only failed
   * parameter is such a Masthead argument.
   *
   * @param failure what was thrown
   * @return the problem, or empty when the failure is not about Masthead content
   */
  public static Optional<ProblemDetail> from(Throwable failure) {
    if (failure instanceof MethodArgumentNotValidException notValid) {
      return from(notValid);
    }
    if (failure instanceof HandlerMethodValidationException methodInvalid) {
      return from(methodInvalid);
    }
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (cause instanceof MalformedJsonException malformed) {
        return Optional.of(of(malformed));
      }
      if (cause instanceof InvalidContentException invalid) {
        return Optional.of(of(invalid));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the problem of a document that could not be read: one violation with the exception's
   * pointer, code and detail, and its line and column.
   *
   * @param malformed the exception
   * @return a new problem
   */
  public static ProblemDetail of(MalformedJsonException malformed) {
    ProblemDetail problem = problem(MALFORMED_JSON, "Malformed JSON", malformed.detail());
    problem.setProperty("violations", List.of(entry(malformed.pointer(), malformed.code(), malformed.detail())));
    problem.setProperty("line", malformed.line());
    problem.setProperty("column", malformed.column());
    return problem;
  }

  /**
   * Returns the problem of content that breaks Masthead's rules: every violation.
   *
   * @param invalid the exception
   * @return a new problem
   */
  public static ProblemDetail of(InvalidContentException invalid) {
    return of(invalid.subject(), invalid.level(), invalid.violations());
  }

  /**
   * Returns the problem of a {@code @Valid} Masthead type that failed its checks, with each error
   * unwrapped to its Bean Validation violation so that pointers and codes are Masthead's ({@code
   * /authors/0/name}, {@code blank}) rather than Spring's ({@code authors[0].name}, {@code
   * NotBlank}).
   *
   * @param notValid the exception
   * @return the problem, or empty when the argument is not a Masthead type or an error is not a
   *     Bean Validation violation (an application's own Spring {@code Validator} reported it)
   */
  public static Optional<ProblemDetail> from(MethodArgumentNotValidException notValid) {
    Class<?> type = notValid.getParameter().getParameterType();
    if (!isContent(type)) {
      return Optional.empty();
    }
    Set<ConstraintViolation<?>> violations = new HashSet<>();
    for (ObjectError error : notValid.getBindingResult().getAllErrors()) {
      if (!error.contains(ConstraintViolation.class)) {
        return Optional.empty();
      }
      violations.add(error.unwrap(ConstraintViolation.class));
    }
    if (violations.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(subject(type), ValidationLevel.WELL_FORMED, MastheadValidator.violations(violations)));
  }

  /**
   * Returns the problem of a {@code @Valid} Masthead argument that failed its checks when Spring
   * validated the whole handler method, as it does when other parameters have constraints too
   * ({@code @PathVariable @Size(max = 40) String section}). Each error is unwrapped to its Bean
   * Validation violation, whose path the pointer is made of, as in {@link
   * #from(MethodArgumentNotValidException)}.
   *
   * @param invalid the exception
   * @return the problem, or empty when another parameter failed as well, the failed argument is
   *     not a Masthead type, the method's return value failed, or an error is not a Bean Validation
   *     violation
   */
  public static Optional<ProblemDetail> from(HandlerMethodValidationException invalid) {
    List<ParameterValidationResult> results = invalid.getParameterValidationResults();
    if (invalid.isForReturnValue() || results.size() != 1 || !invalid.getCrossParameterValidationResults().isEmpty()) {
      return Optional.empty();
    }
    ParameterValidationResult result = results.get(0);
    Class<?> type = result.getMethodParameter().getParameterType();
    if (!isContent(type) || result.getContainer() != null) {
      return Optional.empty();
    }
    Set<ConstraintViolation<?>> violations = new HashSet<>();
    for (MessageSourceResolvable error : result.getResolvableErrors()) {
      ConstraintViolation<?> violation;
      try {
        violation = result.unwrap(error, ConstraintViolation.class);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      violations.add(violation);
    }
    if (violations.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(subject(type), ValidationLevel.WELL_FORMED, MastheadValidator.violations(violations)));
  }

  /**
   * Returns whether {@code type} is one of Masthead's content types, those of {@code
   * dev.masthead.model} such as {@code Article} and {@code Ticker}.
   *
   * @param type a type
   * @return true for a type of the model
   */
  public static boolean isContent(Class<?> type) {
    return type.getPackageName().equals(MODEL_PACKAGE);
  }

  private static ProblemDetail of(String subject, ValidationLevel level, List<Violation> violations) {
    String count = violations.size() == 1 ? "1 violation" : violations.size() + " violations";
    ProblemDetail problem = problem(INVALID_CONTENT, "Invalid content", subject + " is not " + level + ": " + count);
    List<Map<String, String>> entries = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      entries.add(entry(violation.pointer(), violation.code(), violation.message()));
    }
    problem.setProperty("violations", List.copyOf(entries));
    return problem;
  }

  private static ProblemDetail problem(URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(type);
    problem.setTitle(title);
    problem.setDetail(detail);
    return problem;
  }

  private static Map<String, String> entry(String pointer, String code, String message) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("pointer", pointer);
    entry.put("code", code);
    entry.put("message", message);
    return entry;
  }

  /** The subject as {@link InvalidContentException} names it: {@code TickerItem} is {@code ticker item}. */
  private static String subject(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder words = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ');
      }
      words.append(c);
    }
    return words.toString().toLowerCase(Locale.ROOT);
  }
}
