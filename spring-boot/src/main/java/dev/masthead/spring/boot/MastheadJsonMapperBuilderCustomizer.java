package dev.masthead.spring.boot;

import dev.masthead.json.MastheadModule;
import java.util.Objects;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a {@link MastheadModule}, with its read limits, on Spring Boot's {@code JsonMapper}.
 *
 * <p>{@code new MastheadJsonMapperBuilderCustomizer(MastheadModule.builder().maxDepth(16).build())}
 *
 * <p>It runs after Boot's own customizers, so that its module replaces the one without limits that
 * {@code findAndAddModules()} finds on the class path. An application that defines a bean of this
 * type, or a {@code MastheadModule} bean, replaces the one {@link MastheadAutoConfiguration}
 * defines. This class is immutable and thread-safe.
 */
public final class MastheadJsonMapperBuilderCustomizer implements JsonMapperBuilderCustomizer, Ordered {
  private final MastheadModule module;

  /**
   * Creates a customizer that adds {@code module}.
   *
   * @param module the module to add
   */
  public MastheadJsonMapperBuilderCustomizer(MastheadModule module) {
    this.module = Objects.requireNonNull(module, "module");
  }

  @Override
  public void customize(JsonMapper.Builder builder) {
    builder.addModule(module);
  }

  /**
   * Returns {@link Ordered#LOWEST_PRECEDENCE}: the last customizer to run.
   *
   * @return the order
   */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
