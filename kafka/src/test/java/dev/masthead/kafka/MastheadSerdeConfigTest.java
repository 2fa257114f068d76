package dev.masthead.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class MastheadSerdeConfigTest {
  @Test
  void defines_every_property_under_the_prefix_and_documents_it() {
    assertThat(MastheadSerdeConfig.configDef().names())
        .containsExactlyInAnyOrder(MastheadSerdeConfig.VALIDATION, MastheadSerdeConfig.STRICT,
            MastheadSerdeConfig.MAX_DOCUMENT_BYTES, MastheadSerdeConfig.MAX_DEPTH,
            MastheadSerdeConfig.MAX_STRING_LENGTH, MastheadSerdeConfig.MAX_NUMBER_LENGTH,
            MastheadSerdeConfig.MAX_NAME_LENGTH, MastheadSerdeConfig.MAX_TOKENS, MastheadSerdeConfig.MAX_BLOCKS,
            MastheadSerdeConfig.MAX_AUTHORS, MastheadSerdeConfig.MAX_TAGS, MastheadSerdeConfig.MAX_TICKER_ITEMS,
            MastheadSerdeConfig.MAX_ELEMENTS)
        .allMatch(name -> name.startsWith(MastheadSerdeConfig.PREFIX));
    assertThat(MastheadSerdeConfig.configDef().configKeys().values()).allMatch(key -> !key.documentation.isBlank());
  }

  @Test
  void reads_defaults_and_ignores_other_properties() {
    MastheadSerdeConfig config = new MastheadSerdeConfig(Map.of("group.id", "search"));

    assertThat(config.getString(MastheadSerdeConfig.VALIDATION)).isEqualTo("well-formed");
    assertThat(config.getBoolean(MastheadSerdeConfig.STRICT)).isFalse();
    assertThat(config.getLong(MastheadSerdeConfig.MAX_DOCUMENT_BYTES)).isNull();
  }

  @Test
  void parses_values_given_as_text() {
    MastheadSerdeConfig config = new MastheadSerdeConfig(Map.of(
        MastheadSerdeConfig.STRICT, "true", MastheadSerdeConfig.MAX_DOCUMENT_BYTES, "2000000"));

    assertThat(config.getBoolean(MastheadSerdeConfig.STRICT)).isTrue();
    assertThat(config.getLong(MastheadSerdeConfig.MAX_DOCUMENT_BYTES)).isEqualTo(2_000_000L);
  }

  @Test
  void rejects_values_of_the_wrong_type_or_range() {
    assertThatThrownBy(() -> new MastheadSerdeConfig(Map.of(MastheadSerdeConfig.MAX_TOKENS, -5L)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid value -5 for configuration masthead.max.tokens: must be at least 1");
    assertThatThrownBy(() -> new MastheadSerdeConfig(Map.of(MastheadSerdeConfig.STRICT, "maybe")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("masthead.strict");
  }
}
