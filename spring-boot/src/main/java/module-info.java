/**
 * Spring Boot 4 auto-configuration for Masthead: the Masthead module with its read limits on Boot's
 * JSON mapper, and Masthead's errors answered as RFC 9457 problem details.
 *
 * <p>Spring Boot and Spring Framework publish no module descriptors: {@code spring.boot},
 * {@code spring.boot.autoconfigure}, {@code spring.boot.jackson}, {@code spring.web} and {@code
 * spring.webmvc} are the names their jars declare. They are static requirements, as their Maven
 * dependencies are optional: the application brings Spring Boot.
 */
// Spring's jars are automatic modules: Spring publishes no descriptors.
@SuppressWarnings("requires-automatic")
module dev.masthead.spring.boot {
  requires transitive dev.masthead.serialization;
  requires static org.jspecify;
  requires static jakarta.servlet;
  requires static spring.beans;
  requires static spring.boot;
  requires static spring.boot.autoconfigure;
  requires static spring.boot.jackson;
  requires static spring.context;
  requires static spring.core;
  requires static spring.web;
  requires static spring.webmvc;

  exports dev.masthead.spring.boot;
}
