package dev.masthead.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadModule;
import dev.masthead.model.Article;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Boot's own JsonMapper reads with Masthead's limits, and an application's own module or customizer wins. */
class MastheadJsonMapperBuilderCustomizerTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, MastheadAutoConfiguration.class));

  @Test
  void boots_mapper_reads_the_seed_article() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(MastheadJsonMapperBuilderCustomizer.class);
      Article article = context.getBean(JsonMapper.class).readValue(Http.seed(), Article.class);
      assertThat(article.authors().get(0).articleCount()).isEqualTo(352);
    });
  }

  @Test
  void boots_mapper_refuses_beyond_the_configured_limit() {
    runner.withPropertyValues("masthead.json.max-document-bytes=3000").run(context ->
        assertThatExceptionOfType(DatabindException.class)
            .isThrownBy(() -> context.getBean(JsonMapper.class).readValue(Http.seed(), Article.class))
            .havingCause()
            .isInstanceOfSatisfying(MalformedJsonException.class,
                malformed -> assertThat(malformed.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE)));
  }

  @Test
  void boots_mapper_refuses_21_mb_by_default() {
    runner.run(context ->
        assertThatExceptionOfType(DatabindException.class)
            .isThrownBy(() -> context.getBean(JsonMapper.class).readValue(Http.largeArticle(21_000_000), Article.class))
            .havingCause()
            .isInstanceOfSatisfying(MalformedJsonException.class,
                malformed -> assertThat(malformed.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE)));
  }

  @Test
  void an_application_module_wins_over_the_properties() {
    runner.withUserConfiguration(OwnModule.class)
        .withPropertyValues("masthead.json.max-document-bytes=100000000")
        .run(context -> {
          assertThat(context).doesNotHaveBean(MastheadJsonMapperBuilderCustomizer.class);
          assertThatExceptionOfType(DatabindException.class)
              .isThrownBy(() -> context.getBean(JsonMapper.class).readValue(Http.seed(), Article.class))
              .havingCause()
              .isInstanceOfSatisfying(MalformedJsonException.class,
                  malformed -> assertThat(malformed.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE));
        });
  }

  @Test
  void an_application_customizer_wins() {
    runner.withUserConfiguration(OwnCustomizer.class).run(context -> {
      assertThat(context).getBeans(MastheadJsonMapperBuilderCustomizer.class).containsOnlyKeys("ownCustomizer");
      assertThatExceptionOfType(DatabindException.class)
          .isThrownBy(() -> context.getBean(JsonMapper.class).readValue(Http.seed(), Article.class))
          .havingCause()
          .isInstanceOfSatisfying(MalformedJsonException.class,
              malformed -> assertThat(malformed.code()).isEqualTo(MalformedJsonException.TOO_DEEP));
    });
  }

  @Test
  void customizes_only_a_json_mapper_builder() {
    assertThat(new MastheadJsonMapperBuilderCustomizer(new MastheadModule()))
        .isInstanceOf(JsonMapperBuilderCustomizer.class)
        .extracting(MastheadJsonMapperBuilderCustomizer::getOrder)
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnModule {
    @Bean
    MastheadModule ownModule() {
      return MastheadModule.builder().maxDocumentBytes(3000).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnCustomizer {
    @Bean
    MastheadJsonMapperBuilderCustomizer ownCustomizer() {
      return new MastheadJsonMapperBuilderCustomizer(MastheadModule.builder().maxDepth(2).build());
    }
  }
}
