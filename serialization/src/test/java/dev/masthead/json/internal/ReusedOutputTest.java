package dev.masthead.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.json.MastheadJson;
import dev.masthead.model.Paragraph;
import dev.masthead.model.UnknownBlock;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The per-thread buffer that writing to bytes fills and copies once. */
class ReusedOutputTest {
  @Test
  void gives_this_threads_buffer_back_emptied_once_it_is_released() {
    ReusedOutput first = ReusedOutput.acquire();
    first.write('a');
    assertThat(first.toByteArray()).containsExactly('a');

    ReusedOutput second = ReusedOutput.acquire();
    second.write('b');

    assertThat(second).isSameAs(first);
    assertThat(second.toByteArray()).containsExactly('b');
  }

  @Test
  void gives_a_write_inside_a_write_a_buffer_of_its_own() {
    ReusedOutput outer = ReusedOutput.acquire();
    outer.write('a');

    ReusedOutput inner = ReusedOutput.acquire();
    inner.write('b');
    byte[] innerBytes = inner.toByteArray();
    outer.write('c');
    byte[] outerBytes = outer.toByteArray();

    assertThat(inner).isNotSameAs(outer);
    assertThat(innerBytes).containsExactly('b');
    assertThat(outerBytes).containsExactly('a', 'c');
    ReusedOutput next = ReusedOutput.acquire();
    next.release();
    assertThat(next).isSameAs(outer);
  }

  /** Written inside another write, so that the buffer is a new one whatever earlier writes grew. */
  @Test
  void keeps_every_byte_written_one_at_a_time_past_its_first_size() {
    byte[] expected = new byte[40_000];
    ReusedOutput outer = ReusedOutput.acquire();
    ReusedOutput out = ReusedOutput.acquire();
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (byte) (i * 31);
      out.write(i * 31);
    }

    byte[] bytes = out.toByteArray();
    outer.release();

    assertThat(bytes).isEqualTo(expected);
  }

  /** Written inside another write, so that the buffer is a new one whatever earlier writes grew. */
  @Test
  void grows_at_once_to_hold_a_write_larger_than_twice_its_size() {
    byte[] big = new byte[100_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) i;
    }
    ReusedOutput outer = ReusedOutput.acquire();
    ReusedOutput out = ReusedOutput.acquire();
    out.write('x');
    out.write(big, 0, big.length);

    byte[] bytes = out.toByteArray();
    outer.release();

    assertThat(bytes).hasSize(100_001);
    assertThat(bytes[0]).isEqualTo((byte) 'x');
    assertThat(bytes[100_000]).isEqualTo(big[99_999]);
  }

  /** A failed write gives the buffer back, so that the next write on this thread uses it again. */
  @Test
  void gives_the_buffer_back_after_a_write_to_bytes_fails() {
    MastheadJson json = MastheadJson.standard();
    ReusedOutput before = ReusedOutput.acquire();
    before.release();

    assertThatThrownBy(() -> json.writeBytes(new UnknownBlock("video", "[1]")))
        .isInstanceOf(IllegalArgumentException.class);

    ReusedOutput after = ReusedOutput.acquire();
    after.release();
    assertThat(after).isSameAs(before);
    Paragraph paragraph = Paragraph.of("The council voted on Tuesday.");
    assertThat(json.writeBytes(paragraph)).isEqualTo(json.write(paragraph).getBytes(StandardCharsets.UTF_8));
  }
}
