package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's behaviour on inputs that fuzzing found; each test names the input class it pins.
 * The inputs themselves are also in the fuzz corpus (ReaderFuzzTestInputs).
 */
class FuzzFindingsTest {
  private static final String MINIMAL = "{\"id\":\"a-1\",\"slug\":\"a\",\"headline\":\"H\",\"language\":\"en\"}";

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
  void reads_ascii_documents_of_every_length_modulo_eight(int padding) {
    // The UTF-8 check skips ASCII eight bytes at a time and once read past the end of the input.
    byte[] json = (" ".repeat(padding) + MINIMAL).getBytes(StandardCharsets.US_ASCII);

    Article article = MastheadJson.standard().readArticle(json);

    assertThat(article.id()).isEqualTo("a-1");
  }

  @Test
  void reads_a_document_whose_length_is_a_multiple_of_eight_after_a_byte_order_mark() {
    String padded = MINIMAL + " ".repeat((8 - MINIMAL.length() % 8) % 8);
    byte[] text = padded.getBytes(StandardCharsets.US_ASCII);
    byte[] json = new byte[text.length + 3];
    json[0] = (byte) 0xEF;
    json[1] = (byte) 0xBB;
    json[2] = (byte) 0xBF;
    System.arraycopy(text, 0, json, 3, text.length);

    assertThat(MastheadJson.standard().readArticle(json).headline()).isEqualTo("H");
  }

  @Test
  void refuses_nul_bytes_that_would_make_jackson_guess_utf_32() {
    // Found by fuzzing: Jackson read this as UTF-32 and its decoder's failure escaped as an
    // UncheckedIOException.
    byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'E', 0, 0, 0, '{', '}'};

    MalformedJsonException e =
        catchThrowableOfType(MalformedJsonException.class, () -> MastheadJson.standard().readArticle(json));

    assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void refuses_utf_16_even_when_it_spells_a_valid_document() {
    // Without the check Jackson guesses UTF-16LE from the NUL bytes and accepts the document.
    byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_16LE);

    MalformedJsonException e =
        catchThrowableOfType(MalformedJsonException.class, () -> MastheadJson.standard().readArticle(json));

    assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void refuses_utf_16_big_endian_tickers() {
    byte[] json = "{\"id\":\"home\",\"label\":\"L\",\"items\":[]}".getBytes(StandardCharsets.UTF_16BE);

    MalformedJsonException e =
        catchThrowableOfType(MalformedJsonException.class, () -> MastheadJson.standard().readTicker(json));

    assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(e.column()).isEqualTo(1);
  }
}
