package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.json.MalformedJsonException;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of Jackson's limits fails, past its value and not at it, with the {@link
 * MalformedJsonException} code of that limit, carried by the exception's type rather than by
 * Jackson's wording. The reader's tables (HostileInputTest) show the same codes end to end.
 */
class LimitsTest {
  private static final Limits LIMITS = Limits.of(32, 1_000, 500, 24, 100, 256);

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of("nesting depth", (ObjIntConsumer<Limits>) Limits::validateNestingDepth, 32,
            MalformedJsonException.TOO_DEEP),
        Arguments.of("document length", (ObjIntConsumer<Limits>) Limits::validateDocumentLength, 1_000,
            MalformedJsonException.DOCUMENT_TOO_LARGE),
        Arguments.of("token count", (ObjIntConsumer<Limits>) Limits::validateTokenCount, 500,
            MalformedJsonException.TOO_MANY_TOKENS),
        Arguments.of("integer length", (ObjIntConsumer<Limits>) Limits::validateIntegerLength, 24,
            MalformedJsonException.NUMBER_TOO_LONG),
        Arguments.of("fraction length", (ObjIntConsumer<Limits>) Limits::validateFPLength, 24,
            MalformedJsonException.NUMBER_TOO_LONG),
        Arguments.of("string length", (ObjIntConsumer<Limits>) Limits::validateStringLength, 100,
            MalformedJsonException.STRING_TOO_LONG),
        Arguments.of("long string length", (ObjIntConsumer<Limits>) Limits::validateStringLengthLong, 100,
            MalformedJsonException.STRING_TOO_LONG),
        Arguments.of("name length", (ObjIntConsumer<Limits>) Limits::validateNameLength, 256,
            MalformedJsonException.NAME_TOO_LONG));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void fails_past_the_limit_with_the_code_of_the_limit(String name, ObjIntConsumer<Limits> check, int max, String code) {
    assertThatCode(() -> check.accept(LIMITS, max)).as("at the limit").doesNotThrowAnyException();

    Limits.Exceeded exceeded = catchThrowableOfType(Limits.Exceeded.class, () -> check.accept(LIMITS, max + 1));

    assertThat(exceeded.code()).isEqualTo(code);
    assertThat(exceeded.getOriginalMessage()).isEqualTo(name.replace("integer", "number").replace("fraction", "number")
        .replace("long string", "string").replace("name length", "property name length") + " exceeds the limit of " + max);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void no_limit_is_set_where_minus_one_says_so(String name, ObjIntConsumer<Limits> check, int max, String code) {
    Limits unlimited = Limits.of(32, -1, -1, 24, 100, 256);
    if (code.equals(MalformedJsonException.DOCUMENT_TOO_LARGE) || code.equals(MalformedJsonException.TOO_MANY_TOKENS)) {
      assertThatCode(() -> check.accept(unlimited, Integer.MAX_VALUE)).doesNotThrowAnyException();
    } else {
      assertThat(catchThrowableOfType(Limits.Exceeded.class, () -> check.accept(unlimited, max + 1)).code())
          .isEqualTo(code);
    }
  }
}
