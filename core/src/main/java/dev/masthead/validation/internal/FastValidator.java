package dev.masthead.validation.internal;

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
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * named by {@link Constraint#validatedBy()}. Thread-safe.
 */
public final class FastValidator {
  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

  private FastValidator() {}

  /**
   * Forgets every plan, so that the next call builds them again. Plans are built once per class
   * and process; tests of plan building (and mutation testing, which reuses a JVM) start from none.
   */
  static void forgetPlans() {
    PLANS.clear();
  }

  /**
   * Returns true when {@code value} certainly breaks no rule of the given level; false when it
   * breaks one or when this class cannot tell.
   *
   * @param value a record of the model
   * @param publishable whether to check the publishable level as well as the well-formed one
   */
  public static boolean isValid(Object value, boolean publishable) {
    Plan plan = PLANS.computeIfAbsent(value.getClass(), FastValidator::plan);
    try {
      return plan.test(value, publishable);
    } catch (Miss miss) {
      return false;
    } catch (Throwable unexpected) {
      // Anything unexpected is left to the full validator, which reports it properly.
      return false;
    }
  }

  /** The compiled checks of one record class. */
  private static final class Plan {
    private final boolean supported;
    private final Check[] checks;

    Plan(boolean supported, Check[] checks) {
      this.supported = supported;
      this.checks = checks;
    }

    boolean test(Object bean, boolean publishable) throws Throwable {
      if (!supported) {
        return false;
      }
      for (Check check : checks) {
        if (!check.test(bean, publishable)) {
          return false;
        }
      }
      return true;
    }
  }

  @FunctionalInterface
  private interface Check {
    boolean test(Object bean, boolean publishable) throws Throwable;
  }

  @FunctionalInterface
  private interface ValueCheck {
    boolean test(@Nullable Object value, boolean publishable) throws Throwable;
  }

  private static Plan plan(Class<?> type) {
    if (!type.isRecord()) {
      return new Plan(false, new Check[0]);
    }
    try {
      List<Check> checks = new ArrayList<>();
      for (Annotation annotation : constraints(type.getDeclaredAnnotations())) {
        ValueCheck check = constraint(annotation, type);
        Groups groups = groups(annotation);
        checks.add((bean, publishable) -> !groups.applies(publishable) || check.test(bean, publishable));
      }
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      for (RecordComponent component : type.getRecordComponents()) {
        Method accessor = component.getAccessor();
        MethodHandle getter = lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
        List<ValueCheck> valueChecks = new ArrayList<>();
        var field = type.getDeclaredField(component.getName());
        Class<?> valueType = box(field.getType());
        for (Annotation annotation : constraints(field.getDeclaredAnnotations())) {
          ValueCheck check = constraint(annotation, valueType);
          Groups groups = groups(annotation);
          valueChecks.add((value, publishable) -> !groups.applies(publishable) || check.test(value, publishable));
        }
        if (field.isAnnotationPresent(Valid.class)) {
          valueChecks.add(FastValidator::cascade);
        }
        ValueCheck elements = elementChecks(field.getAnnotatedType());
        if (elements != null) {
          valueChecks.add((value, publishable) -> {
            if (value != null) {
              for (Object element : (Collection<?>) value) {
                if (!elements.test(element, publishable)) {
                  return false;
                }
              }
            }
            return true;
          });
        }
        if (!valueChecks.isEmpty()) {
          ValueCheck[] all = valueChecks.toArray(new ValueCheck[0]);
          checks.add((bean, publishable) -> {
            Object value = getter.invokeExact(bean);
            for (ValueCheck check : all) {
              if (!check.test(value, publishable)) {
                return false;
              }
            }
            return true;
          });
        }
      }
      return new Plan(true, checks.toArray(new Check[0]));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new Plan(false, new Check[0]);
    }
  }

  /** The checks of a list's elements ({@code List<@Valid Block>}, {@code List<@HttpUrl String>}). */
  private static @Nullable ValueCheck elementChecks(AnnotatedType type) throws ReflectiveOperationException {
    if (!(type instanceof AnnotatedParameterizedType)) {
      return null;
    }
    AnnotatedType element = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
    Class<?> elementType = raw(element.getType());
    List<ValueCheck> checks = new ArrayList<>();
    for (Annotation annotation : constraints(element.getDeclaredAnnotations())) {
      ValueCheck check = constraint(annotation, elementType);
      Groups groups = groups(annotation);
      checks.add((value, publishable) -> !groups.applies(publishable) || check.test(value, publishable));
    }
    if (element.isAnnotationPresent(Valid.class)) {
      checks.add(FastValidator::cascade);
    }
    if (checks.isEmpty()) {
      return null;
    }
    ValueCheck[] all = checks.toArray(new ValueCheck[0]);
    return (value, publishable) -> {
      for (ValueCheck check : all) {
        if (!check.test(value, publishable)) {
          return false;
        }
      }
      return true;
    };
  }

  private static boolean cascade(@Nullable Object value, boolean publishable) throws Throwable {
    return value == null || PLANS.computeIfAbsent(value.getClass(), FastValidator::plan).test(value, publishable);
  }

  /** The constraint annotations among {@code annotations}, with repeated ones unpacked. */
  private static List<Annotation> constraints(Annotation[] annotations) throws ReflectiveOperationException {
    List<Annotation> constraints = new ArrayList<>();
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.isAnnotationPresent(Constraint.class)) {
        constraints.add(annotation);
      } else if (type.getSimpleName().equals("List") && type.getEnclosingClass() != null
          && type.getEnclosingClass().isAnnotationPresent(Constraint.class)) {
        for (Annotation repeated : (Annotation[]) type.getMethod("value").invoke(annotation)) {
          constraints.add(repeated);
        }
      }
    }
    return constraints;
  }

  private static ValueCheck constraint(Annotation annotation, Class<?> valueType) throws ReflectiveOperationException {
    if (annotation instanceof NotNull) {
      return (value, publishable) -> value != null;
    }
    if (annotation instanceof Size) {
      int min = ((Size) annotation).min();
      int max = ((Size) annotation).max();
      if (!Collection.class.isAssignableFrom(valueType)) {
        throw new Unsupported();
      }
      return (value, publishable) -> value == null || within(((Collection<?>) value).size(), min, max);
    }
    if (annotation instanceof Min) {
      long min = ((Min) annotation).value();
      requireInteger(valueType);
      return (value, publishable) -> value == null || ((Number) value).longValue() >= min;
    }
    if (annotation instanceof Max) {
      long max = ((Max) annotation).value();
      requireInteger(valueType);
      return (value, publishable) -> value == null || ((Number) value).longValue() <= max;
    }
    ConstraintValidator<Annotation, Object> validator = validator(annotation, valueType);
    return (value, publishable) -> validator.isValid(value, Miss.CONTEXT);
  }

  private static boolean within(int size, int min, int max) {
    return size >= min && size <= max;
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
      if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == ConstraintValidator.class) {
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
