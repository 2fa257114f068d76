package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedJsonExceptionTest {
  @Test
  void describes_code_place_pointer_and_detail_in_its_message() {
    MalformedJsonException e = new MalformedJsonException(
        MalformedJsonException.WRONG_TYPE, 3, 15, "/authors/0/articleCount", "must be an integer, not a string", null);

    assertThat(e).hasMessage("wrong_type at line 3, column 15 (/authors/0/articleCount): must be an integer, not a string");
    assertThat(e.code()).isEqualTo("wrong_type");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e.pointer()).isEqualTo("/authors/0/articleCount");
    assertThat(e.detail()).isEqualTo("must be an integer, not a string");
    assertThat(e).hasNoCause();
  }

  @Test
  void leaves_the_root_pointer_out_of_its_message() {
    MalformedJsonException e = new MalformedJsonException(
        MalformedJsonException.EMPTY_INPUT, 1, 1, "", "input holds no JSON value", null);

    assertThat(e).hasMessage("empty_input at line 1, column 1: input holds no JSON value");
  }

  @Test
  void keeps_the_cause() {
    IllegalStateException cause = new IllegalStateException("parser");

    assertThat(new MalformedJsonException(MalformedJsonException.SYNTAX, 1, 2, "", "bad", cause)).hasCause(cause);
  }

  @Test
  void shows_a_short_printable_prefix_of_each_pointer_segment_but_returns_the_whole_pointer() {
    String name = "line\nbreak\u202Eand" + "x".repeat(100);
    String pointer = "/extra/" + name + "/0";

    MalformedJsonException e = new MalformedJsonException(MalformedJsonException.DUPLICATE_KEY, 1, 9, pointer, "duplicate key", null);

    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e).hasMessage("duplicate_key at line 1, column 9 (/extra/line\\u000Abreak\\u202Eand"
        + "x".repeat(18) + "…/0): duplicate key");
  }
}
