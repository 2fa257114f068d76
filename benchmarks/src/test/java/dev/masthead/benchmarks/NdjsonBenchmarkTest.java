package dev.masthead.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonBenchmarkTest {
  @Test
  void reads_every_article_written_each_with_its_own_id(@TempDir Path dir) throws IOException {
    NdjsonBenchmark benchmark = over(dir, 25);
    List<Article> articles = new ArrayList<>();

    int read = benchmark.read(articles::add);

    assertThat(read).isEqualTo(25);
    assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(articles.get(7)).isEqualTo(Documents.article().toBuilder().id(articles.get(7).id()).build());
  }

  @Test
  void the_single_reads_read_the_streams_first_article(@TempDir Path dir) throws IOException {
    NdjsonBenchmark benchmark = over(dir, 3);
    List<Article> streamed = new ArrayList<>();
    benchmark.read(streamed::add);

    Article first = MastheadJson.standard().readArticle(benchmark.first());

    assertThat(first).isEqualTo(streamed.get(0));
    assertThat(first.id()).isEqualTo("art-2024-000000");
  }

  @Test
  void the_distinct_reads_read_the_streams_articles_each_from_its_own_bytes(@TempDir Path dir) throws IOException {
    NdjsonBenchmark benchmark = over(dir, 25);
    List<Article> streamed = new ArrayList<>();
    benchmark.read(streamed::add);

    byte[][] distinct = benchmark.distinct();

    assertThat(Arrays.stream(distinct).map(MastheadJson.standard()::readArticle)).containsExactlyElementsOf(streamed);
  }

  @Test
  void the_memory_read_reads_the_streams_articles_from_bytes_in_memory(@TempDir Path dir) throws IOException {
    NdjsonBenchmark benchmark = over(dir, 25);
    List<Article> streamed = new ArrayList<>();
    benchmark.read(streamed::add);
    List<Article> fromMemory = new ArrayList<>();

    int read = benchmark.read(new ByteArrayInputStream(benchmark.memory()), fromMemory::add);

    assertThat(read).isEqualTo(25);
    assertThat(fromMemory).isEqualTo(streamed);
  }

  /** A benchmark over a stream of {@code count} articles written in {@code dir}. */
  private static NdjsonBenchmark over(Path dir, int count) throws IOException {
    Path file = dir.resolve("articles.ndjson");
    NdjsonBenchmark.write(file, count);
    NdjsonBenchmark benchmark = new NdjsonBenchmark();
    benchmark.use(file);
    return benchmark;
  }
}
