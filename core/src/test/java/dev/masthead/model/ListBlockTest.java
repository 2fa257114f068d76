package dev.masthead.model;

import static dev.masthead.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListBlockTest {
  @Test
  void makes_an_ordered_or_unordered_list() {
    ListBlock list = ListBlock.of(true, "Schools", "Roads", "Parks");

    assertThat(list.ordered()).isTrue();
    assertThat(list.items()).containsExactly("Schools", "Roads", "Parks");
    assertThat(list.type()).isEqualTo(BlockType.LIST);
    assertThat(ListBlock.of(false, List.of("One")).ordered()).isFalse();
  }

  @Test
  void copies_the_items_and_keeps_them_unmodifiable() {
    List<String> items = new ArrayList<>(List.of("Schools"));
    ListBlock list = ListBlock.of(false, items);

    items.add("Roads");

    assertThat(list.items()).containsExactly("Schools");
    assertThatThrownBy(() -> list.items().add("Parks")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejects_a_null_item_naming_its_index() {
    assertThatThrownBy(() -> ListBlock.of(false, "Schools", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("items[1] must not be null");
  }

  @Test
  void rejects_an_empty_list() {
    assertThat(violations(new ListBlock(true, null)))
        .containsExactly(Violation.of("/items", Codes.EMPTY, "must not be empty"));
    assertThatThrownBy(() -> ListBlock.of(true))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("list block is not well-formed: /items: empty: must not be empty");
  }

  @Test
  void holds_at_most_1000_items() {
    assertThat(violations(new ListBlock(false, Collections.nCopies(1_000, "item")))).isEmpty();
    assertThat(violations(new ListBlock(false, Collections.nCopies(1_001, "item"))))
        .containsExactly(Violation.of("/items", Codes.TOO_MANY, "must have at most 1000 elements"));
  }

  @Test
  void checks_each_item_as_multi_line_text() {
    assertThat(violations(new ListBlock(false, Arrays.asList("one\ntwo", "tab\there")))).isEmpty();
    assertThat(violations(new ListBlock(false, List.of("fine", "\u00a0", "x".repeat(20_001)))))
        .containsExactly(
            Violation.of("/items/1", Codes.BLANK, "must not be blank"),
            Violation.of("/items/2", Codes.TOO_LONG, "must be at most 20000 characters"));
  }
}
