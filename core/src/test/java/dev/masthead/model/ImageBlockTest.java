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
    assertThatThrownBy(() -> new ImageBlock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("image must not be null");
    assertThatThrownBy(() -> ImageBlock.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("image must not be null");
  }

  @Test
  void validates_the_image_inside() {
    assertThat(violations(new ImageBlock(new Image("ftp://example.com/a.jpg", null, null, null, null, null))))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/image/url", Codes.URL_SCHEME));
  }
}
