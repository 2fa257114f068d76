package dev.masthead.nulls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.conversion.Loss;
import dev.masthead.conversion.LossKind;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleStatus;
import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.model.Block;
import dev.masthead.model.BlockType;
import dev.masthead.model.Correction;
import dev.masthead.model.Credit;
import dev.masthead.model.DigitalSourceType;
import dev.masthead.model.Fixtures;
import dev.masthead.model.Image;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Rendition;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Subject;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.model.TickerPriority;
import dev.masthead.validation.CheckedText;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The null contract of core's public API: every package is {@code @NullMarked}, so a parameter
 * that is not {@code @Nullable} takes no null, and passing one fails at once with a {@link
 * NullPointerException} rather than later, elsewhere, or not at all. The test calls every public
 * constructor and method of the exported packages with a null in each such parameter in turn, and
 * valid values in the others.
 */
class NullContractTest {
  private static final List<String> PACKAGES =
      List.of("dev.masthead.model", "dev.masthead.validation", "dev.masthead.conversion");

  private static final Map<Class<?>, Object> VALUES = new HashMap<>();

  static {
    Article article = Fixtures.article();
    VALUES.put(String.class, "x");
    VALUES.put(Object.class, article);
    VALUES.put(CharSequence.class, "x");
    VALUES.put(Instant.class, Fixtures.PUBLISHED_AT);
    VALUES.put(List.class, List.of());
    VALUES.put(Collection.class, List.of());
    VALUES.put(Set.class, Set.of());
    VALUES.put(Article.class, article);
    VALUES.put(Author.class, Fixtures.janeDoe());
    VALUES.put(Credit.class, Fixtures.photoCredit());
    VALUES.put(Image.class, Fixtures.leadImage());
    VALUES.put(Block.class, Paragraph.of("x"));
    VALUES.put(Paragraph.class, Paragraph.of("x"));
    VALUES.put(Link.class, Link.of(0, 1, "https://example.com/"));
    VALUES.put(Span.class, Span.of(0, 1));
    VALUES.put(Ticker.class, Ticker.of("t", "Ticker", List.of(), null));
    VALUES.put(TickerItem.class, Fixtures.item("i", TickerPriority.NORMAL, Fixtures.PUBLISHED_AT));
    VALUES.put(Rendition.class, Rendition.of("https://example.com/a.jpg", 10, 10, null));
    VALUES.put(Rights.class, Rights.builder().copyrightNotice("x").build());
    VALUES.put(Subject.class, Subject.of("x", null));
    VALUES.put(Correction.class, Correction.of("x", Fixtures.PUBLISHED_AT));
    VALUES.put(ArticleStatus.class, ArticleStatus.PUBLISHED);
    VALUES.put(AuthorKind.class, AuthorKind.PERSON);
    VALUES.put(TickerPriority.class, TickerPriority.NORMAL);
    VALUES.put(BlockType.class, BlockType.PARAGRAPH);
    VALUES.put(DigitalSourceType.class, DigitalSourceType.DIGITAL_CAPTURE);
    VALUES.put(ValidationLevel.class, ValidationLevel.WELL_FORMED);
    VALUES.put(CheckedText.class, CheckedText.NOTHING);
    VALUES.put(MastheadValidator.class, MastheadValidator.standard());
    VALUES.put(Violation.class, Violation.of("/x", "required", "is required"));
    VALUES.put(LossKind.class, LossKind.DROPPED);
    VALUES.put(Loss.class, Loss.dropped("/x", "x"));
    VALUES.put(Class.class, Article.class);
  }

  @Test
  void every_parameter_not_marked_nullable_refuses_null_at_once() throws IOException, URISyntaxException {
    List<String> broken = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      for (Executable executable : executables(type)) {
        Object receiver = executable instanceof Method && !Modifier.isStatic(executable.getModifiers())
            ? receiver(type) : null;
        if (executable instanceof Method && !Modifier.isStatic(executable.getModifiers()) && receiver == null) {
          continue;
        }
        Object[] valid = defaults(executable);
        if (valid == null || !callable(executable, receiver, valid)) {
          continue;
        }
        AnnotatedType[] parameters = executable.getAnnotatedParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType() instanceof Class<?> && ((Class<?>) parameters[i].getType()).isPrimitive()
              || parameters[i].isAnnotationPresent(Nullable.class)) {
            continue;
          }
          Object[] args = valid.clone();
          args[i] = null;
          String name = describe(executable, i);
          checked.add(name);
          Throwable thrown = call(executable, receiver, args);
          if (isLenientComponent(executable, i)) {
            // Documented: a canonical constructor reads a null list as empty, a null enum as its default.
            if (thrown != null || !readsAsEmptyOrDefault(executable, args, i)) {
              broken.add(name + " -> " + (thrown == null ? "component read back as null" : thrown.toString()));
            }
            continue;
          }
          if (!(thrown instanceof NullPointerException)) {
            broken.add(name + " -> " + (thrown == null ? "accepted null" : thrown.toString()));
          }
        }
      }
    }

    assertThat(checked).as("parameters checked").hasSizeGreaterThan(120);
    assertThat(broken).as("parameters that take null without saying so").isEmpty();
  }

  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    List<Class<?>> types = new ArrayList<>();
    for (String name : PACKAGES) {
      Path dir = Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve(name.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().collect(Collectors.toList())) {
          String simple = file.getFileName().toString();
          if (!simple.endsWith(".class") || simple.equals("package-info.class")) {
            continue;
          }
          try {
            Class<?> type = Class.forName(name + "." + simple.substring(0, simple.length() - 6));
            if (Modifier.isPublic(type.getModifiers()) && !type.isAnnotation()) {
              types.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return types;
  }

  private static boolean isLenientComponent(Executable executable, int index) {
    Class<?> type = executable.getDeclaringClass();
    if (!type.isRecord() || !(executable instanceof Constructor) || !type.getPackageName().equals("dev.masthead.model")) {
      return false;
    }
    Class<?> parameter = executable.getParameterTypes()[index];
    return parameter == List.class || parameter.isEnum();
  }

  /** Whether the value made with a null in {@code index} holds an empty list or a default there. */
  private static boolean readsAsEmptyOrDefault(Executable executable, Object[] args, int index) {
    try {
      Object value = ((Constructor<?>) executable).newInstance(args);
      Class<?> type = executable.getDeclaringClass();
      if (executable.getParameterCount() != type.getRecordComponents().length) {
        return true; // a shorter constructor: its parameters are not the components, one to one
      }
      Object component = type.getRecordComponents()[index].getAccessor().invoke(value);
      return component instanceof List ? ((List<?>) component).isEmpty() : component != null;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Returns a value of {@code type}; a builder comes from its enclosing type's {@code builder} method. */
  private static @Nullable Object receiver(Class<?> type) {
    Object value = VALUES.get(type);
    Class<?> enclosing = type.getEnclosingClass();
    if (value != null || enclosing == null || !type.getSimpleName().equals("Builder")) {
      return value;
    }
    for (Method method : enclosing.getMethods()) {
      Object[] args = method.getName().equals("builder") && Modifier.isStatic(method.getModifiers())
          ? defaults(method) : null;
      if (args != null) {
        try {
          return method.invoke(null, args);
        } catch (ReflectiveOperationException e) {
          // Try the next one.
        }
      }
    }
    return null;
  }

  private static List<Executable> executables(Class<?> type) {
    List<Executable> all = new ArrayList<>();
    for (Constructor<?> constructor : type.getConstructors()) {
      all.add(constructor);
    }
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
          && !(method.getName().equals("equals") && method.getParameterCount() == 1)) {
        all.add(method);
      }
    }
    return all;
  }

  private static Object @Nullable [] defaults(Executable executable) {
    Class<?>[] types = executable.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i];
      if (type == int.class) {
        args[i] = 1;
      } else if (type == long.class) {
        args[i] = 1L;
      } else if (type == boolean.class) {
        args[i] = false;
      } else if (type.isArray()) {
        args[i] = java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
      } else if (VALUES.containsKey(type)) {
        args[i] = VALUES.get(type);
      } else {
        return null;
      }
    }
    return args;
  }

  /** Whether the call with valid values returns normally, so that a null is what a failure is about. */
  private static boolean callable(Executable executable, @Nullable Object receiver, Object[] args) {
    return call(executable, receiver, args) == null;
  }

  private static @Nullable Throwable call(Executable executable, @Nullable Object receiver, Object[] args) {
    try {
      if (executable instanceof Method) {
        ((Method) executable).invoke(receiver, args);
      } else {
        ((Constructor<?>) executable).newInstance(args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException e) {
      return e;
    }
  }

  private static String describe(Executable executable, int index) {
    String parameters = Stream.of(executable.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "));
    return executable.getDeclaringClass().getSimpleName() + "." + (executable instanceof Constructor ? "<init>" : executable.getName())
        + "(" + parameters + ") #" + index;
  }
}
