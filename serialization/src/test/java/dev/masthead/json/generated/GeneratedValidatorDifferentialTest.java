package dev.masthead.json.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.masthead.validation.MastheadValidator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The standard validator, whose fast path answers for valid content, reports exactly what plain
 * Hibernate Validator reports (pointers, codes and messages, at both levels) for every generated
 * article and ticker and for every one-field mutation of them. A failure names its seed: replay it
 * with {@code -Dmasthead.seed=N}.
 */
class GeneratedValidatorDifferentialTest {
  private static final ValidatorFactory FACTORY = MastheadValidator.newValidatorFactory();
  private static final MastheadValidator HIBERNATE = MastheadValidator.of(FACTORY.getValidator());

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @TestFactory
  Stream<DynamicTest> the_standard_validator_agrees_with_hibernate_validator() {
    // Each seed checks some eighty values four times over, so a fifth of the usual seeds suffice.
    return Seeds.seeds("differential").limit(200).mapToObj(seed -> dynamicTest("seed=" + seed, () -> {
      Generators generators = new Generators(seed);
      SplittableRandom random = new SplittableRandom(seed);
      List<Object> values = new ArrayList<>();
      var article = generators.article();
      var ticker = generators.ticker();
      values.add(article);
      values.add(ticker);
      GeneratedMutationTest.articleMutations(article, random).forEach(m -> values.add(m.value()));
      GeneratedMutationTest.tickerMutations(ticker, random).forEach(m -> values.add(m.value()));
      String replay = "replay with -Dmasthead.seed=" + seed;
      int rejected = 0;
      for (Object value : values) {
        var expected = HIBERNATE.validate(value);
        assertThat(MastheadValidator.standard().validate(value)).as(replay).isEqualTo(expected);
        assertThat(MastheadValidator.standard().validatePublishable(value))
            .as(replay)
            .isEqualTo(HIBERNATE.validatePublishable(value));
        rejected += expected.isEmpty() ? 0 : 1;
      }
      assertThat(rejected).as("every mutation breaks a rule; " + replay).isEqualTo(values.size() - 2);
    }));
  }
}
