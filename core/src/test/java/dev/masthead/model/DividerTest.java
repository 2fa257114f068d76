package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DividerTest {
  @Test
  void is_one_value_of_type_divider() {
    assertThat(Divider.of()).isSameAs(Divider.of()).isEqualTo(new Divider());
    assertThat(Divider.of().type()).isEqualTo(BlockType.DIVIDER);
    assertThat(Fixtures.violations(Divider.of())).isEmpty();
  }
}
