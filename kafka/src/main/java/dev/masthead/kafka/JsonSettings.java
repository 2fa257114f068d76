package dev.masthead.kafka;

import dev.masthead.json.MastheadJson;
import dev.masthead.validation.ValidationLevel;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the Serde properties become the settings of a {@link MastheadJson}: a new
 * setting of the reader needs a property in {@link MastheadSerdeConfig} and a line here.
 */
final class JsonSettings {
  private JsonSettings() {}

  static MastheadJson toJson(MastheadSerdeConfig config) {
    MastheadJson.Builder builder = MastheadJson.builder().strict(config.getBoolean(MastheadSerdeConfig.STRICT));
    String validation = config.getString(MastheadSerdeConfig.VALIDATION);
    if (MastheadSerdeConfig.NONE.equals(validation)) {
      builder.withoutValidation();
    } else {
      builder.validation(MastheadSerdeConfig.PUBLISHABLE.equals(validation) ? ValidationLevel.PUBLISHABLE : ValidationLevel.WELL_FORMED);
    }
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

  private static <T> void ifSet(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
