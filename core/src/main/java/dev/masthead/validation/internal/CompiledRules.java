package dev.masthead.validation.internal;

import org.jspecify.annotations.Nullable;

/**
 * The plans of {@link FastValidator} for the model's records, compiled to Java code: the same rules
 * in the same order, with the same validator instances ({@link FastValidator#validators(Class)}),
 * but each component read by its accessor and each validator called directly, where an interpreted
 * plan goes through a tree of small objects. The model's implementation, {@code
 * dev.masthead.model.internal.GeneratedRules}, is generated from the interpreted plans by a test of
 * this module, which also fails when the model's rules change and the code was not generated again.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CompiledRules {
  /** The class that holds the model's compiled plans, named so that validation depends on no model type. */
  String MODEL_RULES = "dev.masthead.model.internal.GeneratedRules";

  /**
   * Returns the index of {@code type}'s compiled plan.
   *
   * @param type any class
   * @return the index to pass to {@link #passes}, or -1 if {@code type} has no compiled plan
   */
  int indexOf(Class<?> type);

  /**
   * Runs a compiled plan; the same answer as the interpreted plan, including exceptions that make
   * the fast validator answer "don't know".
   *
   * @param index the plan's index, from {@link #indexOf(Class)}
   * @param value a value of the plan's class
   * @param publishable whether to check the publishable level as well as the well-formed one
   * @param facts the {@link TextFacts} bits that hold of every text of {@code value}
   * @return whether the value passes every rule
   */
  boolean passes(int index, Object value, boolean publishable, int facts);

  /**
   * Loads the model's compiled plans.
   *
   * @return them, or null if they are not on the class path (the model's plans are then interpreted)
   */
  static @Nullable CompiledRules load() {
    try {
      return (CompiledRules) Class.forName(MODEL_RULES, true, CompiledRules.class.getClassLoader())
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      return null;
    }
  }
}
