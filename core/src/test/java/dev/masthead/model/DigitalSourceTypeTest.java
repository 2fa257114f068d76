package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitalSourceTypeTest {
  @Test
  void names_the_iptc_newscodes_values() {
    assertThat(DigitalSourceType.DIGITAL_CAPTURE.uri())
        .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture");
    assertThat(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri())
        .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
    assertThat(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA.uri())
        .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia");
    assertThat(DigitalSourceType.of("http://cv.iptc.org/newscodes/digitalsourcetype/negativeFilm"))
        .isEqualTo(DigitalSourceType.NEGATIVE_FILM);
  }

  @Test
  void has_fifteen_distinct_well_formed_constants() throws IllegalAccessException {
    List<DigitalSourceType> constants = new ArrayList<>();
    for (Field field : DigitalSourceType.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == DigitalSourceType.class) {
        constants.add((DigitalSourceType) field.get(null));
      }
    }
    assertThat(constants).hasSize(15).doesNotHaveDuplicates();
    assertThat(constants).allSatisfy(type -> {
      assertThat(type.uri()).startsWith(DigitalSourceType.IPTC_NEWSCODES);
      assertThat(violations(type)).isEmpty();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/sources/drone", "urn:example:source:scan", "tag:example.com,2024:ai",
      "x-vendor:camera%2Fraw"})
  void accepts_any_absolute_uri_so_that_newer_values_pass(String uri) {
    assertThat(violations(new DigitalSourceType(uri))).isEmpty();
  }

  @Test
  void rejects_what_is_not_an_absolute_uri_at_the_type_itself() {
    assertThat(violations(new DigitalSourceType("digitalCapture")))
        .containsExactly(Violation.of("", Codes.URI_SYNTAX,
            "must be an absolute URI of ASCII URI characters without spaces or bad escapes"));
    assertThatThrownBy(() -> DigitalSourceType.of("http://cv.iptc.org/newscodes/digital source"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageStartingWith("digital source type is not well-formed: : url_syntax");
    assertThat(violations(Fixtures.article(a -> a.digitalSourceType = new DigitalSourceType(" "))))
        .containsExactly(Violation.of("/digitalSourceType", Codes.BLANK, "must not be blank"));
  }

  @Test
  void refuses_a_null_uri() {
    assertThatThrownBy(() -> new DigitalSourceType(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("uri");
  }
}
