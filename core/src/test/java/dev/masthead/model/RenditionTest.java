package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RenditionTest {
  private static final String URL = "https://cdn.example.com/img/council-640.jpg";

  @Test
  void holds_a_size_without_a_media_type_or_with_one() {
    Rendition plain = Rendition.of(URL, 640, 427);
    Rendition typed = Rendition.of(URL, 640, null, "image/webp");

    assertThat(plain).isEqualTo(new Rendition(URL, 640, 427, null));
    assertThat(typed.height()).isNull();
    assertThat(typed.mediaType()).isEqualTo("image/webp");
  }

  @Test
  void needs_an_http_url() {
    assertThat(violations(new Rendition(null, 640, 427, null)))
        .containsExactly(Violation.of("/url", Codes.REQUIRED, "is required"));
    assertThatThrownBy(() -> Rendition.of("javascript:alert(1)", 640, 427))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("rendition is not well-formed: /url: url_scheme: "
            + "must be an absolute URL starting with http:// or https://");
  }

  @ParameterizedTest
  @CsvSource({"0, /width, too_small", "100001, /width, too_large", "-5, /width, too_small"})
  void rejects_a_width_outside_one_to_a_hundred_thousand(int width, String pointer, String code) {
    assertThat(violations(new Rendition(URL, width, 1, null)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(pointer, code));
  }

  @Test
  void rejects_a_height_outside_one_to_a_hundred_thousand() {
    assertThat(violations(new Rendition(URL, 1, 100_001, null)))
        .containsExactly(Violation.of("/height", Codes.TOO_LARGE, "must be at most 100000"));
    assertThat(violations(new Rendition(URL, 100_000, 100_000, null))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/jpeg", "image/svg+xml", "IMAGE/PNG", "application/vnd.example.photo-1.0", "x/y"})
  void accepts_media_types(String mediaType) {
    assertThat(violations(new Rendition(URL, null, null, mediaType))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpeg", "image/", "/jpeg", "image/jpeg; q=1", "image/jp eg", "image/jpeg/x", "-image/jpeg",
      "image/ jpeg", "ïmage/jpeg", "", "image\\jpeg"})
  void rejects_what_is_not_a_media_type(String mediaType) {
    assertThat(violations(new Rendition(URL, null, null, mediaType)))
        .containsExactly(Violation.of("/mediaType", Codes.INVALID_MEDIA_TYPE, "must be a media type such as image/jpeg"));
  }

  @Test
  void rejects_a_media_type_name_longer_than_127_characters() {
    assertThat(violations(new Rendition(URL, null, null, "image/" + "x".repeat(127)))).isEmpty();
    assertThat(violations(new Rendition(URL, null, null, "image/" + "x".repeat(128))))
        .extracting(Violation::code)
        .containsExactly(Codes.INVALID_MEDIA_TYPE);
  }
}
