package dev.masthead.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NinjsImportExceptionTest {
  @Test
  void names_the_place_in_its_message_and_keeps_its_parts() {
    NinjsImportException e = new NinjsImportException(
        NinjsImportException.UNSUPPORTED_TYPE, "/3/type", "video", "ninjs type video is not supported");

    assertThat(e.getMessage()).isEqualTo("ninjs type video is not supported (at /3/type)");
    assertThat(e.code()).isEqualTo("unsupported_type");
    assertThat(e.pointer()).isEqualTo("/3/type");
    assertThat(e.type()).isEqualTo("video");
    assertThat(e.detail()).isEqualTo("ninjs type video is not supported");
  }

  @Test
  void leaves_the_place_out_for_the_root() {
    assertThat(new NinjsImportException(NinjsImportException.NO_HEADLINE, "", "", "no headline").getMessage())
        .isEqualTo("no headline");
  }
}
