package dev.masthead.examples.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 application that takes Masthead articles over HTTP.
 *
 * <p>It declares nothing about Masthead: adding {@code masthead-spring-boot} puts the wire format,
 * with the reader's limits, on Boot's {@code JsonMapper}, and answers malformed or invalid content
 * with problem details.
 */
@SpringBootApplication
public class Application {

  /**
   * Starts the application.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
