package dev.masthead.validation;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Image;
import dev.masthead.model.Rendition;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTypeTest {
  @Test
  void points_at_the_rendition_that_holds_a_bad_media_type() {
    Image image = new Image("https://cdn.example.com/a.jpg", null, null, null, null, null,
        List.of(new Rendition("https://cdn.example.com/a-1.jpg", 10, 10, "image/jpeg"),
            new Rendition("https://cdn.example.com/a-2.jpg", 10, 10, "jpg")),
        null, null);

    assertThat(violations(image))
        .containsExactly(Violation.of("/renditions/1/mediaType", Codes.INVALID_MEDIA_TYPE,
            "must be a media type such as image/jpeg"));
  }
}
