package dev.masthead.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Masthead's errors are answered, bound from the {@code masthead.problems.*} properties.
 *
 * <p>{@code masthead.problems.enabled=false}
 *
 * <p>Spring binds the properties through the setters: this class is mutable and not thread-safe.
 */
@ConfigurationProperties("masthead.problems")
public class MastheadProblemsProperties {
  /**
   * Whether malformed JSON, invalid content and failed @Valid checks of Masthead types are answered
   * as RFC 9457 problem details (application/problem+json, status 400) listing every violation
   * with its JSON Pointer, code and message.
   */
  private boolean enabled = true;

  /** Creates properties with problem details enabled. */
  public MastheadProblemsProperties() {}

  /**
   * Returns whether Masthead's errors are answered as problem details.
   *
   * @return true by default
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether Masthead's errors are answered as problem details.
   *
   * @param enabled false to leave them to the application and Spring's defaults
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
