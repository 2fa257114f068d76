package dev.masthead.validation;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Rights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightsPartTest {
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
    "Agency, NULL, NULL, NULL, NULL, 0",
    "NULL, © Agency, NULL, NULL, NULL, 0",
    "NULL, NULL, Editorial use only, NULL, NULL, 0",
    "NULL, NULL, NULL, https://example.com/licence, NULL, 0",
    "NULL, NULL, NULL, NULL, https://example.com/buy, 0",
    "NULL, NULL, NULL, NULL, NULL, 1"
  })
  void needs_at_least_one_part(String holder, String notice, String terms, String license, String page, int problems) {
    assertThat(violations(new Rights(holder, notice, terms, license, page)))
        .hasSize(problems)
        .allSatisfy(violation -> assertThat(violation.code()).isEqualTo(Codes.RIGHTS_PART));
  }
}
