package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlockTypeTest {
  @Test
  void names_each_kind_in_lower_case_on_the_wire() {
    assertThat(Arrays.stream(BlockType.values()).map(BlockType::wireName))
        .containsExactly("paragraph", "heading", "quote", "list", "image", "divider", "unknown");
  }
}
