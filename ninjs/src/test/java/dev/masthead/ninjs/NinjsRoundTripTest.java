package dev.masthead.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.json.generated.Generators;
import dev.masthead.model.Article;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generated articles, exported and imported again, come back equal apart from what the report lists. */
class NinjsRoundTripTest {
  /** Seeds per run: {@code -Dmasthead.runs} (default 200). */
  private static final int RUNS = Integer.getInteger("masthead.runs", 200);
  private static final long BASE = 0x6E696E6A73L; // "ninjs"

  @Test
  void every_generated_article_reads_back_equal_apart_from_what_the_export_report_lists() throws Exception {
    List<String> failures = new ArrayList<>();
    int reportedAtAll = 0;
    for (long seed = BASE; seed < BASE + RUNS; seed++) {
      Article article = new Generators(seed).article();
      Converted<String> exported = NinjsExporter.standard().export(article);
      Article back = NinjsImporter.standard().importItem(exported.value()).value();
      Set<String> reported = exported.losses().stream().map(Loss::pointer)
          .map(p -> p.split("/", -1)[1]).collect(Collectors.toSet());
      for (RecordComponent component : Article.class.getRecordComponents()) {
        Object before = component.getAccessor().invoke(article);
        Object after = component.getAccessor().invoke(back);
        if (!Objects.equals(before, after)) {
          reportedAtAll++;
          if (!reported.contains(component.getName())) {
            failures.add("seed " + seed + ": " + component.getName() + " changed without a report: "
                + shorten(before) + " -> " + shorten(after));
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    // The check is not vacuous: generated articles do lose what ninjs has no place for.
    assertThat(reportedAtAll).isPositive();
  }

  @Test
  void what_survives_survives_exactly() {
    for (long seed = BASE; seed < BASE + 50; seed++) {
      Article article = new Generators(seed).article();
      Article back = NinjsImporter.standard().importItem(NinjsExporter.standard().export(article).value()).value();

      assertThat(back.headline()).isEqualTo(article.headline());
      assertThat(back.language()).isEqualTo(article.language());
      assertThat(back.status()).isEqualTo(article.status());
      assertThat(back.summary()).isEqualTo(article.summary());
    }
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value);
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
