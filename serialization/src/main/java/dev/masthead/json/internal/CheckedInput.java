package dev.masthead.json.internal;

import static dev.masthead.json.MalformedJsonException.SYNTAX;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.validation.CheckedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * A stream of documents' bytes, checked on their way to the parser as one document's bytes are:
 * one leading byte order mark is skipped, a second or a NUL among the first bytes (which would make
 * the parser take the input for UTF-16 or UTF-32) is refused, the bytes must be well-formed UTF-8,
 * and each document may take only so many bytes. It hands over every byte before an ill-formed
 * sequence first, so that the error surfaces in the document that holds it, where the parser is.
 *
 * <p>On the way it learns what holds of the texts, as {@link Utf8#scan} does for one document, for
 * each chunk it reads; {@link #checkedBetween(long, long)} answers for the chunks a document
 * overlaps, which is never more than holds of the document itself.
 */
final class CheckedInput extends InputStream {
  private static final int CHUNK = 16 * 1024;
  /** How far past the limit a document may be read before it is refused: the parser reads ahead. */
  private static final int READ_AHEAD = 8192;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final long maxLength;
  /** Checked bytes are {@code [pos, end)}; {@code [end, limit)} waits for the rest of its sequence. */
  private final byte[] buffer = new byte[CHUNK];
  private int pos;
  private int end;
  private int limit;
  private boolean started;
  private boolean eof;
  private @Nullable IOException failure;
  /** Bytes handed to the parser, the offset of {@code buffer[pos]}. */
  private long handed;
  /** The offset of {@code buffer[0]}. */
  private long bufferStart;
  private long documentMark;
  /** The combining marks the checked bytes end with, carried into the next chunk's check. */
  private int combiningRun;
  /** Each checked chunk read and not yet passed by the documents: start offset, end offset, facts. */
  private final ArrayDeque<long[]> chunks = new ArrayDeque<>();

  CheckedInput(InputStream in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** Marks the start of the next document, for the size limit. */
  void startDocument() {
    documentMark = handed;
  }

  /** Returns the number of bytes handed over so far. */
  long handed() {
    return handed;
  }

  /**
   * Returns what holds of every text in the bytes {@code [from, to)}, and forgets what it knew of
   * the bytes before {@code to}.
   */
  CheckedText checkedBetween(long from, long to) {
    long level = 2;
    for (long[] chunk : chunks) {
      if (chunk[1] > from && chunk[0] < to) {
        level = Math.min(level, chunk[2]);
      }
    }
    while (!chunks.isEmpty() && chunks.peekFirst()[1] <= to) {
      chunks.removeFirst();
    }
    return from < 0 || to < from ? CheckedText.NOTHING
        : level == 2 ? CheckedText.CHARACTERS_IN_BMP : level == 1 ? CheckedText.CHARACTERS : CheckedText.NOTHING;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (pos == end) {
      if (failure != null) {
        throw failure;
      }
      if (eof && end == limit) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, end - pos);
    System.arraycopy(buffer, pos, target, offset, n);
    pos += n;
    handed += n;
    if (handed - documentMark > maxLength + READ_AHEAD) {
      throw new Failures.DocumentTooLarge();
    }
    return n;
  }

  /** Reads the next chunk and checks it; on return {@code [pos, end)} may still be empty. */
  private void fill() throws IOException {
    int carried = limit - end;
    System.arraycopy(buffer, end, buffer, 0, carried);
    bufferStart += end;
    pos = 0;
    end = 0;
    limit = carried;
    while (!eof && (limit < CHUNK && (!started ? limit < 7 : limit == carried))) {
      int n = in.read(buffer, limit, CHUNK - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    if (!started) {
      started = true;
      start();
    }
    int complete = eof ? limit : completeUpTo(limit);
    Utf8.Scan scan = Utf8.scan(buffer, pos, complete, combiningRun);
    combiningRun = scan.combiningRun();
    if (scan.firstInvalid() >= 0) {
      end = scan.firstInvalid();
      failure = new MalformedInputException(1);
      chunks.addLast(new long[] {bufferStart + pos, bufferStart + end, 0});
    } else {
      end = complete;
      CheckedText facts = scan.facts();
      long level = facts == CheckedText.CHARACTERS_IN_BMP ? 2 : facts == CheckedText.CHARACTERS ? 1 : 0;
      chunks.addLast(new long[] {bufferStart + pos, bufferStart + end, level});
    }
  }

  /** Skips one byte order mark and refuses what would make the parser guess another encoding. */
  private void start() {
    if (startsWith(0, BOM)) {
      pos = 3;
      // Offsets count the bytes after the byte order mark, as the parser's do.
      bufferStart = -3;
      if (startsWith(3, BOM)) {
        throw new MalformedJsonException(SYNTAX, 1, 1, "", "only one byte order mark may start the input", null);
      }
    }
    for (int i = pos; i < Math.min(limit, pos + 4); i++) {
      if (buffer[i] == 0) {
        throw new MalformedJsonException(SYNTAX, 1, i - pos + 1, "", "unexpected NUL byte; the input must be UTF-8", null);
      }
    }
  }

  private boolean startsWith(int at, byte[] prefix) {
    if (limit - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns where the last complete UTF-8 sequence before {@code to} ends. */
  private int completeUpTo(int to) {
    for (int k = 1; k <= 3 && to - k >= pos; k++) {
      int b = buffer[to - k] & 0xFF;
      if (b < 0x80) {
        return to;
      }
      if (b >= 0xC0) {
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return k < length ? to - k : to;
      }
    }
    return to;
  }

  @Override
  public void close() {
    // The caller owns the input stream.
  }
}
