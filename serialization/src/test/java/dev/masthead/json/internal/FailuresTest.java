package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MalformedJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/** Jackson's failures, and failures of the input under it, turned into the documented exceptions. */
class FailuresTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void turns_a_failure_of_the_input_into_an_unchecked_io_exception_with_its_cause() {
    IOException cause = new IOException("connection reset");

    RuntimeException e = Failures.translate(JacksonIOException.construct(cause), MAPPER.createParser("{}"), "/3");

    assertThat(e).isInstanceOf(UncheckedIOException.class);
    assertThat(e.getCause()).isSameAs(cause);
  }

  /** A limit Masthead does not set, such as a big number's scale, is still a limit of the input. */
  @Test
  void turns_a_limit_that_jackson_keeps_itself_into_document_too_large() {
    RuntimeException e = Failures.translate(
        new StreamConstraintsException("BigDecimal scale (-1000000) magnitude exceeds the maximum allowed (100000)"),
        MAPPER.createParser("{}"), "/3");

    assertThat(e).isInstanceOf(MalformedJsonException.class);
    MalformedJsonException malformed = (MalformedJsonException) e;
    assertThat(malformed.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE);
    assertThat(malformed.detail()).isEqualTo("input exceeds a limit");
    assertThat(malformed.pointer()).isEqualTo("/3");
  }

  @Test
  void places_a_syntax_error_while_the_parser_is_made_after_the_bytes_read_before_it() {
    RuntimeException e = Failures.translateAtStart(new StreamReadException((JsonParser) null, "Unexpected end-of-input"), 4);

    assertThat(e).isInstanceOf(MalformedJsonException.class);
    MalformedJsonException malformed = (MalformedJsonException) e;
    assertThat(malformed.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(malformed.line()).isEqualTo(1);
    assertThat(malformed.column()).isEqualTo(5);
    assertThat(malformed.pointer()).isEmpty();
    assertThat(malformed.detail()).isEqualTo("Unexpected end-of-input");
  }

  @Test
  void places_malformed_utf8_while_the_parser_is_made_after_the_bytes_read_before_it() {
    RuntimeException e = Failures.translateAtStart(JacksonIOException.construct(new MalformedInputException(1)), 2);

    assertThat(e).isInstanceOf(MalformedJsonException.class);
    MalformedJsonException malformed = (MalformedJsonException) e;
    assertThat(malformed.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
    assertThat(malformed.line()).isEqualTo(1);
    assertThat(malformed.column()).isEqualTo(3);
  }

  @Test
  void turns_a_failure_of_the_input_while_the_parser_is_made_into_an_unchecked_io_exception() {
    IOException cause = new IOException("connection reset");

    RuntimeException e = Failures.translateAtStart(JacksonIOException.construct(cause), 0);

    assertThat(e).isInstanceOf(UncheckedIOException.class);
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void says_malformed_json_when_jackson_gives_no_message() {
    assertThat(detailAtStart(null)).isEqualTo("malformed JSON");
  }

  @Test
  void drops_jacksons_hints_about_its_configuration_from_a_message() {
    assertThat(detailAtStart("Unexpected character ('x' (code 120)) (from `JsonReadFeature.ALLOW_X`)"))
        .isEqualTo("Unexpected character ('x' (code 120))");
    assertThat(detailAtStart("Unexpected end-of-input: expected close marker for Object"
        + " (start marker at [Source: REDACTED; line: 1, column: 1])"))
        .isEqualTo("Unexpected end-of-input: expected close marker for Object");
    assertThat(detailAtStart("Illegal unquoted character\n at [Source: x]")).isEqualTo("Illegal unquoted character");
    assertThat(detailAtStart("\n at [Source: x]")).isEmpty();
  }

  @Test
  void cuts_a_message_after_200_characters() {
    String exactly = "x".repeat(200);

    assertThat(detailAtStart(exactly)).isEqualTo(exactly);
    assertThat(detailAtStart(exactly + "y")).isEqualTo(exactly + "\u2026");
  }

  @Test
  void names_a_value_by_its_type_in_lower_case_words() {
    assertThat(Failures.subject(new TickerHeadline())).isEqualTo("ticker headline");
    assertThat(Failures.subject(new Ad())).isEqualTo("ad");
  }

  private static String detailAtStart(String message) {
    RuntimeException e = Failures.translateAtStart(new StreamReadException((JsonParser) null, message), 0);
    return ((MalformedJsonException) e).detail();
  }

  private record TickerHeadline() {}

  private record Ad() {}
}
