package dev.masthead.syndication.internal;

import dev.masthead.conversion.Loss;
import java.util.ArrayList;
import java.util.List;

/** The losses of one conversion, in the order they were found. Mutable and not thread-safe. */
public final class Losses {
  private final List<Loss> losses = new ArrayList<>();

  /**
   * Reports a dropped value.
   *
   * @param pointer where in the input
   * @param detail what and why
   */
  public void dropped(String pointer, String detail) {
    losses.add(Loss.dropped(pointer, detail));
  }

  /**
   * Reports a changed value.
   *
   * @param pointer where in the input
   * @param detail what and why
   */
  public void changed(String pointer, String detail) {
    losses.add(Loss.changed(pointer, detail));
  }

  /**
   * Reports a guessed value.
   *
   * @param pointer where in the input
   * @param detail what and why
   */
  public void guessed(String pointer, String detail) {
    losses.add(Loss.guessed(pointer, detail));
  }

  /**
   * Reports a loss as it is.
   *
   * @param loss the loss
   */
  public void add(Loss loss) {
    losses.add(loss);
  }

  /**
   * Returns the losses reported so far.
   *
   * @return a copy
   */
  public List<Loss> toList() {
    return List.copyOf(losses);
  }
}
