package dev.masthead.examples.boot3;

import dev.masthead.jackson2.MastheadJackson2Module;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 3 application that takes Masthead articles over HTTP.
 *
 * <p>Boot 3 registers every Jackson {@code Module} bean on the mapper it builds, so one bean puts the
 * Masthead wire format and the reader's limits on every request and response body;
 * {@link ProblemAdvice} answers bad content with problem details.
 */
@SpringBootApplication
public class Application {

  /**
   * The Masthead wire format, with the reader's default limits, on Boot's mapper.
   *
   * @return the module
   */
  @Bean
  MastheadJackson2Module mastheadModule() {
    return new MastheadJackson2Module();
  }

  /**
   * Starts the application.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
