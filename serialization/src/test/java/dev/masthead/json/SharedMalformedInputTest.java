package dev.masthead.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.wire.testing.MalformedInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-input table shared with the Jackson 2 module's tests: {@link MastheadJson} and the
 * module on a plain mapper, with Jackson's own default limits, give the same code, pointer, line
 * and column for every row.
 */
class SharedMalformedInputTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new MastheadModule()).build();

  static List<MalformedInput.Case> cases() {
    return MalformedInput.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void both_readers_refuse_with_the_same_code_and_place(MalformedInput.Case row) {
    byte[] json = row.json().getBytes(StandardCharsets.UTF_8);
    Class<?> type = row.ticker() ? Ticker.class : Article.class;

    Throwable direct = catchThrowable(() -> MastheadJson.standard().read(json, type));
    Throwable mapped = catchThrowable(() -> PLAIN.readValue(json, type));

    assertThat(direct).isInstanceOf(MalformedJsonException.class);
    assertThat(mapped).isInstanceOf(DatabindException.class).hasCauseInstanceOf(MalformedJsonException.class);
    MalformedJsonException fromReader = (MalformedJsonException) direct;
    MalformedJsonException fromModule = (MalformedJsonException) mapped.getCause();
    for (MalformedJsonException e : List.of(fromReader, fromModule)) {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(row.code());
      assertThat(e.pointer()).as(e.getMessage()).isEqualTo(row.pointer());
      assertThat(e.line()).as(e.getMessage()).isEqualTo(1);
      if (row.column() > 0) {
        assertThat(e.column()).as(e.getMessage()).isEqualTo(row.column());
      }
    }
    assertThat(mapped.getMessage()).contains(fromModule.detail());
  }
}
