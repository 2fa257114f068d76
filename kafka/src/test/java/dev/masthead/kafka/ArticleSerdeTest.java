package dev.masthead.kafka;

import static dev.masthead.kafka.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.validation.Violation;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ArticleSerdeTest {
  private static final String ANOTHER_SERVICE = "{\"orderId\":42,\"customer\":{\"name\":\"Jane\"}}";

  @Test
  void round_trips_an_article_through_bytes() {
    ArticleSerde serde = new ArticleSerde();
    Article article = Fixtures.article(1);

    byte[] bytes = serde.serialize("articles", article);

    assertThat(serde.deserialize("articles", bytes)).isEqualTo(article);
    assertThat(bytes).isEqualTo(MastheadJson.standard().writeBytes(article));
  }

  @Test
  void is_created_from_its_class_name_as_kafka_does() throws ReflectiveOperationException {
    Object serde = Class.forName("dev.masthead.kafka.ArticleSerde").getConstructor().newInstance();

    assertThat(serde).isInstanceOf(org.apache.kafka.common.serialization.Deserializer.class)
        .isInstanceOf(org.apache.kafka.common.serialization.Serializer.class);
  }

  static List<Fixtures.Bad> badArticles() {
    return Fixtures.badArticles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArticles")
  void rejects_a_bad_record_with_its_code_and_pointer(Fixtures.Bad bad) {
    ArticleSerde serde = new ArticleSerde();
    serde.configure(Map.of(), false);

    MastheadSerializationException e = catchThrowableOfType(
        MastheadSerializationException.class, () -> serde.deserialize("articles", bad.value()));

    assertThat(e).isInstanceOf(SerializationException.class);
    assertThat(e.code()).isEqualTo(bad.code());
    assertThat(e.pointer()).isEqualTo(bad.pointer());
    assertThat(e.line()).isEqualTo(bad.line());
    assertThat(e.column()).isEqualTo(bad.column());
    assertThat(e.isKey()).isFalse();
    assertThat(e.getMessage()).startsWith("record value of topic articles: ");
  }

  @Test
  void ignores_unknown_properties_by_default_and_rejects_them_in_strict_mode() {
    ArticleSerde serde = new ArticleSerde();
    String json = "{\"id\":\"a1\",\"slug\":\"s\",\"headline\":\"H\",\"language\":\"en\",\"legacyId\":7}";

    assertThat(serde.deserialize("articles", utf8(json)).id()).isEqualTo("a1");

    serde.configure(Map.of(MastheadSerdeConfig.STRICT, "true"), false);
    MastheadSerializationException e = catchThrowableOfType(
        MastheadSerializationException.class, () -> serde.deserialize("articles", utf8(json)));
    assertThat(e.violations())
        .containsExactly(Violation.of("/legacyId", "unknown_property", "is not a property of the wire format"));
  }

  @Test
  void reports_every_unknown_property_of_another_services_record_in_strict_mode() {
    ArticleSerde serde = new ArticleSerde();
    serde.configure(Map.of(MastheadSerdeConfig.STRICT, true), false);

    MastheadSerializationException e = catchThrowableOfType(
        MastheadSerializationException.class, () -> serde.deserialize("articles", utf8(ANOTHER_SERVICE)));

    assertThat(e.violations()).extracting(Violation::pointer, Violation::code).contains(
        org.assertj.core.groups.Tuple.tuple("/customer", "unknown_property"),
        org.assertj.core.groups.Tuple.tuple("/orderId", "unknown_property"),
        org.assertj.core.groups.Tuple.tuple("/id", "required"));
  }

  @Test
  void validates_at_the_configured_level() {
    ArticleSerde serde = new ArticleSerde();
    byte[] draft = serde.serialize("articles", Fixtures.draft());
    assertThat(serde.deserialize("articles", draft)).isEqualTo(Fixtures.draft());

    serde.configure(Map.of(MastheadSerdeConfig.VALIDATION, "publishable"), false);
    MastheadSerializationException e = catchThrowableOfType(
        MastheadSerializationException.class, () -> serde.deserialize("articles", draft));
    assertThat(e.getMessage()).startsWith("record value of topic articles: article is not publishable:");
    assertThat(e.violations()).extracting(Violation::pointer).contains("/authors", "/body", "/publishedAt");

    serde.configure(Map.of(MastheadSerdeConfig.VALIDATION, "none"), false);
    byte[] invalid = utf8("{\"id\":\"a1\",\"slug\":\"s\",\"headline\":\"\",\"language\":\"en\"}");
    assertThat(serde.deserialize("articles", invalid).headline()).isEmpty();
  }

  @Test
  void applies_the_configured_limits() {
    ArticleSerde serde = new ArticleSerde();
    serde.configure(Map.of(MastheadSerdeConfig.MAX_DOCUMENT_BYTES, 100L, MastheadSerdeConfig.MAX_TAGS, "1"), false);
    byte[] article = new ArticleSerde().serialize("articles", Fixtures.article(1));

    assertThat(catchThrowableOfType(MastheadSerializationException.class,
        () -> serde.deserialize("articles", article)).code()).isEqualTo("document_too_large");

    serde.configure(Map.of(MastheadSerdeConfig.MAX_TAGS, 1), false);
    MastheadSerializationException e = catchThrowableOfType(
        MastheadSerializationException.class, () -> serde.deserialize("articles", article));
    assertThat(e.code()).isEqualTo("too_many_elements");
    assertThat(e.pointer()).isEqualTo("/tags/1");
  }

  @Test
  void rejects_a_wrong_property_value_naming_the_property() {
    ArticleSerde serde = new ArticleSerde();

    assertThatThrownBy(() -> serde.configure(Map.of(MastheadSerdeConfig.MAX_DEPTH, 0), false))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid value 0 for configuration masthead.max.depth: must be at least 1");
    assertThatThrownBy(() -> serde.configure(Map.of(MastheadSerdeConfig.VALIDATION, "strict"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Invalid value strict for configuration masthead.validation:");
  }

  @Test
  void keeps_its_own_reader_whatever_the_configuration_says() {
    ArticleSerde serde = new ArticleSerde(MastheadJson.builder().strict(true).build());
    serde.configure(Map.of(MastheadSerdeConfig.STRICT, false), false);

    assertThat(catchThrowableOfType(MastheadSerializationException.class, () -> serde.deserialize("articles",
        utf8("{\"id\":\"a1\",\"slug\":\"s\",\"headline\":\"H\",\"language\":\"en\",\"x\":1}"))).code())
        .isEqualTo("unknown_property");
  }
}
