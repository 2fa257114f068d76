package dev.masthead.kafka;

import static dev.masthead.kafka.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class MastheadSerdeTest {
  @Test
  void is_its_own_serializer_and_deserializer() {
    ArticleSerde serde = new ArticleSerde();

    assertThat(serde.serializer()).isSameAs(serde);
    assertThat(serde.deserializer()).isSameAs(serde);
  }

  @Test
  void reads_and_writes_null_as_a_tombstone() {
    ArticleSerde serde = new ArticleSerde();

    assertThat(serde.serialize("articles", null)).isNull();
    assertThat(serde.deserialize("articles", null)).isNull();
  }

  @Test
  void reads_from_a_byte_buffer_with_headers_as_the_consumer_does() {
    ArticleSerde serde = new ArticleSerde();
    Article article = Fixtures.article(3);
    byte[] bytes = serde.serialize("articles", article);
    ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 8).position(4);
    buffer.put(bytes).flip().position(4);

    assertThat(serde.deserialize("articles", new RecordHeaders(), buffer)).isEqualTo(article);
  }

  @Test
  void says_whether_a_key_or_a_value_failed() {
    ArticleSerde serde = new ArticleSerde();
    serde.configure(Map.of(), true);

    MastheadSerializationException e = catchThrowableOfType(
        MastheadSerializationException.class, () -> serde.deserialize("articles", utf8("{")));

    assertThat(e.isKey()).isTrue();
    assertThat(e.getMessage()).startsWith("record key of topic articles: syntax at line 1, column 2");
  }

  @Test
  void uses_the_safe_defaults_until_configured() {
    ArticleSerde serde = new ArticleSerde();

    assertThat(serde.json()).isSameAs(MastheadJson.standard());
    serde.configure(Map.of("bootstrap.servers", "localhost:9092"), false);
    assertThat(serde.json()).isNotSameAs(MastheadJson.standard());
    assertThat(serde.deserialize("articles", serde.serialize("articles", Fixtures.article(1))))
        .isEqualTo(Fixtures.article(1));
  }
}
