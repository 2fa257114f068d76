package dev.masthead.model;

import static dev.masthead.model.Fixtures.leadImage;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import org.junit.jupiter.api.Test;

class ImageBlockTest {
  @Test
  void holds_an_image() {
    ImageBlock block = ImageBlock.of(leadImage());

    assertThat(block.image()).isEqualTo(leadImage());
    assertThat(block.type()).isEqualTo(BlockType.IMAGE);
  }

  @Test
  void requires_an_image() {
    assertThat(violations(new ImageBlock(null)))
        .containsExactly(Violation.of("/image", Codes.REQUIRED, "is required"));
    assertThatThrownBy(() -> ImageBlock.of(null))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("image block is not well-formed: /image: required: is required");
  }

  @Test
  void validates_the_image_inside() {
    assertThat(violations(new ImageBlock(new Image("ftp://example.com/a.jpg", null, null, null, null, null))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/image/url", Codes.URL_SCHEME));
  }
}
