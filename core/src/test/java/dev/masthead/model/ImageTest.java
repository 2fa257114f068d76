package dev.masthead.model;

import static dev.masthead.model.Fixtures.leadImage;
import static dev.masthead.model.Fixtures.photoCredit;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTest {
  @Test
  void allows_every_part_to_be_unknown_while_a_piece_is_prepared() {
    Image image = Image.builder().build();

    assertThat(image.url()).isNull();
    assertThat(image.credit()).isNull();
    assertThat(violations(image)).isEmpty();
  }

  @Test
  void to_builder_build_equals_the_original() {
    Image image = leadImage();

    assertThat(image.toBuilder().build()).isEqualTo(image).isNotSameAs(image);
  }

  @Test
  void with_credit_returns_a_copy_or_the_same_instance() {
    Image image = leadImage();
    Credit other = Credit.of(Credit.PHOTO, "B. Jones", null);

    assertThat(image.withCredit(photoCredit())).isSameAs(image);
    assertThat(image.withCredit(other)).isEqualTo(image.toBuilder().credit(other).build());
    assertThat(image.withCredit(null).credit()).isNull();
    assertThat(image.credit()).isEqualTo(photoCredit());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1200, 100_000})
  void accepts_dimensions_from_1_to_100000(int pixels) {
    assertThat(violations(new Image(null, null, null, pixels, pixels, null))).isEmpty();
  }

  @Test
  void rejects_dimensions_outside_1_to_100000() {
    assertThat(violations(new Image(null, null, null, 0, 100_001, null)))
        .containsExactly(
            Violation.of("/height", Codes.TOO_LARGE, "must be at most 100000"),
            Violation.of("/width", Codes.TOO_SMALL, "must be at least 1"));
  }

  @Test
  void limits_alt_text_and_caption_to_1000_code_points() {
    String limit = Fixtures.repeat(0x1F600, 1_000);

    assertThat(violations(new Image(null, limit, limit, null, null, null))).isEmpty();
    assertThat(violations(new Image(null, limit + "a", limit + "a", null, null, null)))
        .containsExactly(
            Violation.of("/altText", Codes.TOO_LONG, "must be at most 1000 characters"),
            Violation.of("/caption", Codes.TOO_LONG, "must be at most 1000 characters"));
  }

  @Test
  void build_rejects_malformed_images() {
    assertThatThrownBy(() -> Image.builder().url("javascript:alert(1)").width(0).build())
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("image is not well-formed:\n"
            + "  /url: url_scheme: must be an absolute URL starting with http:// or https://\n"
            + "  /width: too_small: must be at least 1");
  }

  @Test
  void validates_its_credit() {
    Image image = new Image(null, null, null, null, null, new Credit("photo", null, null, null, null, null));

    assertThat(violations(image)).extracting(Violation::pointer).containsExactly("/credit/name");
  }

  @Test
  void builds_renditions_rights_and_source_and_back() {
    Rights rights = Rights.builder().copyrightHolder("Example Agency").build();
    Image image = leadImage().toBuilder()
        .addRendition(Rendition.of("https://cdn.example.com/img/council-640.jpg", 640, 427))
        .rights(rights)
        .digitalSourceType(DigitalSourceType.DIGITAL_CAPTURE)
        .build();

    assertThat(image.renditions()).extracting(Rendition::width).containsExactly(640);
    assertThat(image.rights()).isEqualTo(rights);
    assertThat(image.digitalSourceType()).isEqualTo(DigitalSourceType.DIGITAL_CAPTURE);
    assertThat(image.toBuilder().build()).isEqualTo(image);
    assertThat(image.withCredit(null).renditions()).isEqualTo(image.renditions());
  }

  @Test
  void keeps_the_constructor_of_six_parts() {
    Image image = new Image("https://cdn.example.com/a.jpg", null, null, null, null, null);

    assertThat(image.renditions()).isEmpty();
    assertThat(image.rights()).isNull();
    assertThat(image.digitalSourceType()).isNull();
  }

  @Test
  void holds_at_most_20_renditions() {
    java.util.List<Rendition> renditions = new java.util.ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      renditions.add(Rendition.of("https://cdn.example.com/a-" + i + ".jpg", null, null));
    }
    assertThatThrownBy(() -> Image.builder().renditions(renditions).build())
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("image is not well-formed: /renditions: too_many: must have at most 20 elements");
    assertThatThrownBy(() -> Image.builder().renditions((Rendition) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("renditions[0] must not be null");
  }

  @Test
  void replacing_renditions_drops_the_earlier_ones() {
    Rendition small = Rendition.of("https://cdn.example.com/p-320.jpg", 320, 180);
    Rendition large = Rendition.of("https://cdn.example.com/p-1280.jpg", 1280, 720);

    Image image = leadImage().toBuilder().renditions(List.of(small)).renditions(large).build();

    assertThat(image.renditions()).containsExactly(large);
  }
}
