package dev.masthead.validation.internal;

import dev.masthead.validation.Codes;
import dev.masthead.validation.Distinct;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Distinct}: strings ignoring case, other elements by the property {@link
 * Distinct#by()} names. Each repeat is reported where it stands: {@code /tags/3}, {@code
 * /authors/1/slug}, {@code /items/2/id}.
 */
public final class DistinctValidator implements ConstraintValidator<Distinct, List<?>> {
  /** Lists up to this long are checked pair by pair rather than through a set. */
  private static final int SMALL = 8;

  private String by = "";
  private volatile @Nullable Key key;

  @Override
  public void initialize(Distinct distinct) {
    by = distinct.by();
  }

  @Override
  public boolean isValid(List<?> values, ConstraintValidatorContext context) {
    if (values == null || values.size() < 2) {
      return true;
    }
    if (values.size() <= SMALL && !hasRepeat(values)) {
      return true;
    }
    Set<Object> seen = new HashSet<>(values.size() * 2);
    boolean valid = true;
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      Object key = keyOf(value);
      if (key == null || seen.add(key)) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      var builder = context.buildConstraintViolationWithTemplate(MessageTemplates.of(Codes.DUPLICATE));
      if (by.isEmpty()) {
        builder.addBeanNode().inIterable().atIndex(i).addConstraintViolation();
      } else {
        builder.addPropertyNode(by).inIterable().atIndex(i).addConstraintViolation();
      }
    }
    return valid;
  }

  /**
   * Whether a short list holds two elements with the same key, found by comparing each pair: for
   * the few tags or authors of an article, cheaper than hashing into a set. The same keys and the
   * same equality as the set's.
   */
  private boolean hasRepeat(List<?> values) {
    Object[] keys = new Object[values.size()];
    for (int i = 0; i < keys.length; i++) {
      Object key = keyOf(values.get(i));
      if (key != null) {
        for (int j = 0; j < i; j++) {
          if (key.equals(keys[j])) {
            return true;
          }
        }
      }
      keys[i] = key;
    }
    return false;
  }

  /** The key two elements must not share: a string ignoring case, or the identifying property. */
  private @Nullable Object keyOf(Object value) {
    return by.isEmpty() ? ((String) value).toLowerCase(Locale.ROOT) : property(value);
  }

  /** Returns the value of the identifying property; the accessor of the last class seen is kept. */
  private @Nullable Object property(Object value) {
    Key known = key;
    if (known == null || known.type != value.getClass()) {
      known = new Key(value.getClass(), accessor(value.getClass()));
      key = known;
    }
    try {
      return known.accessor.invoke(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("@Distinct cannot read " + by + " of " + value.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("@Distinct failed to read " + by + " of " + value.getClass().getName(), e.getCause());
    }
  }

  private Method accessor(Class<?> type) {
    try {
      Method accessor = type.getMethod(by);
      // An application's record may be declared in a class that is not public.
      accessor.trySetAccessible();
      return accessor;
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("@Distinct(by = \"" + by + "\") does not apply to " + type.getName(), e);
    }
  }

  /** A class and the accessor of its identifying property. */
  private static final class Key {
    final Class<?> type;
    final Method accessor;

    Key(Class<?> type, Method accessor) {
      this.type = type;
      this.accessor = accessor;
    }
  }
}
