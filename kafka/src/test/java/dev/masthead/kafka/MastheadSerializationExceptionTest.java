package dev.masthead.kafka;

import static dev.masthead.kafka.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.InvalidContentException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class MastheadSerializationExceptionTest {
  private final ArticleSerde serde = new ArticleSerde();

  @Test
  void carries_the_place_of_malformed_input_and_writes_it_as_headers() {
    MastheadSerializationException e = fail("{\"id\":\"a1\",\n \"headline\":true}");

    assertThat(e).hasCauseInstanceOf(MalformedJsonException.class);
    assertThat(e.violations()).isEmpty();
    assertThat(headers(e.addHeadersTo(new RecordHeaders()))).containsExactly(
        "masthead.error.code=wrong_type", "masthead.error.pointer=/headline",
        "masthead.error.line=2", "masthead.error.column=13");
  }

  @Test
  void carries_every_violation_of_invalid_content_and_writes_them_as_headers() {
    MastheadSerializationException e =
        fail("{\"id\":\"a1\",\"slug\":\"Not A Slug\",\"headline\":\" \",\"language\":\"en\"}");

    assertThat(e).hasCauseInstanceOf(InvalidContentException.class);
    assertThat(e.code()).isEqualTo("blank");
    assertThat(e.pointer()).isEqualTo("/headline");
    assertThat(e.violations()).hasSize(2);
    assertThat(headers(e.addHeadersTo(new RecordHeaders()))).containsExactly(
        "masthead.error.code=blank", "masthead.error.pointer=/headline",
        "masthead.error.violations=" + e.violations().get(0) + "\n" + e.violations().get(1));
    assertThat(e.getMessage()).isEqualTo("record value of topic articles: " + e.getCause().getMessage());
  }

  @Test
  void keeps_the_headers_already_there() {
    MastheadSerializationException e = fail("[]");
    Headers headers = new RecordHeaders().add("trace-id", utf8("abc"));

    assertThat(headers(e.addHeadersTo(headers)))
        .containsExactly("trace-id=abc", "masthead.error.code=not_an_object", "masthead.error.pointer=",
            "masthead.error.line=1", "masthead.error.column=1");
  }

  private MastheadSerializationException fail(String json) {
    return catchThrowableOfType(MastheadSerializationException.class, () -> serde.deserialize("articles", utf8(json)));
  }

  static java.util.List<String> headers(Headers headers) {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (Header header : headers) {
      all.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
    }
    return all;
  }
}
