package dev.masthead.spring.boot;

import dev.masthead.json.MalformedJsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request that failed on Masthead content with the RFC 9457 problem of {@link
 * MastheadProblems}, as {@code application/problem+json} with status 400.
 *
 * <p>{@code @Bean MastheadExceptionResolver resolver(ApplicationContext context)}
 *
 * <p>It runs before Spring MVC's own resolvers, so that Spring's default answer to an unreadable
 * or invalid body (an empty 400) does not come first, and it declines, leaving the failure to
 * Spring, when:
 *
 * <ul>
 *   <li>the failure is not about Masthead content ({@link MastheadProblems#from(Throwable)} finds
 *       no problem, and the body the handler reads is not a Masthead type);
 *   <li>the application handles the exception itself: an {@code @ExceptionHandler} method of the
 *       controller or of a {@code @ControllerAdvice} (other than Spring Boot's own problem details
 *       handler) matches it;
 *   <li>the response is already committed.
 * </ul>
 *
 * <p>A body of a Masthead type that is not JSON at all, which the mapper's parser refuses before
 * Masthead's module sees it, is answered as {@code syntax} (bytes that are not UTF-8 too), with the
 * parser's line and column; a missing body as {@code empty_input}. This class is thread-safe.
 */
public final class MastheadExceptionResolver implements HandlerExceptionResolver, Ordered {
  /** Where the resolver runs: before Spring MVC's own resolvers (order 0), after Boot's error recorder. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
  private static final String BOOT_PROBLEM_HANDLER =
      "org.springframework.boot.webmvc.autoconfigure.ProblemDetailsExceptionHandler";
  private static final JsonMapper WRITER = new JsonMapper();
  private static final int MAX_CAUSES = 32;

  private final ApplicationContext context;
  private final ConcurrentMap<Class<?>, ExceptionHandlerMethodResolver> handlers = new ConcurrentHashMap<>();
  private volatile @Nullable List<ControllerAdviceBean> advice;

  /**
   * Creates a resolver that looks for the application's exception handlers in {@code context}.
   *
   * @param context the application context
   */
  public MastheadExceptionResolver(ApplicationContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception failure) {
    if (response.isCommitted()) {
      return null;
    }
    Optional<ProblemDetail> found = MastheadProblems.from(failure);
    if (found.isEmpty()) {
      found = unreadableBody(handler, failure);
    }
    if (found.isEmpty() || applicationHandles(handler, failure)) {
      return null;
    }
    ProblemDetail problem = found.get();
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException e) {
      // A request path that is not a URI reference: the problem goes without its instance.
    }
    write(problem, response);
    return new ModelAndView();
  }

  /**
   * Returns {@link #ORDER}.
   *
   * @return the order
   */
  @Override
  public int getOrder() {
    return ORDER;
  }

  private static Optional<ProblemDetail> unreadableBody(@Nullable Object handler, Exception failure) {
    if (!(failure instanceof HttpMessageNotReadableException) || !readsMastheadBody(handler)) {
      return Optional.empty();
    }
    Throwable cause = failure.getCause();
    // A bounded walk: a cause chain may loop.
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
      if (cause instanceof StreamReadException parse) {
        TokenStreamLocation location = parse.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return Optional.of(MastheadProblems.of(
            new MalformedJsonException(MalformedJsonException.SYNTAX, line, column, "", "not valid JSON", null)));
      }
    }
    if (failure.getCause() == null) {
      return Optional.of(MastheadProblems.of(new MalformedJsonException(
          MalformedJsonException.EMPTY_INPUT, 0, 0, "", "the request has no body", null)));
    }
    return Optional.empty();
  }

  private static boolean readsMastheadBody(@Nullable Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return false;
    }
    for (MethodParameter parameter : method.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)
          && MastheadProblems.isContent(parameter.getParameterType())) {
        return true;
      }
    }
    return false;
  }

  private boolean applicationHandles(@Nullable Object handler, Exception failure) {
    Class<?> controller = handler instanceof HandlerMethod method ? method.getBeanType() : null;
    if (controller != null && handles(controller, failure)) {
      return true;
    }
    for (ControllerAdviceBean bean : advice()) {
      Class<?> type = bean.getBeanType();
      if (type != null && !type.getName().equals(BOOT_PROBLEM_HANDLER)
          && bean.isApplicableToBeanType(controller) && handles(type, failure)) {
        return true;
      }
    }
    return false;
  }

  private boolean handles(Class<?> type, Exception failure) {
    return handlers.computeIfAbsent(type, ExceptionHandlerMethodResolver::new).resolveMethodByThrowable(failure) != null;
  }

  private List<ControllerAdviceBean> advice() {
    List<ControllerAdviceBean> found = advice;
    if (found == null) {
      found = List.copyOf(ControllerAdviceBean.findAnnotatedBeans(context));
      advice = found;
    }
    return found;
  }

  private static void write(ProblemDetail problem, HttpServletResponse response) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    Map<String, @Nullable Object> properties = problem.getProperties();
    if (properties != null) {
      body.putAll(properties);
    }
    response.setStatus(problem.getStatus());
    response.setContentType(PROBLEM_JSON.toString());
    response.setCharacterEncoding("UTF-8");
    try {
      WRITER.writeValue(response.getOutputStream(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
