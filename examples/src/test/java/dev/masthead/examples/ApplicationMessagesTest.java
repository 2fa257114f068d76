package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Heading;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application with its own {@code ValidationMessages.properties} on the class path, as most have,
 * still gets Masthead's messages: Masthead ships them as Hibernate Validator's library bundle
 * ({@code ContributorValidationMessages.properties}), which every Hibernate Validator message
 * interpolator reads beside the application's bundle.
 */
class ApplicationMessagesTest {
  /** An application's own type with its own message key. */
  record Order(@Pattern(regexp = "ORD-[0-9]+", message = "{com.example.order.reference}") String reference) {}

  private static final Heading BROKEN = new Heading(7, " ");

  @Test
  void the_application_bundle_comes_first_on_the_class_path() {
    ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages");

    assertThat(bundle.keySet()).containsExactly("com.example.order.reference");
  }

  @Test
  void the_standard_validator_reports_masthead_messages() {
    assertThat(MastheadValidator.standard().validate(BROKEN)).containsExactly(
        new Violation("/level", "too_large", "must be at most 6"),
        new Violation("/text", "blank", "must not be blank"));
  }

  @Test
  void a_default_validator_factory_reports_masthead_and_application_messages() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(messages(factory.getValidator().validate(BROKEN)))
          .containsExactlyInAnyOrder("level: must be at most 6", "text: must not be blank");
      assertThat(messages(factory.getValidator().validate(new Order("12"))))
          .containsExactly("reference: must be an order reference such as ORD-123");
    }
  }

  @Test
  void masthead_validator_factory_reports_masthead_and_application_messages() {
    try (ValidatorFactory factory = MastheadValidator.newValidatorFactory()) {
      assertThat(MastheadValidator.of(factory.getValidator()).validate(BROKEN)).extracting(Violation::message)
          .containsExactly("must be at most 6", "must not be blank");
      assertThat(messages(factory.getValidator().validate(new Order("12"))))
          .containsExactly("reference: must be an order reference such as ORD-123");
    }
  }

  private static <T> Set<String> messages(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
        .collect(Collectors.toSet());
  }
}
