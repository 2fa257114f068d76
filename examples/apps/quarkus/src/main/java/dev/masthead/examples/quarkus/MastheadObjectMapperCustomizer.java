package dev.masthead.examples.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.jackson2.MastheadJackson2Module;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Puts the Masthead wire format, and the reader's limits, on the mapper Quarkus REST reads request
 * bodies and writes responses with.
 */
@Singleton
public class MastheadObjectMapperCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new MastheadJackson2Module());
  }
}
