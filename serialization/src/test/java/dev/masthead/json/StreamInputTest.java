package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.model.Article;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Streams of articles over inputs that misbehave: that trickle in, fail, start badly, or are
 * closed early; and the inputs of single reads that do.
 */
class StreamInputTest {
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final String HEADLINE = "\"headline\":\"City council approves 2025 budget\"";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  @Test
  void reads_articles_that_trickle_in_a_byte_at_a_time() {
    String headline = "Caf\u00e9 \u2014 \u0905\u0928 \uD83C\uDF89 \u20ac412m";
    String json = Samples.article(HEADLINE, "\"headline\":\"" + headline + "\"");
    Article expected = Samples.article().toBuilder().headline(headline).build();

    try (Stream<Article> articles = JSON.readArticles(new Trickle(Samples.utf8(json + "\n" + json + "\n")))) {
      assertThat(articles).containsExactly(expected, expected);
    }
  }

  /** The parser reads the first bytes as it is made, to tell the encoding: an error there has its column too. */
  @Test
  void places_malformed_utf8_among_the_first_bytes_at_its_byte() {
    byte[] bytes = {'{', '"', (byte) 0xFF, '"', ':', '1', '}'};

    try (Stream<Article> articles = JSON.readArticles(new Trickle(bytes))) {
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> articles.iterator().hasNext());

      assertThat(e.code()).isEqualTo(MalformedJsonException.INVALID_UTF8);
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(3);
      assertThat(e.pointer()).isEmpty();
    }
  }

  @Test
  void refuses_a_nul_byte_after_a_byte_order_mark_in_input_that_trickles_in() {
    byte[] bytes = Samples.concat(BOM, new byte[] {'{', 0, '}'});

    try (Stream<Article> articles = JSON.readArticles(new Trickle(bytes))) {
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> articles.iterator().hasNext());

      assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
      assertThat(e.detail()).isEqualTo("unexpected NUL byte; the input must be UTF-8");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(2);
    }
  }

  @Test
  void refuses_a_second_byte_order_mark_in_input_that_trickles_in() {
    byte[] bytes = Samples.concat(BOM, BOM, Samples.utf8(Samples.ARTICLE));

    try (Stream<Article> articles = JSON.readArticles(new Trickle(bytes))) {
      MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> articles.iterator().hasNext());

      assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
      assertThat(e.detail()).isEqualTo("only one byte order mark may start the input");
    }
  }

  @Test
  void fails_with_the_io_exception_of_an_input_that_fails_before_the_first_article() {
    IOException failure = new IOException("connection reset");
    InputStream in = new FailingAfter(new byte[0], failure);

    try (Stream<Article> articles = JSON.readArticles(in)) {
      UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> articles.iterator().hasNext());

      assertThat(e.getCause()).isSameAs(failure);
    }
  }

  @Test
  void fails_with_the_io_exception_of_an_input_that_fails_after_an_article() {
    IOException failure = new IOException("connection reset");
    InputStream in = new FailingAfter(Samples.utf8(Samples.ARTICLE + "\n"), failure);

    try (Stream<Article> articles = JSON.readArticles(in)) {
      Iterator<Article> iterator = articles.iterator();
      assertThat(iterator.next()).isEqualTo(Samples.article());
      UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, iterator::hasNext);

      assertThat(e.getCause()).isSameAs(failure);
    }
  }

  @ParameterizedTest(name = "array: {0}")
  @ValueSource(booleans = {false, true})
  void names_the_index_of_a_missing_property(boolean array) {
    String missing = Samples.replace(Samples.ARTICLE, HEADLINE + ",", "");
    String input = array ? "[" + Samples.ARTICLE + "," + missing + "]" : Samples.ARTICLE + "\n" + missing + "\n";

    try (Stream<Article> articles = JSON.readArticles(new Trickle(Samples.utf8(input)))) {
      Iterator<Article> iterator = articles.iterator();
      assertThat(iterator.next()).isEqualTo(Samples.article());
      InvalidContentException e = catchThrowableOfType(InvalidContentException.class, iterator::next);

      // Only the missing property: what the validator says of the stand-in is dropped, as in a single read.
      assertThat(e.violations())
          .extracting(Violation::pointer, Violation::code)
          .containsExactly(tuple("/1/headline", Codes.REQUIRED));
    }
  }

  @Test
  void may_be_closed_before_it_is_read() {
    Stream<Article> articles = JSON.readArticles(new Trickle(Samples.utf8(Samples.ARTICLE)));

    assertThatCode(articles::close).doesNotThrowAnyException();
  }

  @Test
  void yields_no_more_articles_once_closed() {
    String ndjson = Samples.ARTICLE + "\n" + Samples.ARTICLE + "\n" + Samples.ARTICLE + "\n";
    Stream<Article> articles = JSON.readArticles(new Trickle(Samples.utf8(ndjson)));
    Iterator<Article> iterator = articles.iterator();
    assertThat(iterator.next()).isEqualTo(Samples.article());

    articles.close();

    assertThat(iterator.hasNext()).isFalse();
  }

  @Test
  void closes_the_file_it_reads_when_closed() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc to see open files");
    Path file = dir.resolve("articles.ndjson");
    Files.writeString(file, Samples.ARTICLE + "\n" + Samples.ARTICLE + "\n");
    Path real = file.toRealPath();

    Stream<Article> articles = JSON.readArticles(file);
    assertThat(articles.findFirst()).contains(Samples.article());
    assertThat(isOpen(fds, real)).as("open while the stream is").isTrue();
    articles.close();

    assertThat(isOpen(fds, real)).as("open after the stream is closed").isFalse();
  }

  @Test
  void reads_without_validation_when_told_so_the_deprecated_way() {
    String bell = Samples.article(HEADLINE, "\"headline\":\"Bell \\u0007\"");
    @SuppressWarnings("deprecation")
    MastheadJson lenient = MastheadJson.builder().validation(ReadValidation.NONE).build();

    assertThat(lenient.readArticle(bell).headline()).isEqualTo("Bell \u0007");
    assertThatThrownBy(() -> JSON.readArticle(bell)).isInstanceOf(InvalidContentException.class);
  }

  @Test
  void reads_with_the_validator_it_is_given() {
    MastheadJson json = MastheadJson.builder().validator(MastheadValidator.standard()).build();

    assertThat(json.readArticle(Samples.ARTICLE)).isEqualTo(Samples.article());
  }

  /** A reader may return no characters from a read before its end; reading goes on. */
  @Test
  void reads_on_past_a_read_of_a_reader_that_returns_no_characters() {
    Reader reader = new StringReader(Samples.ARTICLE) {
      private boolean empty;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        empty = !empty;
        return empty ? 0 : super.read(buffer, offset, Math.min(length, 100));
      }
    };

    assertThat(JSON.reader(Article.class).read(reader)).isEqualTo(Samples.article());
  }

  private static boolean isOpen(Path fds, Path file) throws IOException {
    try (Stream<Path> links = Files.list(fds)) {
      return links.anyMatch(link -> {
        try {
          return Files.readSymbolicLink(link).equals(file);
        } catch (IOException | UnsupportedOperationException e) {
          return false;
        }
      });
    }
  }

  /** Returns one byte a read, as a slow network may. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private int position;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int b = read();
      if (b < 0) {
        return -1;
      }
      target[offset] = (byte) b;
      return 1;
    }
  }

  /** Returns its bytes in one read, then fails. */
  private static final class FailingAfter extends InputStream {
    private final byte[] bytes;
    private final IOException failure;
    private boolean given;

    FailingAfter(byte[] bytes, IOException failure) {
      this.bytes = bytes;
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (given || bytes.length == 0) {
        throw failure;
      }
      given = true;
      System.arraycopy(bytes, 0, target, offset, bytes.length);
      return bytes.length;
    }
  }
}
