package dev.masthead.json.internal;

import dev.masthead.validation.CheckedText;
import dev.masthead.validation.Codes;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last step of a read: validates a decoded value at the configured level and reports missing
 * required properties, and unknown properties in strict mode, every violation with its pointer into
 * the document. A value with a missing property holds stand-ins, so it is never returned,
 * validated or not; what the validator says of a stand-in is dropped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContentCheck {
  private final @Nullable ValidationLevel level;
  private final MastheadValidator validator;

  /**
   * Creates a check.
   *
   * @param level the level to validate at, or null not to validate content
   * @param validator the validator
   */
  public ContentCheck(@Nullable ValidationLevel level, MastheadValidator validator) {
    this.level = level;
    this.validator = validator;
  }

  /**
   * Returns the decoded value if it passes.
   *
   * @param decoded the value and what the decoder found
   * @param checked what the reader established of every text while checking the encoding
   * @return the value
   * @throws InvalidContentException if it does not pass, naming the value as {@link
   *     Failures#subject(Object)} does
   */
  public <T> T check(Decoded<T> decoded, CheckedText checked) {
    T value = decoded.value();
    List<String> unknownProperties = decoded.unknownProperties();
    List<String> missingProperties = decoded.missingProperties();
    List<Violation> violations = level == null ? List.of() : validator.validate(value, level, checked);
    if (violations.isEmpty() && unknownProperties.isEmpty() && missingProperties.isEmpty()) {
      return value;
    }
    List<Violation> all = new ArrayList<>(violations.size() + unknownProperties.size() + missingProperties.size());
    for (Violation violation : violations) {
      String pointer = decoded.documentPointers().apply(violation.pointer());
      if (!isAtOrUnder(pointer, missingProperties)) {
        all.add(Violation.of(pointer, violation.code(), violation.message()));
      }
    }
    for (String pointer : missingProperties) {
      all.add(Violation.of(pointer, Codes.REQUIRED, "is required"));
    }
    for (String pointer : unknownProperties) {
      all.add(Violation.of(pointer, Codes.UNKNOWN_PROPERTY, "is not a property of the wire format"));
    }
    all.sort(Violation.ORDER);
    // Missing and unknown properties are reported even when content is not validated.
    throw new InvalidContentException(Failures.subject(value), level == null ? ValidationLevel.WELL_FORMED : level, all);
  }

  private static boolean isAtOrUnder(String pointer, List<String> missing) {
    for (String stub : missing) {
      if (pointer.equals(stub) || pointer.startsWith(stub + "/")) {
        return true;
      }
    }
    return false;
  }
}
