package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.CheckedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked stream between a stream of documents and the parser: what it hands over and when,
 * what it refuses, and what it learns of the texts of the chunks it reads.
 */
class CheckedInputTest {
  private static final long NO_LIMIT = Long.MAX_VALUE / 2;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** Eight ASCII bytes of which every fact holds. */
  private static final String CLEAN = "abcdefgh";
  /** Eight ASCII bytes with a DEL, of which no fact holds. */
  private static final String WITH_DEL = "abc\u007Fefgh";
  /** Eight bytes with a character outside the Basic Multilingual Plane. */
  private static final String WITH_EMOJI = "abc\uD83D\uDE00d";

  @Test
  void hands_over_one_byte_at_a_time_unsigned_and_then_the_end() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8("\u00e9a")), NO_LIMIT);

    assertThat(input.read()).isEqualTo(0xC3);
    assertThat(input.read()).isEqualTo(0xA9);
    assertThat(input.read()).isEqualTo('a');
    assertThat(input.read()).isEqualTo(-1);
  }

  @Test
  void skips_a_leading_byte_order_mark_and_counts_the_bytes_after_it() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(concat(BOM, utf8("{\"a\":1}"))), NO_LIMIT);

    assertThat(input.readAllBytes()).isEqualTo(utf8("{\"a\":1}"));
    assertThat(input.handed()).isEqualTo(7);
  }

  /** Text that trickles in a byte a read is handed over whole, its characters never split. */
  @Test
  void hands_over_input_that_trickles_in_a_byte_at_a_time() throws IOException {
    byte[] text = utf8("{\"headline\":\"Caf\u00e9 \u2014 \u0905\u0928 \uD83D\uDE00 \u20ac5\"}");

    assertThat(new CheckedInput(Pieces.trickle(text), NO_LIMIT).readAllBytes()).isEqualTo(text);
  }

  @Test
  void reads_on_past_a_read_of_the_source_that_returns_no_bytes() throws IOException {
    byte[] text = utf8("{\"headline\":\"Budget passed\"}\n{\"headline\":\"Roads\"}\n");
    Pieces source = Pieces.trickle(text);
    source.emptyReads = true;

    assertThat(new CheckedInput(source, NO_LIMIT).readAllBytes()).isEqualTo(text);
  }

  /**
   * Before anything is handed over, a byte order mark and four bytes are read to check the start of
   * the input; after that, each read of the source is handed over as it comes.
   */
  @Test
  void reads_seven_bytes_before_the_first_read_then_one_read_of_the_source_at_a_time() throws IOException {
    Pieces source = Pieces.trickle(utf8("{\"a\":1}\n{\"b\":2}\n"));
    CheckedInput input = new CheckedInput(source, NO_LIMIT);
    byte[] target = new byte[100];

    assertThat(input.read(target, 0, 100)).isEqualTo(7);
    assertThat(source.consumed).isEqualTo(7);
    assertThat(input.read(target, 0, 100)).isEqualTo(1);
    assertThat(source.consumed).isEqualTo(8);
  }

  static Stream<Arguments> wholeCharacterEnds() {
    return Stream.of(
        Arguments.of("two-byte letter", "abcdef\u00e9"),
        Arguments.of("three-byte dash", "abcdef\u2014"),
        Arguments.of("four-byte emoji", "abc\uD83D\uDE00"));
  }

  /** A read that ends with a whole character is handed over at once, not held back for the next. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeCharacterEnds")
  void hands_over_a_read_that_ends_with_a_whole_character_at_once(String name, String first) throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8(first), utf8("gh")), NO_LIMIT);
    byte[] target = new byte[100];

    int n = input.read(target, 0, 100);

    assertThat(Arrays.copyOf(target, n)).isEqualTo(utf8(first));
  }

  static Stream<Arguments> splitCharacters() {
    return Stream.of(
        Arguments.of("two-byte letter after its first byte", "\u00e9", 1),
        Arguments.of("dash after its second byte, 80", "\u2014", 2),
        Arguments.of("Devanagari letter after its E0 lead", "\u0905", 1),
        Arguments.of("Devanagari letter after its second byte", "\u0905", 2),
        Arguments.of("emoji after its first byte", "\uD83D\uDE00", 1),
        Arguments.of("emoji after its third byte", "\uD83D\uDE00", 3));
  }

  /**
   * A read of the source may end inside a character: the bytes before it are handed over, and the
   * character when the rest of it has come.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("splitCharacters")
  void holds_back_a_character_that_a_read_of_the_source_splits(String name, String character, int split)
      throws IOException {
    byte[] bytes = utf8(character);
    Pieces source = new Pieces(
        utf8("abcdefg"), Arrays.copyOf(bytes, split), Arrays.copyOfRange(bytes, split, bytes.length), utf8("h"));
    CheckedInput input = new CheckedInput(source, NO_LIMIT);
    byte[] target = new byte[100];

    int first = input.read(target, 0, 100);
    assertThat(Arrays.copyOf(target, first)).isEqualTo(utf8("abcdefg"));
    assertThat(input.readAllBytes()).isEqualTo(utf8(character + "h"));
  }

  @Test
  void holds_back_a_character_each_byte_of_which_comes_in_a_read_of_its_own() throws IOException {
    Pieces source = new Pieces(utf8("abcdefg"), new byte[] {(byte) 0xE2}, new byte[] {(byte) 0x82},
        new byte[] {(byte) 0xAC}, utf8("5"));

    assertThat(new CheckedInput(source, NO_LIMIT).readAllBytes()).isEqualTo(utf8("abcdefg\u20ac5"));
  }

  @Test
  void hands_over_the_bytes_before_an_ill_formed_sequence_that_starts_a_read_then_fails() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8("abcdefg"), new byte[] {(byte) 0xFF, 'x'}), NO_LIMIT);

    Failed failed = readUntilFailure(input);

    assertThat(failed.bytes).isEqualTo(utf8("abcdefg"));
    assertThat(failed.failure).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void fails_on_an_ill_formed_sequence_split_between_reads() throws IOException {
    // E2 82 is a dash's start; 'x' cannot continue it.
    CheckedInput input = new CheckedInput(
        new Pieces(utf8("abcdefg"), new byte[] {'a', (byte) 0xE2, (byte) 0x82}, utf8("x")), NO_LIMIT);

    Failed failed = readUntilFailure(input);

    assertThat(failed.bytes).isEqualTo(utf8("abcdefga"));
    assertThat(failed.failure).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void fails_on_a_continuation_byte_that_is_all_a_read_of_the_source_returns() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8("abcdefg"), new byte[] {(byte) 0x80}, utf8("x")), NO_LIMIT);

    Failed failed = readUntilFailure(input);

    assertThat(failed.bytes).isEqualTo(utf8("abcdefg"));
    assertThat(failed.failure).isInstanceOf(CharacterCodingException.class);
  }

  /** The parser reads ahead, so a document may be read up to 8 KiB past the limit, and no further. */
  @Test
  void lets_a_document_run_its_read_ahead_past_the_limit_and_no_further() throws IOException {
    byte[] text = new byte[30_000];
    Arrays.fill(text, (byte) ' ');
    CheckedInput input = new CheckedInput(new Pieces(text), 10);

    assertThat(input.readNBytes(10 + 8192)).hasSize(10 + 8192);
    assertThatThrownBy(input::read).isInstanceOf(Failures.DocumentTooLarge.class);
  }

  @Test
  void counts_the_limit_from_the_start_of_each_document() throws IOException {
    byte[] text = new byte[30_000];
    Arrays.fill(text, (byte) ' ');
    CheckedInput input = new CheckedInput(new Pieces(text), 10);

    input.readNBytes(8_000);
    input.startDocument();

    assertThat(input.readNBytes(10 + 8192)).hasSize(10 + 8192);
    assertThatThrownBy(input::read).isInstanceOf(Failures.DocumentTooLarge.class);
  }

  @Test
  void refuses_a_second_byte_order_mark_even_when_the_input_trickles_in() {
    CheckedInput input = new CheckedInput(Pieces.trickle(concat(BOM, BOM, utf8("{}"))), NO_LIMIT);

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, input::readAllBytes);

    assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(e.detail()).isEqualTo("only one byte order mark may start the input");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }

  /** A NUL among the first bytes would make the parser take the input for UTF-16 or UTF-32. */
  @Test
  void refuses_a_nul_byte_after_a_byte_order_mark_at_its_column_even_when_the_input_trickles_in() {
    CheckedInput input = new CheckedInput(Pieces.trickle(concat(BOM, new byte[] {'{', 0, '}'})), NO_LIMIT);

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, input::readAllBytes);

    assertThat(e.code()).isEqualTo(MalformedJsonException.SYNTAX);
    assertThat(e.detail()).isEqualTo("unexpected NUL byte; the input must be UTF-8");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void refuses_a_nul_byte_that_starts_the_input() {
    CheckedInput input = new CheckedInput(new Pieces(new byte[] {0, '{', '}'}), NO_LIMIT);

    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, input::readAllBytes);

    assertThat(e.detail()).isEqualTo("unexpected NUL byte; the input must be UTF-8");
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void knows_what_holds_of_the_texts_of_each_chunk_a_range_overlaps() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8(CLEAN), utf8(WITH_DEL), utf8(WITH_EMOJI), utf8(CLEAN)), NO_LIMIT);
    input.readAllBytes();

    assertThat(input.checkedBetween(0, 8)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
    assertThat(input.checkedBetween(8, 16)).isEqualTo(CheckedText.NOTHING);
    assertThat(input.checkedBetween(16, 24)).isEqualTo(CheckedText.CHARACTERS);
    assertThat(input.checkedBetween(24, 32)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
  }

  @Test
  void answers_for_the_least_of_the_chunks_a_range_overlaps() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8(CLEAN), utf8(WITH_EMOJI), utf8(WITH_DEL)), NO_LIMIT);
    input.readAllBytes();

    assertThat(input.checkedBetween(4, 12)).isEqualTo(CheckedText.CHARACTERS);
    assertThat(input.checkedBetween(12, 20)).isEqualTo(CheckedText.NOTHING);
  }

  @Test
  void does_not_count_a_chunk_that_ends_where_a_range_starts() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8(WITH_DEL), utf8(CLEAN)), NO_LIMIT);
    input.readAllBytes();

    assertThat(input.checkedBetween(8, 16)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
  }

  @Test
  void keeps_what_it_knows_of_the_chunks_after_a_range() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8(CLEAN), utf8(WITH_DEL)), NO_LIMIT);
    input.readAllBytes();

    assertThat(input.checkedBetween(0, 4)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
    assertThat(input.checkedBetween(4, 8)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
    assertThat(input.checkedBetween(8, 16)).isEqualTo(CheckedText.NOTHING);
  }

  @Test
  void answers_nothing_for_a_range_that_ends_before_it_starts_or_starts_before_the_input() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8(CLEAN), utf8(CLEAN)), NO_LIMIT);
    input.readAllBytes();

    assertThat(input.checkedBetween(-1, 4)).isEqualTo(CheckedText.NOTHING);
    assertThat(input.checkedBetween(8, 4)).isEqualTo(CheckedText.NOTHING);
  }

  /**
   * An empty range holds no text, so every fact holds of it; at offset 0 too, since offsets start
   * after a byte order mark.
   */
  @Test
  void answers_every_fact_for_an_empty_range() throws IOException {
    CheckedInput plain = new CheckedInput(new Pieces(utf8(CLEAN), utf8(WITH_DEL)), NO_LIMIT);
    plain.readAllBytes();
    CheckedInput marked = new CheckedInput(new Pieces(concat(BOM, utf8(WITH_DEL))), NO_LIMIT);
    marked.readAllBytes();
    CheckedInput broken = new CheckedInput(new Pieces(concat(BOM, utf8("ab\u007F"), new byte[] {(byte) 0xFF}, utf8("efgh"))), NO_LIMIT);
    readUntilFailure(broken);

    assertThat(plain.checkedBetween(8, 8)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
    assertThat(marked.checkedBetween(0, 0)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
    assertThat(broken.checkedBetween(0, 0)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
  }

  /** Of the bytes handed over before an ill-formed sequence, nothing is known: the check stopped. */
  @Test
  void knows_nothing_of_the_bytes_before_an_ill_formed_sequence_in_their_chunk() throws IOException {
    CheckedInput input = new CheckedInput(new Pieces(utf8(CLEAN), new byte[] {'a', 'b', (byte) 0xFF, 'x'}), NO_LIMIT);

    Failed failed = readUntilFailure(input);

    assertThat(failed.bytes).isEqualTo(utf8(CLEAN + "ab"));
    assertThat(input.checkedBetween(0, 8)).isEqualTo(CheckedText.CHARACTERS_IN_BMP);
    assertThat(input.checkedBetween(8, 10)).isEqualTo(CheckedText.NOTHING);
  }

  private static Failed readUntilFailure(CheckedInput input) {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] target = new byte[100];
    try {
      for (int n; (n = input.read(target, 0, target.length)) >= 0; ) {
        read.write(target, 0, n);
      }
    } catch (IOException e) {
      return new Failed(read.toByteArray(), e);
    }
    throw new AssertionError("the input did not fail; read " + read.size() + " bytes");
  }

  private record Failed(byte[] bytes, IOException failure) {}

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /**
   * A source that returns at most one of its pieces a read, as a socket or a pipe may, and counts
   * the bytes read from it.
   */
  static final class Pieces extends InputStream {
    private final List<byte[]> pieces;
    private int piece;
    private int position;
    /** Whether every other read returns no bytes. */
    boolean emptyReads;
    private boolean empty;
    int consumed;

    Pieces(byte[]... pieces) {
      this.pieces = List.of(pieces);
    }

    static Pieces trickle(byte[] bytes) {
      List<byte[]> each = new ArrayList<>();
      for (byte b : bytes) {
        each.add(new byte[] {b});
      }
      return new Pieces(each.toArray(new byte[0][]));
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      while (piece < pieces.size() && position == pieces.get(piece).length) {
        piece++;
        position = 0;
      }
      if (piece == pieces.size()) {
        return -1;
      }
      empty = emptyReads && !empty;
      if (empty || length == 0) {
        return 0;
      }
      byte[] current = pieces.get(piece);
      int n = Math.min(length, current.length - position);
      System.arraycopy(current, position, target, offset, n);
      position += n;
      consumed += n;
      return n;
    }
  }
}
