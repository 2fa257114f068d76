package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.model.Article;
import dev.masthead.model.Paragraph;
import dev.masthead.validation.CheckedText;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading streams of articles, NDJSON or one top-level array, and writing NDJSON. */
class ReadArticlesTest {
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final String HEADLINE = "\"headline\":\"City council approves 2025 budget\"";
  private static final int COUNT = 10_000;

  @TempDir Path dir;

  /** Returns the i-th generated document: the base article with its own id and headline. */
  private static String document(int i) {
    return Samples.replace(Samples.article(HEADLINE, "\"headline\":\"Headline " + i + "\""),
        "\"id\":\"art-2024-000123\"", "\"id\":\"art-" + i + "\"");
  }

  private static Article expected(int i) {
    return Samples.article().toBuilder().id("art-" + i).headline("Headline " + i).build();
  }

  /**
   * The stream's UTF-8 check learns what holds of the texts chunk by chunk; a run of combining marks
   * split between two chunks, each half short enough, is still one run too long.
   */
  @Test
  void refuses_a_run_of_combining_marks_that_two_chunks_of_input_share() {
    String marks = "\u0301".repeat(CheckedText.MAX_COMBINING_RUN + 1);
    String json = Samples.article(HEADLINE, "\"headline\":\"Cafe" + marks + "\"");
    int marksAt = json.substring(0, json.indexOf(marks)).getBytes(StandardCharsets.UTF_8).length;
    // Blank space before the document puts the chunk boundary (16 KiB) after the 15th mark.
    int chunk = 16 * 1024;
    byte[] stream = (" ".repeat(chunk - marksAt - 15 * 2) + json).getBytes(StandardCharsets.UTF_8);

    InvalidContentException single = catchThrowableOfType(InvalidContentException.class,
        () -> JSON.readArticle(json.getBytes(StandardCharsets.UTF_8)));
    InvalidContentException streamed = catchThrowableOfType(InvalidContentException.class, () -> {
      try (Stream<Article> articles = JSON.readArticles(new ByteArrayInputStream(stream))) {
        articles.forEach(article -> { });
      }
    });

    assertThat(single.violations()).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/headline", Codes.COMBINING_MARKS));
    assertThat(streamed).as("the stream's error").isNotNull();
    assertThat(streamed.violations()).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/0/headline", Codes.COMBINING_MARKS));
  }

  @ParameterizedTest(name = "array: {0}")
  @ValueSource(booleans = {false, true})
  void reads_ten_thousand_articles_lazily_and_in_order(boolean array) throws IOException {
    GeneratedArticles in = new GeneratedArticles(COUNT, array, ReadArticlesTest::document);
    long total = new GeneratedArticles(COUNT, array, ReadArticlesTest::document).transferTo(OutputStream.nullOutputStream());

    try (Stream<Article> articles = JSON.readArticles(in)) {
      Iterator<Article> iterator = articles.iterator();
      assertThat(iterator.next()).isEqualTo(expected(0));
      long readForTheFirst = in.bytesRead;
      int count = 1;
      while (iterator.hasNext()) {
        Article article = iterator.next();
        if (!article.equals(expected(count))) {
          assertThat(article).as("article %d", count).isEqualTo(expected(count));
        }
        count++;
      }

      assertThat(count).isEqualTo(COUNT);
      assertThat(readForTheFirst).as("bytes read for the first article").isLessThan(total / 100);
      assertThat(in.bytesRead).isEqualTo(total);
    }
  }

  @ParameterizedTest(name = "array: {0}")
  @ValueSource(booleans = {false, true})
  void names_the_index_of_a_malformed_article_and_ends_the_stream(boolean array) {
    GeneratedArticles in = new GeneratedArticles(10, array,
        i -> i == 3 ? Samples.article(HEADLINE, "\"headline\":412") : document(i));
    List<Article> read = new ArrayList<>();

    try (Stream<Article> articles = JSON.readArticles(in)) {
      Iterator<Article> iterator = articles.iterator();
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> {
        while (iterator.hasNext()) {
          read.add(iterator.next());
        }
      });

      assertThat(read).containsExactly(expected(0), expected(1), expected(2));
      assertThat(e.code()).isEqualTo(MalformedJsonException.WRONG_TYPE);
      assertThat(e.pointer()).isEqualTo("/3/headline");
      assertThat(e.line()).isEqualTo(array ? 1 : 4);
      assertThat(e.column()).isPositive();
      assertThat(iterator.hasNext()).isFalse();
    }
  }

  @ParameterizedTest(name = "array: {0}")
  @ValueSource(booleans = {false, true})
  void names_the_index_of_an_invalid_article(boolean array) {
    GeneratedArticles in = new GeneratedArticles(10, array,
        i -> i == 3 ? Samples.article(HEADLINE, "\"headline\":\"\"") : document(i));

    try (Stream<Article> articles = JSON.readArticles(in)) {
      Iterator<Article> iterator = articles.iterator();
      iterator.next();
      iterator.next();
      iterator.next();
      InvalidContentException e = catchThrowableOfType(InvalidContentException.class, iterator::next);

      assertThat(e.violations())
          .extracting(Violation::pointer, Violation::code)
          .containsExactly(tuple("/3/headline", Codes.BLANK));
      assertThat(e.getMessage()).startsWith("article 3 is not well-formed: /3/headline: blank: ");
    }
  }

  @ParameterizedTest(name = "array: {0}")
  @ValueSource(booleans = {false, true})
  void names_the_index_of_unknown_properties_in_strict_mode(boolean array) {
    MastheadJson strict = MastheadJson.builder().strict(true).build();
    GeneratedArticles in = new GeneratedArticles(5, array, i -> i == 2
        ? Samples.article(HEADLINE, "\"headline\":\" \",\"extra\":[1],\"more\":{}")
        : document(i));

    try (Stream<Article> articles = strict.readArticles(in)) {
      Iterator<Article> iterator = articles.iterator();
      iterator.next();
      iterator.next();
      InvalidContentException e = catchThrowableOfType(InvalidContentException.class, iterator::next);

      assertThat(e.violations())
          .extracting(Violation::pointer, Violation::code)
          .containsExactly(
              tuple("/2/extra", Codes.UNKNOWN_PROPERTY),
              tuple("/2/headline", Codes.BLANK),
              tuple("/2/more", Codes.UNKNOWN_PROPERTY));
    }
  }

  @Test
  void names_the_index_of_a_value_that_is_not_an_object() {
    String ndjson = Samples.ARTICLE + "\n42\n";
    String array = "[" + Samples.ARTICLE + ",\"x\"]";

    for (String input : List.of(ndjson, array)) {
      try (Stream<Article> articles = JSON.readArticles(stream(input))) {
        Iterator<Article> iterator = articles.iterator();
        assertThat(iterator.next()).isEqualTo(Samples.article());
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, iterator::hasNext);

        assertThat(e.code()).isEqualTo(MalformedJsonException.NOT_AN_OBJECT);
        assertThat(e.pointer()).isEqualTo("/1");
      }
    }
  }

  @Test
  void rejects_content_after_the_array() {
    try (Stream<Article> articles = JSON.readArticles(stream("[" + Samples.ARTICLE + "] {}"))) {
      Iterator<Article> iterator = articles.iterator();
      iterator.next();
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, iterator::hasNext);

      assertThat(e.code()).isEqualTo(MalformedJsonException.TRAILING_CONTENT);
    }
  }

  @Test
  void applies_the_size_limit_to_each_article() {
    MastheadJson limited = MastheadJson.builder().maxDocumentBytes(2_000).build();
    String huge = Samples.article("The council voted on Tuesday.", "The council voted. " + "Then it went home. ".repeat(2_000));
    GeneratedArticles in = new GeneratedArticles(5, false, i -> i == 2 ? huge : document(i));

    try (Stream<Article> articles = limited.readArticles(in)) {
      Iterator<Article> iterator = articles.iterator();
      assertThat(iterator.next()).isEqualTo(expected(0));
      assertThat(iterator.next()).isEqualTo(expected(1));
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> {
        iterator.hasNext();
        iterator.next();
      });

      assertThat(e.code()).isEqualTo(MalformedJsonException.DOCUMENT_TOO_LARGE);
      assertThat(e.pointer()).startsWith("/2");
    }
  }

  @Test
  void reports_malformed_utf8_between_articles_after_the_articles_before_it() {
    byte[] bytes = Samples.bytes(Samples.ARTICLE + "\n" + Samples.ARTICLE, "\n", '\n', 0xC0, 0x80);

    try (Stream<Article> articles = JSON.readArticles(new ByteArrayInputStream(bytes))) {
      Iterator<Article> iterator = articles.iterator();
      assertThat(iterator.next()).isEqualTo(Samples.article());
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, iterator::hasNext);

      assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
      assertThat(e.pointer()).isEqualTo("/1");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(1);
      assertThat(iterator.hasNext()).isFalse();
    }
  }

  @ParameterizedTest(name = "array: {0}")
  @ValueSource(booleans = {false, true})
  void names_the_index_of_an_article_with_malformed_utf8(boolean array) {
    byte[] bytes = new GeneratedArticles(6, array, ReadArticlesTest::document).readAllBytesUnchecked();
    byte[] broken = Samples.bytes(new String(bytes, StandardCharsets.UTF_8), "Headline 3", 'H', 0xED, 0xA0, 0x80);
    List<Article> read = new ArrayList<>();

    try (Stream<Article> articles = JSON.readArticles(new ByteArrayInputStream(broken))) {
      Iterator<Article> iterator = articles.iterator();
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> {
        while (iterator.hasNext()) {
          read.add(iterator.next());
        }
      });

      assertThat(read).containsExactly(expected(0), expected(1), expected(2));
      assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
      assertThat(e.pointer()).isEqualTo("/3/headline");
      assertThat(e.line()).isEqualTo(array ? 1 : 4);
      assertThat(e.column()).isPositive();
    }
  }

  @Test
  void reads_nothing_from_empty_input_or_an_empty_array() {
    try (Stream<Article> empty = JSON.readArticles(stream(""));
        Stream<Article> blank = JSON.readArticles(stream(" \n\n "));
        Stream<Article> emptyArray = JSON.readArticles(stream("[ ]"))) {
      assertThat(empty).isEmpty();
      assertThat(blank).isEmpty();
      assertThat(emptyArray).isEmpty();
    }
  }

  @Test
  void skips_a_leading_byte_order_mark_and_blank_lines() {
    String ndjson = "\uFEFF" + document(0) + "\r\n\r\n" + document(1) + "\n";

    try (Stream<Article> articles = JSON.readArticles(stream(ndjson))) {
      assertThat(articles).containsExactly(expected(0), expected(1));
    }
  }

  @Test
  void reads_back_what_write_ndjson_writes() {
    List<Article> written = List.of(Samples.article(), Samples.fullArticle(), Samples.minimalArticle(), expected(7));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JSON.writeNdjson(written, out);

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(written.stream().map(a -> JSON.write(a) + "\n").collect(Collectors.joining()));
    try (Stream<Article> articles = JSON.readArticles(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(articles).containsExactlyElementsOf(written);
    }
  }

  @Test
  void reads_articles_from_a_file() throws IOException {
    Path file = dir.resolve("articles.ndjson");
    try (OutputStream out = Files.newOutputStream(file)) {
      JSON.writeNdjson(List.of(expected(1), expected(2)), out);
    }

    try (Stream<Article> articles = JSON.readArticles(file)) {
      assertThat(articles).containsExactly(expected(1), expected(2));
    }
  }

  @Test
  void does_not_close_the_input_it_reads() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(Samples.utf8(Samples.ARTICLE));
    boolean[] closed = {false};
    InputStream in = new InputStream() {
      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return bytes.read(buffer, offset, length);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };

    try (Stream<Article> articles = JSON.readArticles(in)) {
      assertThat(articles).containsExactly(Samples.article());
    }
    assertThat(closed[0]).isFalse();
  }

  @Test
  void keeps_paragraph_text_across_buffer_boundaries() {
    String text = "\u00e9\uD83C\uDF89".repeat(3_000);
    Article article = Samples.article().withBody(List.of(Paragraph.of(text)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeNdjson(List.of(article, article, article), out);

    try (Stream<Article> articles = JSON.readArticles(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(articles).containsExactly(article, article, article);
    }
  }

  /**
   * The stream reader checks bytes in chunks and tells the validator what holds of the chunks a
   * document overlaps. Whatever the chunk boundaries, it must judge each article as reading that
   * article alone does: same article, or same violations under the article's index.
   */
  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L})
  void judges_each_article_as_a_single_read_does_wherever_chunks_end(long seed) {
    java.util.Random random = new java.util.Random(seed);
    String[] hazards = {"", "\\u0007", "\u202E", "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301"
        + "\u0301\u0301\u0301\u0301\u0301\u0301\u0301", "\uD83C\uDF89", "\\\"", "\u00AD", "\\n", "\u007F"};
    for (int round = 0; round < 25; round++) {
      List<String> documents = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        String padding = "\u00e9".repeat(random.nextInt(9_000)) + "x".repeat(random.nextInt(3));
        String hazard = i == count - 1 ? hazards[random.nextInt(hazards.length)] : "";
        documents.add(Samples.article("The council voted on Tuesday.", padding + "The council voted on Tuesday." + hazard));
      }
      String last = documents.get(count - 1);
      Object alone = outcome(() -> JSON.readArticle(last.getBytes(StandardCharsets.UTF_8)), "");
      Object inStream = outcome(() -> {
        try (Stream<Article> articles = JSON.readArticles(stream(String.join("\n", documents)))) {
          List<Article> read = articles.collect(Collectors.toList());
          return read.get(read.size() - 1);
        }
      }, "/" + (count - 1));

      assertThat(inStream).as("seed %s round %s", seed, round).isEqualTo(alone);
    }
  }

  /** Returns the article read, or the violations with {@code prefix} taken off their pointers. */
  private static Object outcome(java.util.function.Supplier<Article> read, String prefix) {
    try {
      return read.get();
    } catch (InvalidContentException e) {
      return e.violations().stream()
          .map(v -> Violation.of(v.pointer().substring(prefix.length()), v.code(), v.message()))
          .collect(Collectors.toList());
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * NDJSON or one JSON array of articles, made as it is read and never held whole, that counts the
   * bytes read from it.
   */
  private static final class GeneratedArticles extends InputStream {
    private final int count;
    private final boolean array;
    private final IntFunction<String> documents;
    private int next;
    private boolean finished;
    private byte[] chunk = new byte[0];
    private int position;
    long bytesRead;

    GeneratedArticles(int count, boolean array, IntFunction<String> documents) {
      this.count = count;
      this.array = array;
      this.documents = documents;
    }

    private boolean fill() {
      while (position == chunk.length) {
        if (finished) {
          return false;
        }
        String text;
        if (next == count) {
          text = array ? "]" : "";
          finished = true;
        } else {
          String document = documents.apply(next);
          text = array ? (next == 0 ? "[" : ",") + document : document + "\n";
          next++;
        }
        chunk = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      return true;
    }

    byte[] readAllBytesUnchecked() {
      try {
        return readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      bytesRead++;
      return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, n);
      position += n;
      bytesRead += n;
      return n;
    }
  }
}
