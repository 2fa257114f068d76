package dev.masthead.json.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer, one per thread, that the writer fills and copies once: writing a value
 * to bytes then allocates the array it returns and little else, where Jackson's own byte output
 * allocates its blocks again for every value.
 *
 * <p>A buffer is confined to its thread and used by one write at a time. One grown past {@link
 * #KEPT} is dropped after use, so that a thread does not hold a very large document's memory.
 */
public final class ReusedOutput extends OutputStream {
  /** The largest buffer kept between writes. */
  static final int KEPT = 1 << 20;

  private static final ThreadLocal<ReusedOutput> OUTPUT = ThreadLocal.withInitial(ReusedOutput::new);

  private byte[] buffer = new byte[16 * 1024];
  private int count;
  private boolean inUse;

  private ReusedOutput() {}

  /**
   * Returns this thread's buffer, emptied, or a new one if this thread's is in use (a write inside
   * a write). Give it back with {@link #toByteArray()}.
   */
  public static ReusedOutput acquire() {
    ReusedOutput output = OUTPUT.get();
    if (output.inUse) {
      output = new ReusedOutput();
    }
    output.inUse = true;
    output.count = 0;
    return output;
  }

  @Override
  public void write(int b) {
    ensure(1);
    buffer[count++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    ensure(length);
    System.arraycopy(bytes, offset, buffer, count, length);
    count += length;
  }

  private void ensure(int more) {
    if (buffer.length - count < more) {
      buffer = Arrays.copyOf(buffer, Math.max(count + more, buffer.length * 2));
    }
  }

  /** Returns a copy of the bytes written and releases the buffer. */
  public byte[] toByteArray() {
    byte[] bytes = Arrays.copyOf(buffer, count);
    release();
    return bytes;
  }

  /** Releases the buffer without copying, after a failed write. */
  public void release() {
    count = 0;
    inUse = false;
    if (buffer.length > KEPT) {
      buffer = new byte[16 * 1024];
    }
  }
}
