package dev.masthead.kafka;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import java.util.Objects;

/**
 * The Kafka Serde, serializer and deserializer of articles on the Masthead wire format.
 *
 * <p>{@code props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ArticleSerde.class)}
 *
 * <p>See {@link MastheadSerde} for what it checks and how it is configured. It is thread-safe once
 * configured.
 */
public final class ArticleSerde extends MastheadSerde<Article> {
  /** Creates a Serde with the safe defaults, which {@link #configure} replaces. */
  public ArticleSerde() {
    super(Article.class, null);
  }

  /**
   * Creates a Serde that reads and writes with {@code json}, whatever the configuration says.
   *
   * @param json the reader and writer
   */
  public ArticleSerde(MastheadJson json) {
    super(Article.class, Objects.requireNonNull(json, "json"));
  }
}
