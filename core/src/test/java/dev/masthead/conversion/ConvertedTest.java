package dev.masthead.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvertedTest {
  @Test
  void a_loss_prints_as_a_report_line() {
    assertThat(Loss.dropped("/people/0", "people have no place in an article"))
        .hasToString("/people/0: dropped: people have no place in an article");
    assertThat(Loss.guessed("", "slug derived from the headline")).hasToString("(root): guessed: slug derived from the headline");
    assertThat(Loss.changed("/body/2", "runs of spaces collapsed").kind()).isEqualTo(LossKind.CHANGED);
  }

  @Test
  void losses_are_copied_and_keep_their_order() {
    List<Loss> losses = new ArrayList<>(List.of(Loss.dropped("/b", "x"), Loss.changed("/a", "y")));
    Converted<String> converted = Converted.of("value", losses);
    losses.clear();
    assertThat(converted.losses()).extracting(Loss::pointer).containsExactly("/b", "/a");
    assertThat(converted.isLossless()).isFalse();
    assertThat(Converted.lossless("value").isLossless()).isTrue();
  }

  @Test
  void map_keeps_the_losses() {
    Converted<Integer> length = Converted.of("four", List.of(Loss.guessed("/id", "derived"))).map(String::length);
    assertThat(length.value()).isEqualTo(4);
    assertThat(length.losses()).containsExactly(Loss.guessed("/id", "derived"));
  }

  @Test
  void rejects_null_parts() {
    assertThatNullPointerException().isThrownBy(() -> Loss.dropped(null, "x")).withMessage("pointer");
    assertThatNullPointerException().isThrownBy(() -> new Loss("", null, "x")).withMessage("kind");
    assertThatNullPointerException().isThrownBy(() -> Converted.lossless(null)).withMessage("value");
  }
}
