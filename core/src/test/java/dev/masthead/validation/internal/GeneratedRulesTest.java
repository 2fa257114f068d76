package dev.masthead.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The model's compiled plans ({@link CompiledRules#MODEL_RULES}) are the code {@link RulesGenerator}
 * writes from the model's rules today. With {@code -Dmasthead.generate=true} the test writes the
 * code instead, then passes; the build compiles it on its next run.
 */
class GeneratedRulesTest {
  private static final Path SOURCE = Path.of("src/main/java", CompiledRules.MODEL_RULES.replace('.', '/') + ".java");

  @Test
  void the_compiled_plans_are_generated_from_the_rules_of_today() throws IOException {
    String generated = RulesGenerator.source(ModelRecords.all());
    if (Boolean.getBoolean("masthead.generate")) {
      Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
    }

    assertThat(SOURCE).as("%s is missing: run the test with -Dmasthead.generate=true", SOURCE).exists();
    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as("%s is out of date: run ./mvnw -pl core test -Dtest=GeneratedRulesTest -Dmasthead.generate=true"
            + " (if it no longer compiles, delete it first)", SOURCE)
        .isEqualTo(generated);
  }
}
