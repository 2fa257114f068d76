package dev.masthead.validation;

import dev.masthead.validation.internal.FastValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Validates Masthead content and reports every violation with a JSON Pointer, a stable code and a
 * short message.
 *
 * <p>{@code List<Violation> problems = MastheadValidator.standard().validatePublishable(article);}
 *
 * <p>The rules are the Jakarta Bean Validation constraints on the model types, so an application's
 * own validator (a web framework's {@code @Valid}) enforces exactly the same rules; {@link
 * #of(Validator)} wraps such a validator to get Masthead's reports from it. {@link #standard()} is
 * built once, on Hibernate Validator with the parameter message interpolator, so no input ever
 * reaches an expression language.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Every violation is reported, not only the first.
 *   <li>Violations come sorted by pointer (numeric segments in numeric order), then code.
 *   <li>This class is immutable and thread-safe; share one instance.
 * </ul>
 */
public final class MastheadValidator {
  private final @Nullable Validator validator;

  private MastheadValidator(@Nullable Validator validator) {
    this.validator = validator;
  }

  /**
   * Returns the shared validator, built on first use.
   *
   * @return the shared instance
   */
  public static MastheadValidator standard() {
    return Standard.INSTANCE;
  }

  /**
   * Returns a facade over an application's own Jakarta validator.
   *
   * @param validator the validator to run
   * @return a facade that reports that validator's violations
   */
  public static MastheadValidator of(Validator validator) {
    return new MastheadValidator(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Returns a new Hibernate Validator factory configured as {@link #standard()} is: the parameter
   * message interpolator, with no expression language. For applications that build their own.
   *
   * @return a new factory; the caller closes it
   */
  public static ValidatorFactory newValidatorFactory() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /**
   * Validates at the well-formed level (the {@link Default} group).
   *
   * @param value the value to validate
   * @return every violation, empty when the value is well-formed
   */
  public List<Violation> validate(Object value) {
    return validate(value, ValidationLevel.WELL_FORMED, CheckedText.NOTHING);
  }

  /**
   * Validates at the publishable level, which includes the well-formed one.
   *
   * @param value the value to validate
   * @return every violation, empty when the value may be published
   */
  public List<Violation> validatePublishable(Object value) {
    return validate(value, ValidationLevel.PUBLISHABLE, CheckedText.NOTHING);
  }

  /**
   * Validates at the given level.
   *
   * @param value the value to validate
   * @param level the level
   * @return every violation, empty when the value satisfies the level
   */
  public List<Violation> validate(Object value, ValidationLevel level) {
    return validate(value, level, CheckedText.NOTHING);
  }

  /**
   * Validates at the given level a value of whose texts the caller has already checked what {@code
   * checked} says: the reader's seam (see {@link CheckedText}). The result is the same as {@link
   * #validate(Object, ValidationLevel)}'s when the facts hold; {@link #standard()} only does less
   * work for it.
   *
   * @param value the value to validate
   * @param level the level
   * @param checked what holds of every text of {@code value}
   * @return every violation, empty when the value satisfies the level
   */
  public List<Violation> validate(Object value, ValidationLevel level, CheckedText checked) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(checked, "checked");
    if (validator == null) {
      // Valid content, the common case, is confirmed by running the same constraints directly;
      // Hibernate Validator builds the report, with paths and messages, only when there is one.
      if (Standard.FAST.isValid(value, level == ValidationLevel.PUBLISHABLE, checked.bits())) {
        return List.of();
      }
      return violations(Hibernate.VALIDATOR.validate(value, level.group()));
    }
    return violations(validator.validate(value, level.group()));
  }

  /**
   * Validates with the given groups, such as an application's own.
   *
   * @param value the value to validate
   * @param groups the groups, such as {@link Default} or {@link Publishable}
   * @return every violation
   */
  public List<Violation> validate(Object value, Class<?>... groups) {
    Objects.requireNonNull(value, "value");
    if (groups.length == 1 && groups[0] == Default.class) {
      return validate(value, ValidationLevel.WELL_FORMED);
    }
    if (groups.length == 1 && groups[0] == Publishable.class) {
      return validate(value, ValidationLevel.PUBLISHABLE);
    }
    return violations((validator == null ? Hibernate.VALIDATOR : validator).validate(value, groups));
  }

  /**
   * Returns {@code value} if it is well-formed.
   *
   * @param <T> the type of the value
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidContentException listing every violation
   */
  public <T> T requireWellFormed(T value) {
    return require(value, ValidationLevel.WELL_FORMED);
  }

  /**
   * Returns {@code value} if it may be published.
   *
   * @param <T> the type of the value
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidContentException listing every violation
   */
  public <T> T requirePublishable(T value) {
    return require(value, ValidationLevel.PUBLISHABLE);
  }

  /**
   * Returns {@code value} if it satisfies {@code level}.
   *
   * @param <T> the type of the value
   * @param value the value to check
   * @param level the level
   * @return {@code value}
   * @throws InvalidContentException listing every violation
   */
  public <T> T require(T value, ValidationLevel level) {
    List<Violation> violations = validate(value, level);
    if (!violations.isEmpty()) {
      throw new InvalidContentException(subject(value), level, violations);
    }
    return value;
  }

  /**
   * Converts Jakarta constraint violations, such as a web framework reports them, to Masthead's.
   *
   * @param violations the constraint violations
   * @return the violations with pointers and codes, sorted
   */
  public static List<Violation> violations(Set<? extends ConstraintViolation<?>> violations) {
    if (violations.isEmpty()) {
      return List.of();
    }
    List<Violation> result = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> violation : violations) {
      result.add(Violation.of(pointer(violation.getPropertyPath()), code(violation), violation.getMessage()));
    }
    result.sort(Violation.ORDER);
    return List.copyOf(result);
  }

  /**
   * Returns the JSON Pointer of a property path: {@code authors[0].url} becomes {@code
   * /authors/0/url}.
   *
   * @param path the property path
   * @return the pointer, {@code ""} for the root
   */
  public static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/').append(escape(String.valueOf(node.getKey())));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append('/').append(escape(node.getName()));
      }
    }
    return pointer.toString();
  }

  private static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static String code(ConstraintViolation<?> violation) {
    String code = MessageTemplates.codeOf(violation.getMessageTemplate());
    if (code != null) {
      return code;
    }
    // A constraint that is not Masthead's, such as an application's own: name it by its annotation.
    String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return words(name, '_');
  }

  private static String subject(Object value) {
    return words(value.getClass().getSimpleName(), ' ');
  }

  private static String words(String camelCase, char separator) {
    StringBuilder words = new StringBuilder(camelCase.length() + 4);
    for (int i = 0; i < camelCase.length(); i++) {
      char c = camelCase.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(separator);
      }
      words.append(Character.toLowerCase(c));
    }
    return words.toString().toLowerCase(Locale.ROOT);
  }

  private static final class Standard {
    static final MastheadValidator INSTANCE = new MastheadValidator(null);
    static final FastValidator FAST = new FastValidator();
  }

  private static final class Hibernate {
    /** Built on the first violation, so that valid content never pays for Hibernate Validator's start. */
    @SuppressWarnings("resource") // lives as long as the class loader, like the validator it serves
    static final Validator VALIDATOR = newValidatorFactory().getValidator();
  }
}
