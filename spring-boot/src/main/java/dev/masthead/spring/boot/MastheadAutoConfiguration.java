package dev.masthead.spring.boot;

import dev.masthead.json.MastheadModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * What a Spring Boot 4 application gets by adding {@code masthead-spring-boot}: registered in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, never
 * imported by hand.
 *
 * <ul>
 *   <li>A {@link MastheadJsonMapperBuilderCustomizer} that puts the {@link MastheadModule}, with
 *       the limits of the {@code masthead.json.*} properties ({@link MastheadJsonProperties}), on
 *       Boot's {@code JsonMapper}; not defined when the application defines its own customizer of
 *       that type or a {@code MastheadModule} bean.
 *   <li>In a servlet web application, a {@link MastheadExceptionResolver} that answers Masthead's
 *       errors as problem details; not defined when {@code masthead.problems.enabled} is false or
 *       the application defines its own resolver of that type.
 * </ul>
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties({MastheadJsonProperties.class, MastheadProblemsProperties.class})
public final class MastheadAutoConfiguration {
  /** Created by Spring. */
  public MastheadAutoConfiguration() {}

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JsonMapperBuilderCustomizer.class)
  static class JacksonConfiguration {
    @Bean
    @ConditionalOnMissingBean({MastheadJsonMapperBuilderCustomizer.class, MastheadModule.class})
    MastheadJsonMapperBuilderCustomizer mastheadJsonMapperBuilderCustomizer(MastheadJsonProperties properties) {
      return new MastheadJsonMapperBuilderCustomizer(properties.toModule());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(HandlerExceptionResolver.class)
  @ConditionalOnBooleanProperty(name = "masthead.problems.enabled", matchIfMissing = true)
  static class ProblemsConfiguration {
    @Bean
    @ConditionalOnMissingBean
    MastheadExceptionResolver mastheadExceptionResolver(ApplicationContext context) {
      return new MastheadExceptionResolver(context);
    }
  }
}
