package dev.masthead.validation;

import static dev.masthead.model.Fixtures.article;
import static dev.masthead.model.Fixtures.articleWith;
import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.Credit;
import dev.masthead.model.Divider;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditPartyTest {
  private static final String MESSAGE =
      "or organization is required: a credit names a person, an organization or both";

  private static Credit credit(String name, String organization) {
    return new Credit(Credit.PHOTO, name, organization, null, null, null);
  }

  @ParameterizedTest
  @CsvSource(value = {"A. Smith, Example Agency", "A. Smith, NULL", "NULL, Example Agency"}, nullValues = "NULL")
  void accepts_a_credit_that_names_a_person_an_organization_or_both(String name, String organization) {
    assertThat(violations(credit(name, organization))).isEmpty();
  }

  @Test
  void rejects_a_credit_that_names_nobody_at_its_name() {
    assertThat(violations(credit(null, null))).containsExactly(Violation.of("/name", Codes.CREDIT_PARTY, MESSAGE));
  }

  @Test
  void points_into_the_article_where_the_credit_stands() {
    Image image = new Image("https://cdn.example.com/a.jpg", "A chart", null, null, null, credit(null, null));

    assertThat(violations(articleWith(
            Paragraph.of("One."), Paragraph.of("Two."), Divider.of(), new ImageBlock(image))))
        .containsExactly(Violation.of("/body/3/image/credit/name", Codes.CREDIT_PARTY, MESSAGE));
    assertThat(violations(article(a -> a.credits = List.of(credit("B. Jones", null), credit(null, null)))))
        .containsExactly(Violation.of("/credits/1/name", Codes.CREDIT_PARTY, MESSAGE));
  }

  @Test
  void makes_the_factory_reject_a_credit_without_a_party() {
    assertThatThrownBy(() -> Credit.of(Credit.PHOTO, null, null))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("credit is not well-formed: /name: credit_party: " + MESSAGE);
  }
}
