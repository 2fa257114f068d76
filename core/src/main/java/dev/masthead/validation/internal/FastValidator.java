package dev.masthead.validation.internal;

import dev.masthead.validation.CheckedText;
import dev.masthead.validation.CheckedTextValidator;
import dev.masthead.validation.Publishable;
import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers one question fast: does a value break no rule at all? It runs the same constraint
 * annotations and the same constraint validators that Hibernate Validator runs, read from the
 * records once, without Hibernate Validator's per-call bookkeeping: no paths, no messages, no
 * violation objects. Any failure, and any constraint it does not know, makes it answer "don't
 * know", and the caller asks Hibernate Validator for the full report. So the rules stay where they
 * are declared; this class only decides how fast valid content gets through.
 *
 * <p>It knows {@code @NotNull}, {@code @Size} on collections, {@code @Min} and {@code @Max} on
 * integers, {@code @Valid} on values and list elements, and every constraint whose validators are
 * named by {@link Constraint#validatedBy()}. Validators that are {@link FactAware}, or {@link
 * CheckedTextValidator} (the public form, which the model's own rules use), are told what a reader
 * has already checked of the texts ({@link TextFacts}) and skip it.
 *
 * <p>A class's plan is built on first use, once per level so that groups are resolved then rather
 * than on every call, and kept in a {@link ClassValue}. The checks are small objects of a few
 * kinds, called in turn: the commonest shapes (a text with one constraint, a {@code @Valid} value)
 * have kinds of their own, which keeps calls through the shared kinds few. Thread-safe.
 */
public final class FastValidator {
  /** The package of Masthead's own records, the only ones planned; named, not imported, so that validation depends on no model type. */
  private static final String MODEL_PACKAGE = "dev.masthead.model";

  /** Calls of a component's accessor through reflection before a class is spun for it. */
  static final int SPIN_AFTER = 1_000;

  private final ClassValue<Plan> plans = new Plans();
  private final java.util.function.Predicate<Class<?>> planned;
  /** Whether plans look for the rules this class does not model; see {@link #FastValidator()}. */
  private final boolean verifyShapes;
  /** The model's plans compiled to code, or null to interpret every plan. */
  private final @Nullable CompiledRules compiled;

  /**
   * Creates a fast validator with no plans yet, for Masthead's own records; plans are built on
   * first use of each class.
   *
   * <p>Its plans do not look for the rules that the shapes of Masthead's records leave out (methods
   * with constraints, accessors with rules of their own, group sequences, composed constraints):
   * the model is fixed when this library is built, and its tests plan every record of the model
   * with those checks on. Looking means parsing every annotation of every method and
   * meta-annotation, which made the first validation of a fresh JVM about a tenth slower.
   *
   * <p>The model's records run the plans compiled to code ({@link CompiledRules}), when that code is
   * there; other records, and the model's if it is not, run interpreted plans.
   */
  public FastValidator() {
    this(FastValidator::isOwnRecord, false, Compiled.RULES);
  }

  /**
   * Creates a fast validator that plans the records {@code planned} accepts, if their shapes are
   * supported, looking for every rule it does not model. Tests use it to show that the shape checks
   * hold for records outside the model.
   */
  FastValidator(java.util.function.Predicate<Class<?>> planned) {
    this(planned, true);
  }

  /**
   * Creates a fast validator that plans the records {@code planned} accepts.
   *
   * @param verifyShapes whether to look for rules this class does not model, and answer "don't
   *     know" for a class that has them; only safe to leave out for records known to have none
   */
  FastValidator(java.util.function.Predicate<Class<?>> planned, boolean verifyShapes) {
    this(planned, verifyShapes, null);
  }

  /**
   * Creates a fast validator that plans the records {@code planned} accepts, running the compiled
   * plans of {@code compiled} for the classes it has.
   */
  FastValidator(java.util.function.Predicate<Class<?>> planned, boolean verifyShapes, @Nullable CompiledRules compiled) {
    this.planned = planned;
    this.verifyShapes = verifyShapes;
    this.compiled = compiled;
  }

  /** The model's compiled plans, loaded on first use; null if they are not there. */
  private static final class Compiled {
    static final @Nullable CompiledRules RULES = CompiledRules.load();
  }

  /** Whether {@code type}'s plan runs as compiled code rather than interpreted. */
  boolean isCompiled(Class<?> type) {
    return plans.get(type).compiled != null;
  }

  /**
   * The constraint validators of the interpreted plan of one of the model's records, well-formed
   * level first, each in the order the plan runs them: the instances {@link CompiledRules compiled
   * plans} call, so that both run the same validators, built and initialized once, the same way.
   *
   * @param type a record of the model
   * @return the validators of each level
   * @throws IllegalArgumentException if {@code type} has no plan
   */
  public static Object[][] validators(Class<?> type) {
    Plan plan = new FastValidator(FastValidator::isOwnRecord, false, null).plans.get(type);
    if (plan.wellFormed == null || plan.publishable == null) {
      throw new IllegalArgumentException("no plan for " + type.getName());
    }
    return new Object[][] {validators(plan.wellFormed), validators(plan.publishable)};
  }

  private static Object[] validators(Rule[] rules) {
    List<Object> all = new ArrayList<>();
    collectValidators(rules, all);
    return all.toArray();
  }

  private static void collectValidators(Rule[] rules, List<Object> all) {
    for (Rule rule : rules) {
      Object validator = rule.validator();
      if (validator != null) {
        all.add(validator);
      }
      collectValidators(rule.children(), all);
    }
  }

  /** The interpreted plan of {@code type} at one level, for the code generator; null if none. */
  Rule @Nullable [] interpretedRules(Class<?> type, boolean publishable) {
    Plan plan = plans.get(type);
    return publishable ? plan.publishable : plan.wellFormed;
  }

  /**
   * The context compiled plans give the validators that are not {@link FactAware}: any call on it
   * throws, and the fast validator then answers "don't know", as for an interpreted plan.
   */
  public static ConstraintValidatorContext missContext() {
    return Miss.CONTEXT;
  }

  /** The {@link CheckedText} that {@link TextFacts} bits stand for, as public validators are told them. */
  public static CheckedText checkedText(int facts) {
    return Checked.checkedText(facts);
  }

  /** Whether {@code type} gets a plan: it is planned, and its shapes are ones this class runs. */
  boolean hasPlan(Class<?> type) {
    return plans.get(type) != Plan.UNSUPPORTED;
  }

  /**
   * Returns true when {@code value} certainly breaks no rule of the given level; false when it
   * breaks one or when this class cannot tell.
   *
   * @param value any value; only Masthead's own records can get a true answer
   * @param publishable whether to check the publishable level as well as the well-formed one
   * @return whether the value is certainly valid
   */
  public boolean isValid(Object value, boolean publishable) {
    return isValid(value, publishable, TextFacts.NONE);
  }

  /**
   * As {@link #isValid(Object, boolean)}, for a value of whose texts the caller already knows some
   * {@link TextFacts}: the rules then check only what the facts leave open. A reader that checks
   * the characters of a whole document while it checks the document's encoding passes what it
   * found. The facts must hold of every text of {@code value}, or the answer is meaningless.
   *
   * @param value any value; only Masthead's own records can get a true answer
   * @param publishable whether to check the publishable level as well as the well-formed one
   * @param facts the {@link TextFacts} bits that hold of every text of {@code value}
   * @return whether the value is certainly valid
   */
  public boolean isValid(Object value, boolean publishable, int facts) {
    try {
      return plans.get(value.getClass()).test(value, publishable, facts);
    } catch (Miss miss) {
      return false;
    } catch (Throwable unexpected) {
      // Anything unexpected is left to the full validator, which reports it properly.
      return false;
    }
  }

  /**
   * Whether {@code type} is one of Masthead's own records: in the model package, and loaded from the
   * same place as this class, so that an application's class that merely shares the package name is
   * not taken for one.
   */
  static boolean isOwnRecord(Class<?> type) {
    if (!type.isRecord() || !type.getPackageName().equals(MODEL_PACKAGE)
        || type.getClassLoader() != FastValidator.class.getClassLoader()
        || type.getModule() != FastValidator.class.getModule()) {
      return false;
    }
    var own = FastValidator.class.getProtectionDomain().getCodeSource();
    var theirs = type.getProtectionDomain().getCodeSource();
    return own == null ? theirs == null : theirs != null && java.util.Objects.equals(own.getLocation(), theirs.getLocation());
  }

  private final class Plans extends ClassValue<Plan> {
    @Override
    protected Plan computeValue(Class<?> type) {
      return plan(type);
    }
  }

  /**
   * The compiled checks of one record class, one list per level, so that the groups are resolved
   * once rather than on every call.
   */
  private static final class Plan {
    static final Plan UNSUPPORTED = new Plan(null, null);

    private final Rule @Nullable [] wellFormed;
    private final Rule @Nullable [] publishable;
    /** The compiled form of this plan, if it has one, and the class's index in it. */
    private final @Nullable CompiledRules compiled;
    private final int index;

    Plan(Rule @Nullable [] wellFormed, Rule @Nullable [] publishable) {
      this.wellFormed = wellFormed;
      this.publishable = publishable;
      this.compiled = null;
      this.index = -1;
    }

    Plan(CompiledRules compiled, int index) {
      this.wellFormed = null;
      this.publishable = null;
      this.compiled = compiled;
      this.index = index;
    }

    boolean test(Object bean, boolean publishable, int facts) throws Throwable {
      if (compiled != null) {
        return compiled.passes(index, bean, publishable, facts);
      }
      Rule[] rules = publishable ? this.publishable : wellFormed;
      if (rules == null) {
        return false;
      }
      for (Rule rule : rules) {
        if (!rule.passes(bean, publishable, facts)) {
          return false;
        }
      }
      return true;
    }
  }

  /** One check of a value: a constraint, a cascade, or the checks of a property or of elements. */
  abstract static class Rule {
    private static final Rule[] NONE = new Rule[0];

    abstract boolean passes(@Nullable Object value, boolean publishable, int facts) throws Throwable;

    /** The constraint validator this rule calls itself, if any ({@link #validators(Class)}). */
    @Nullable Object validator() {
      return null;
    }

    /** The rules this one runs in turn, on the value or on what it holds. */
    Rule[] children() {
      return NONE;
    }
  }

  /**
   * Reads a record component and runs its rules on the value. The component is read by a {@link
   * ComponentReader}, which starts with reflection and later spins a class for the accessor.
   */
  static class Property extends Rule {
    final Function<Object, @Nullable Object> getter;
    final Method accessor;
    final boolean required;
    final Rule[] rules;

    Property(Function<Object, @Nullable Object> getter, Method accessor, boolean required, Rule[] rules) {
      this.getter = getter;
      this.accessor = accessor;
      this.required = required;
      this.rules = rules;
    }

    @Override
    Rule[] children() {
      return rules;
    }

    @Override
    boolean passes(@Nullable Object bean, boolean publishable, int facts) throws Throwable {
      Object value = getter.apply(bean);
      if (value == null && required) {
        return false;
      }
      for (Rule rule : rules) {
        if (!rule.passes(value, publishable, facts)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A component with one {@link FactAware} constraint, as most text components are, called
   * directly: a call site that sees only the text validators, rather than every kind of rule,
   * stays cheap.
   */
  static final class FactProperty extends Property {
    final FactAware<Object> validator;

    FactProperty(Function<Object, @Nullable Object> getter, Method accessor, boolean required, FactAware<Object> validator) {
      super(getter, accessor, required, new Rule[0]);
      this.validator = validator;
    }

    @Override
    Object validator() {
      return Checked.unwrap(validator);
    }

    @Override
    boolean passes(@Nullable Object bean, boolean publishable, int facts) throws Throwable {
      Object value = getter.apply(bean);
      return value == null ? !required : validator.isValid(value, facts);
    }
  }

  /** A component whose value has a plan of its own ({@code @Valid}), such as a lead image. */
  static final class CascadeProperty extends Property {
    final Cascade cascade;

    CascadeProperty(Function<Object, @Nullable Object> getter, Method accessor, boolean required, Cascade cascade) {
      super(getter, accessor, required, new Rule[0]);
      this.cascade = cascade;
    }

    @Override
    boolean passes(@Nullable Object bean, boolean publishable, int facts) throws Throwable {
      Object value = getter.apply(bean);
      return value == null ? !required : cascade.passes(value, publishable, facts);
    }
  }

  /** Runs rules on every element of a collection. */
  static final class Elements extends Rule {
    final Rule[] rules;

    Elements(Rule[] rules) {
      this.rules = rules;
    }

    @Override
    Rule[] children() {
      return rules;
    }

    @Override
    boolean passes(@Nullable Object value, boolean publishable, int facts) throws Throwable {
      if (value == null) {
        return true;
      }
      for (Object element : (Collection<?>) value) {
        for (Rule rule : rules) {
          if (!rule.passes(element, publishable, facts)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /**
   * {@code @Valid}: the value's own plan. The few classes a property holds (one record class, or the
   * kinds of block) are kept at hand, so that most values find their plan without a lookup.
   */
  final class Cascade extends Rule {
    private static final int KEPT = 8;
    private volatile Known[] known = new Known[0];
    /** The class the value is declared as: a record, or an interface its records implement. */
    final Class<?> declared;

    Cascade(Class<?> declared) {
      this.declared = declared;
    }

    @Override
    boolean passes(@Nullable Object value, boolean publishable, int facts) throws Throwable {
      return value == null || plan(value.getClass()).test(value, publishable, facts);
    }

    private Plan plan(Class<?> type) {
      Known[] known = this.known;
      for (Known entry : known) {
        if (entry.type == type) {
          return entry.plan;
        }
      }
      Plan plan = plans.get(type);
      if (known.length < KEPT) {
        Known[] more = Arrays.copyOf(known, known.length + 1);
        more[known.length] = new Known(type, plan);
        this.known = more;
      }
      return plan;
    }
  }

  /** A class and its plan. */
  private static final class Known {
    final Class<?> type;
    final Plan plan;

    Known(Class<?> type, Plan plan) {
      this.type = type;
      this.plan = plan;
    }
  }

  static final class NotNullRule extends Rule {
    @Override
    boolean passes(@Nullable Object value, boolean publishable, int facts) {
      return value != null;
    }
  }

  /**
   * {@code @Size} on collections, {@code @Min} and {@code @Max} on integers: a collection's size or
   * a number within bounds.
   */
  static final class BoundsRule extends Rule {
    final boolean size;
    final long min;
    final long max;

    BoundsRule(boolean size, long min, long max) {
      this.size = size;
      this.min = min;
      this.max = max;
    }

    @Override
    boolean passes(@Nullable Object value, boolean publishable, int facts) {
      if (value == null) {
        return true;
      }
      long measure = size ? ((Collection<?>) value).size() : ((Number) value).longValue();
      return measure >= min && measure <= max;
    }
  }

  /** A validator that can skip what a reader has already checked ({@link FactAware}). */
  static final class FactRule extends Rule {
    final FactAware<Object> validator;

    FactRule(FactAware<Object> validator) {
      this.validator = validator;
    }

    @Override
    Object validator() {
      return Checked.unwrap(validator);
    }

    @Override
    boolean passes(@Nullable Object value, boolean publishable, int facts) {
      return validator.isValid(value, facts);
    }
  }

  /** A public {@link CheckedTextValidator}, such as a rule of the model, told the facts as {@link CheckedText}. */
  static final class Checked implements FactAware<Object> {
    private final CheckedTextValidator<?, Object> validator;

    Checked(CheckedTextValidator<?, Object> validator) {
      this.validator = validator;
    }

    /** The constraint validator a {@link FactAware} calls: the public one a {@code Checked} wraps, or itself. */
    static Object unwrap(FactAware<Object> validator) {
      return validator instanceof Checked ? ((Checked) validator).validator : validator;
    }

    @Override
    public boolean isValid(@Nullable Object value, int facts) {
      return validator.isValid(value, checkedText(facts));
    }

    private static CheckedText checkedText(int facts) {
      if (facts == (TextFacts.CHARACTERS_CHECKED | TextFacts.BMP_ONLY)) {
        return CheckedText.CHARACTERS_IN_BMP;
      }
      return facts == TextFacts.CHARACTERS_CHECKED ? CheckedText.CHARACTERS : CheckedText.NOTHING;
    }
  }

  /** Any other constraint validator, run with a context that any report turns into a miss. */
  static final class ValidatorRule extends Rule {
    private final ConstraintValidator<Annotation, Object> validator;

    ValidatorRule(ConstraintValidator<Annotation, Object> validator) {
      this.validator = validator;
    }

    @Override
    Object validator() {
      return validator;
    }

    @Override
    boolean passes(@Nullable Object value, boolean publishable, int facts) {
      return validator.isValid(value, Miss.CONTEXT);
    }
  }

  private Plan plan(Class<?> type) {
    if (!type.isRecord() || !planned.test(type)) {
      return Plan.UNSUPPORTED;
    }
    if (compiled != null) {
      int index = compiled.indexOf(type);
      if (index >= 0) {
        return new Plan(compiled, index);
      }
    }
    try {
      // One reader per component, shared by both levels.
      Map<Method, Function<Object, @Nullable Object>> getters = new HashMap<>();
      return new Plan(rules(type, false, getters), rules(type, true, getters));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Plan.UNSUPPORTED;
    }
  }

  /**
   * The rules of a record class at one level, the class's own constraints first. Only the shapes
   * Masthead's records use are planned: a component is a plain value or a {@code List} of plain
   * values, and constraints sit on the components and on the list elements. Anything else that
   * Hibernate Validator would look at (a map, an {@code Optional}, an array, a nested list, a
   * constrained method that is not an accessor, a group sequence, a group conversion, a composed
   * constraint) makes the class unsupported, so that the full validator answers for it.
   */
  private Rule[] rules(Class<?> type, boolean publishable, Map<Method, Function<Object, @Nullable Object>> getters)
      throws ReflectiveOperationException {
    if (verifyShapes) {
      requireNoHiddenRules(type);
    }
    List<Rule> rules = new ArrayList<>(constraints(type.getDeclaredAnnotations(), type, publishable));
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      var field = type.getDeclaredField(component.getName());
      if (verifyShapes) {
        requireSameRules(field.getDeclaredAnnotations(), accessor.getDeclaredAnnotations());
      }
      List<Rule> valueRules = new ArrayList<>(constraints(field.getDeclaredAnnotations(), box(plainValue(field.getGenericType())), publishable));
      if (field.isAnnotationPresent(Valid.class)) {
        valueRules.add(new Cascade(field.getType()));
      }
      Rule elements = elements(field.getAnnotatedType(), publishable);
      if (elements != null) {
        valueRules.add(elements);
      }
      if (!valueRules.isEmpty()) {
        Function<Object, @Nullable Object> getter = getters.get(accessor);
        if (getter == null) {
          getter = getter(lookup, type, accessor);
          getters.put(accessor, getter);
        }
        rules.add(property(getter, accessor, valueRules));
      }
    }
    return rules.toArray(new Rule[0]);
  }

  /**
   * The class of a component's value: a plain class, or {@code List} of a plain class. Containers
   * whose elements Hibernate Validator would visit in other ways are unsupported.
   */
  private static Class<?> plainValue(Type type) {
    if (type instanceof Class) {
      Class<?> plain = (Class<?>) type;
      if (plain.isArray() || isContainer(plain)) {
        throw new Unsupported();
      }
      return plain;
    }
    if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (!(element instanceof Class) || ((Class<?>) element).isArray() || isContainer((Class<?>) element)) {
        throw new Unsupported();
      }
      return List.class;
    }
    throw new Unsupported();
  }

  private static boolean isContainer(Class<?> type) {
    return Iterable.class.isAssignableFrom(type)
        || java.util.Map.class.isAssignableFrom(type)
        || type == java.util.Optional.class
        || type.getName().startsWith("java.util.Optional");
  }

  /**
   * Rejects classes with rules that live elsewhere than on the components: constrained methods
   * other than the accessors (Hibernate Validator checks getters), on the class or on the interfaces
   * it implements, and annotations that change how groups apply.
   */
  private static void requireNoHiddenRules(Class<?> type) {
    for (Annotation annotation : type.getDeclaredAnnotations()) {
      if (isValidationAnnotation(annotation) && !isConstraint(annotation)) {
        throw new Unsupported(); // @GroupSequence, @GroupSequenceProvider and the like
      }
    }
    java.util.Set<Method> accessors = new java.util.HashSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      accessors.add(component.getAccessor());
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!accessors.contains(method) && hasValidationAnnotation(method)) {
        throw new Unsupported();
      }
    }
    for (Class<?> face : interfaces(type)) {
      if (face.getDeclaredAnnotations().length > 0 && hasValidation(face.getDeclaredAnnotations())) {
        throw new Unsupported();
      }
      for (Method method : face.getDeclaredMethods()) {
        if (hasValidationAnnotation(method)) {
          throw new Unsupported();
        }
      }
    }
  }

  private static java.util.Set<Class<?>> interfaces(Class<?> type) {
    java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<Class<?>> open = new java.util.ArrayDeque<>(Arrays.asList(type.getInterfaces()));
    while (!open.isEmpty()) {
      Class<?> face = open.pop();
      if (all.add(face)) {
        open.addAll(Arrays.asList(face.getInterfaces()));
      }
    }
    return all;
  }

  private static boolean hasValidationAnnotation(Method method) {
    if (hasValidation(method.getDeclaredAnnotations()) || hasValidation(method.getAnnotatedReturnType().getDeclaredAnnotations())) {
      return true;
    }
    for (var parameter : method.getParameters()) {
      if (hasValidation(parameter.getDeclaredAnnotations())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasValidation(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (isValidationAnnotation(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** A constraint, a list of repeated constraints, or an annotation of Bean Validation or its provider. */
  private static boolean isValidationAnnotation(Annotation annotation) {
    Class<? extends Annotation> type = annotation.annotationType();
    String name = type.getName();
    return isConstraint(annotation) || isRepeatedConstraint(type)
        || name.startsWith("jakarta.validation.") || name.startsWith("org.hibernate.validator.");
  }

  private static boolean isConstraint(Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(Constraint.class);
  }

  private static boolean isRepeatedConstraint(Class<? extends Annotation> type) {
    return type.getSimpleName().equals("List") && type.getEnclosingClass() != null
        && type.getEnclosingClass().isAnnotationPresent(Constraint.class);
  }

  /**
   * An accessor's validation annotations are its component's (a record propagates them); one with
   * rules of its own is checked by Hibernate Validator as a getter, which this class does not model.
   */
  private static void requireSameRules(Annotation[] field, Annotation[] accessor) {
    List<Annotation> fieldRules = new ArrayList<>();
    for (Annotation annotation : field) {
      if (isValidationAnnotation(annotation)) {
        fieldRules.add(annotation);
      }
    }
    for (Annotation annotation : accessor) {
      if (isValidationAnnotation(annotation) && !fieldRules.contains(annotation)) {
        throw new Unsupported();
      }
    }
  }

  /**
   * Reads one record component: through {@link Method#invoke} for its first {@value #SPIN_AFTER}
   * calls, then through a {@link Function} that {@link LambdaMetafactory} spins for the accessor.
   *
   * <p>Why two ways. A spun function is an ordinary class whose {@code apply} calls the accessor,
   * compiled like any other code; a {@link MethodHandle} held in a field is not a constant to the
   * JIT, so each call goes through lambda forms, which on JDK 17 were compiled late: profiles of
   * validated reads there found the validator still running them in the interpreter after tens of
   * thousands of reads. But spinning a class per component up front made the first validation of
   * a fresh JVM about 11 ms slower (one class for each of some sixty components), which a command
   * line tool or a test suite pays on every start. Reflection costs nothing to set up and is fast
   * enough for a few hundred documents; the spin is paid only by code that keeps running.
   *
   * <p>Thread-safe: the spun function captures nothing, so a thread that sees it sees it whole; two
   * threads may both spin it, and either result is right.
   */
  private static final class ComponentReader implements Function<Object, @Nullable Object> {
    private final MethodHandles.Lookup lookup;
    private final Class<?> type;
    private final Method accessor;
    private volatile @Nullable Function<Object, @Nullable Object> spun;
    /** Calls so far, counted without synchronization: a lost update only delays the spin. */
    private int calls;

    ComponentReader(MethodHandles.Lookup lookup, Class<?> type, Method accessor) {
      this.lookup = lookup;
      this.type = type;
      this.accessor = accessor;
    }

    @Override
    public @Nullable Object apply(Object bean) {
      Function<Object, @Nullable Object> function = spun;
      if (function != null) {
        return function.apply(bean);
      }
      if (++calls > SPIN_AFTER) {
        function = spin();
        spun = function;
        return function.apply(bean);
      }
      return invoke(bean);
    }

    private @Nullable Object invoke(Object bean) {
      try {
        return accessor.invoke(bean);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The spun function, or reflection for good if the accessor cannot be spun. */
    private Function<Object, @Nullable Object> spin() {
      try {
        Object function = LambdaMetafactory.metafactory(
                lookup,
                "apply",
                MethodType.methodType(Function.class),
                MethodType.methodType(Object.class, Object.class),
                lookup.unreflect(accessor),
                MethodType.methodType(box(accessor.getReturnType()), type))
            .getTarget()
            .invoke();
        @SuppressWarnings("unchecked")
        Function<Object, @Nullable Object> getter = (Function<Object, @Nullable Object>) function;
        return getter;
      } catch (Throwable e) {
        return this::invoke;
      }
    }
  }

  /**
   * The reader of a component. The accessor is made accessible here, so that a record this class
   * cannot read makes the class unsupported before any value is validated.
   */
  private static Function<Object, @Nullable Object> getter(MethodHandles.Lookup lookup, Class<?> type, Method accessor) {
    box(accessor.getReturnType());
    if (!accessor.trySetAccessible()) {
      throw new Unsupported();
    }
    return new ComponentReader(lookup, type, accessor);
  }

  /** The check of a component with the given rules, in the cheapest form that runs them all. */
  private static Property property(Function<Object, @Nullable Object> getter, Method accessor, List<Rule> rules) {
    boolean required = rules.removeIf(rule -> rule instanceof NotNullRule);
    if (rules.size() == 1 && rules.get(0) instanceof FactRule) {
      return new FactProperty(getter, accessor, required, ((FactRule) rules.get(0)).validator);
    }
    if (rules.size() == 1 && rules.get(0) instanceof Cascade) {
      return new CascadeProperty(getter, accessor, required, (Cascade) rules.get(0));
    }
    return new Property(getter, accessor, required, rules.toArray(new Rule[0]));
  }

  /** The checks of a list's elements ({@code List<@Valid Block>}, {@code List<@HttpUrl String>}). */
  private @Nullable Rule elements(AnnotatedType type, boolean publishable) throws ReflectiveOperationException {
    if (!(type instanceof AnnotatedParameterizedType)) {
      return null;
    }
    // plainValue has made sure that this is a List of a plain class.
    AnnotatedType element = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
    List<Rule> rules = new ArrayList<>(constraints(element.getDeclaredAnnotations(), raw(element.getType()), publishable));
    if (element.isAnnotationPresent(Valid.class)) {
      rules.add(new Cascade(raw(element.getType())));
    }
    if (verifyShapes) {
      for (Annotation annotation : element.getDeclaredAnnotations()) {
        if (isValidationAnnotation(annotation) && !isConstraint(annotation) && !isRepeatedConstraint(annotation.annotationType())
            && !(annotation instanceof Valid)) {
          throw new Unsupported(); // such as @ConvertGroup
        }
      }
    }
    return rules.isEmpty() ? null : new Elements(rules.toArray(new Rule[0]));
  }

  /** The rules of the constraint annotations among {@code annotations} that apply at a level. */
  private List<Rule> constraints(Annotation[] annotations, Class<?> valueType, boolean publishable)
      throws ReflectiveOperationException {
    List<Rule> rules = new ArrayList<>();
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.isAnnotationPresent(Constraint.class)) {
        add(rules, annotation, valueType, publishable);
      } else if (isRepeatedConstraint(type)) {
        for (Annotation repeated : (Annotation[]) type.getMethod("value").invoke(annotation)) {
          add(rules, repeated, valueType, publishable);
        }
      } else if (verifyShapes && isValidationAnnotation(annotation) && !(annotation instanceof Valid)) {
        throw new Unsupported(); // such as @ConvertGroup, which changes the groups of a cascade
      }
    }
    return rules;
  }

  private void add(List<Rule> rules, Annotation annotation, Class<?> valueType, boolean publishable)
      throws ReflectiveOperationException {
    // Every constraint is read, at either level, so that an unknown one makes the class unsupported.
    Rule rule = constraint(annotation, valueType);
    if (groups(annotation).applies(publishable)) {
      rules.add(rule);
    }
  }

  private Rule constraint(Annotation annotation, Class<?> valueType) throws ReflectiveOperationException {
    if (verifyShapes) {
      for (Annotation meta : annotation.annotationType().getDeclaredAnnotations()) {
        if (isValidationAnnotation(meta) && !(meta instanceof Constraint)) {
          throw new Unsupported(); // a composed constraint, whose parts this class does not run
        }
      }
    }
    if (annotation instanceof NotNull) {
      return new NotNullRule();
    }
    if (annotation instanceof Size) {
      if (!Collection.class.isAssignableFrom(valueType)) {
        throw new Unsupported();
      }
      return new BoundsRule(true, ((Size) annotation).min(), ((Size) annotation).max());
    }
    if (annotation instanceof Min) {
      requireInteger(valueType);
      return new BoundsRule(false, ((Min) annotation).value(), Long.MAX_VALUE);
    }
    if (annotation instanceof Max) {
      requireInteger(valueType);
      return new BoundsRule(false, Long.MIN_VALUE, ((Max) annotation).value());
    }
    ConstraintValidator<Annotation, Object> validator = validator(annotation, valueType);
    if (validator instanceof CheckedTextValidator) {
      @SuppressWarnings("unchecked")
      CheckedTextValidator<?, Object> checked = (CheckedTextValidator<?, Object>) validator;
      return new FactRule(new Checked(checked));
    }
    if (validator instanceof FactAware) {
      @SuppressWarnings("unchecked")
      FactAware<Object> factAware = (FactAware<Object>) validator;
      return new FactRule(factAware);
    }
    return new ValidatorRule(validator);
  }

  private static void requireInteger(Class<?> type) {
    if (type != Integer.class && type != Long.class && type != Short.class && type != Byte.class) {
      throw new Unsupported();
    }
  }

  @SuppressWarnings("unchecked")
  private static ConstraintValidator<Annotation, Object> validator(Annotation annotation, Class<?> valueType)
      throws ReflectiveOperationException {
    Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
    for (Class<? extends ConstraintValidator<?, ?>> candidate : constraint.validatedBy()) {
      if (validatedType(candidate).isAssignableFrom(valueType)) {
        ConstraintValidator<Annotation, Object> validator =
            (ConstraintValidator<Annotation, Object>) candidate.getDeclaredConstructor().newInstance();
        validator.initialize(annotation);
        return validator;
      }
    }
    throw new Unsupported();
  }

  private static Class<?> validatedType(Class<?> validatorClass) {
    for (Type type : validatorClass.getGenericInterfaces()) {
      // CheckedTextValidator<A, T> extends ConstraintValidator<A, T>: the value's type is second in both.
      if (type instanceof ParameterizedType && (((ParameterizedType) type).getRawType() == ConstraintValidator.class
          || ((ParameterizedType) type).getRawType() == CheckedTextValidator.class)) {
        return raw(((ParameterizedType) type).getActualTypeArguments()[1]);
      }
    }
    throw new Unsupported();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw new Unsupported();
  }

  private static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    throw new Unsupported();
  }

  /** The groups a constraint belongs to: Default, Publishable, or something this class does not know. */
  private static Groups groups(Annotation annotation) throws ReflectiveOperationException {
    Class<?>[] groups = (Class<?>[]) annotation.annotationType().getMethod("groups").invoke(annotation);
    if (groups.length == 0) {
      return Groups.DEFAULT;
    }
    if (groups.length == 1 && groups[0] == Default.class) {
      return Groups.DEFAULT;
    }
    if (groups.length == 1 && groups[0] == Publishable.class) {
      return Groups.PUBLISHABLE;
    }
    throw new Unsupported();
  }

  private enum Groups {
    DEFAULT,
    PUBLISHABLE;

    boolean applies(boolean publishable) {
      return this == DEFAULT || publishable;
    }
  }

  /** A constraint this class cannot run: the class falls back to the full validator. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * Thrown by the context that the validators see: they touch their context only to report a
   * violation, so any call means the value is invalid. No stack trace is filled in.
   */
  private static final class Miss extends RuntimeException implements ConstraintValidatorContext {
    private static final long serialVersionUID = 1L;
    static final Miss CONTEXT = new Miss();

    private Miss() {
      super(null, null, false, false);
    }

    @Override
    public void disableDefaultConstraintViolation() {
      throw this;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
      throw this;
    }

    @Override
    public ClockProvider getClockProvider() {
      throw this;
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
      throw this;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw this;
    }
  }
}
