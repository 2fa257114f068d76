package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonBenchmarkTest {
  @Test
  void reads_every_article_written_each_with_its_own_id(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("articles.ndjson");
    NdjsonBenchmark.write(file, 25);
    NdjsonBenchmark benchmark = new NdjsonBenchmark();
    benchmark.use(file);
    List<Article> articles = new ArrayList<>();

    int read = benchmark.read(articles::add);

    assertThat(read).isEqualTo(25);
    assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(articles.get(7)).isEqualTo(Documents.article().toBuilder().id(articles.get(7).id()).build());
  }

  @Test
  void the_single_reads_read_the_streams_first_article(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("articles.ndjson");
    NdjsonBenchmark.write(file, 3);
    NdjsonBenchmark benchmark = new NdjsonBenchmark();
    benchmark.use(file);
    List<Article> streamed = new ArrayList<>();
    benchmark.read(streamed::add);

    Article first = MastheadJson.standard().readArticle(benchmark.first());

    assertThat(first).isEqualTo(streamed.get(0));
    assertThat(first.id()).isEqualTo("art-2024-000000");
  }
}
