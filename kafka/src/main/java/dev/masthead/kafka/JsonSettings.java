package dev.masthead.kafka;

import dev.masthead.json.MastheadJson;
import dev.masthead.json.ReadValidation;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the Serde properties become the settings of a {@link MastheadJson}: a new
 * setting of the reader needs a property in {@link MastheadSerdeConfig} and a line here.
 */
final class JsonSettings {
  private JsonSettings() {}

  static MastheadJson toJson(MastheadSerdeConfig config) {
    MastheadJson.Builder builder = MastheadJson.builder()
        .validation(validation(config.getString(MastheadSerdeConfig.VALIDATION)))
        .strict(config.getBoolean(MastheadSerdeConfig.STRICT));
    ifSet(config.getLong(MastheadSerdeConfig.MAX_DOCUMENT_BYTES), builder::maxDocumentBytes);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_DEPTH), builder::maxDepth);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_STRING_LENGTH), builder::maxStringLength);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_NUMBER_LENGTH), builder::maxNumberLength);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_NAME_LENGTH), builder::maxNameLength);
    ifSet(config.getLong(MastheadSerdeConfig.MAX_TOKENS), builder::maxTokens);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_BLOCKS), builder::maxBlocks);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_AUTHORS), builder::maxAuthors);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_TAGS), builder::maxTags);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_TICKER_ITEMS), builder::maxTickerItems);
    ifSet(config.getInt(MastheadSerdeConfig.MAX_ELEMENTS), builder::maxElements);
    return builder.build();
  }

  private static ReadValidation validation(String name) {
    switch (name) {
      case MastheadSerdeConfig.NONE:
        return ReadValidation.NONE;
      case MastheadSerdeConfig.PUBLISHABLE:
        return ReadValidation.PUBLISHABLE;
      default:
        return ReadValidation.WELL_FORMED;
    }
  }

  private static <T> void ifSet(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
