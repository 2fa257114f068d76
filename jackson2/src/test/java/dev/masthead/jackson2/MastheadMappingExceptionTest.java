package dev.masthead.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;

class MastheadMappingExceptionTest {
  @Test
  void names_code_place_and_detail_in_its_message() {
    MastheadMappingException e =
        new MastheadMappingException(null, "wrong_type", 3, 17, "/authors/0/articleCount", "must be an integer, not a string");

    assertThat(e).isInstanceOf(JsonMappingException.class);
    assertThat(e.getOriginalMessage())
        .isEqualTo("wrong_type at line 3, column 17 (/authors/0/articleCount): must be an integer, not a string");
    assertThat(e.code()).isEqualTo("wrong_type");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(17);
    assertThat(e.pointer()).isEqualTo("/authors/0/articleCount");
    assertThat(e.detail()).isEqualTo("must be an integer, not a string");
  }

  @Test
  void leaves_the_pointer_out_of_the_message_at_the_root() {
    MastheadMappingException e = new MastheadMappingException(null, "too_deep", 1, 5, "", "nesting depth exceeds the limit of 2");

    assertThat(e.getOriginalMessage()).isEqualTo("too_deep at line 1, column 5: nesting depth exceeds the limit of 2");
  }
}
