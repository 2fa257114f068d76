package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FirstUseBenchmarkTest {
  @Test
  void both_variants_read_the_article() throws IOException {
    FirstUseBenchmark benchmark = new FirstUseBenchmark();
    benchmark.setUp();

    assertThat(benchmark.firstUseMasthead()).isEqualTo(Documents.article());
    assertThat(benchmark.firstUsePojo())
        .isInstanceOfSatisfying(Pojos.Article.class, pojo -> assertThat(pojo.getHeadline())
            .isEqualTo(((Article) benchmark.firstUseMasthead()).headline()));
  }
}
