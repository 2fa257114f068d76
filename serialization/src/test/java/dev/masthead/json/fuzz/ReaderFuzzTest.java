package dev.masthead.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import java.util.function.BiFunction;

/**
 * Feeds raw bytes to the reader. The property: the reader either returns a value or throws one of
 * its two documented exceptions (no other exception, no {@link StackOverflowError}, no
 * {@link OutOfMemoryError}), whatever it accepts passes every check of the validator, and it
 * survives being written and read again.
 *
 * <p>Under {@code ./mvnw verify} each method runs once per committed input in
 * {@code src/test/resources/dev/masthead/json/fuzz/ReaderFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} one method is fuzzed (see docs/reliability.md).
 */
class ReaderFuzzTest {
  private static final MastheadJson STANDARD = MastheadJson.standard();
  private static final MastheadJson STRICT = MastheadJson.standard().toBuilder().strict(true).build();

  @FuzzTest
  void read_article(byte[] input) {
    check(STANDARD, input, MastheadJson::readArticle);
  }

  @FuzzTest
  void read_ticker(byte[] input) {
    check(STANDARD, input, MastheadJson::readTicker);
  }

  @FuzzTest
  void read_article_strictly(byte[] input) {
    check(STRICT, input, MastheadJson::readArticle);
  }

  @FuzzTest
  void read_ticker_strictly(byte[] input) {
    check(STRICT, input, MastheadJson::readTicker);
  }

  private static <T> void check(MastheadJson json, byte[] input, BiFunction<MastheadJson, byte[], T> read) {
    T value;
    try {
      value = read.apply(json, input);
    } catch (MalformedJsonException | InvalidContentException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(value).isNotNull();
    // What the byte reader accepts, with the text facts its UTF-8 pass found, the validator accepts
    // with every check run.
    assertThat(MastheadValidator.standard().validate(value)).isEmpty();
    byte[] written = json.writeBytes(value);
    T reread = read.apply(json, written);
    assertThat(reread).isEqualTo(value);
    // Writing is a function of the value: the second write is byte for byte the first.
    assertThat(json.writeBytes(reread)).isEqualTo(written);
    // The text and byte readers agree.
    String text = json.write(value);
    if (value instanceof Article) {
      assertThat(json.readArticle(text)).isEqualTo(value);
    } else if (value instanceof Ticker) {
      assertThat(json.readTicker(text)).isEqualTo(value);
    }
  }
}
