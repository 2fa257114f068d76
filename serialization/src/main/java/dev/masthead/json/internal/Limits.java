package dev.masthead.json.internal;

import dev.masthead.json.MalformedJsonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's stream limits, each of which, when exceeded, fails with a {@link Exceeded} that names
 * the limit by its {@link MalformedJsonException} code: the reader maps limit errors by type and
 * limit, never by the text of Jackson's messages.
 *
 * <p>{@code JsonFactory.builder().streamReadConstraints(Limits.of(...))}
 */
public final class Limits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  private Limits(int maxDepth, long maxDocumentLength, long maxTokens, int maxNumberLength, int maxStringLength,
      int maxNameLength) {
    super(maxDepth, maxDocumentLength, maxTokens, maxNumberLength, maxStringLength, maxNameLength);
  }

  /**
   * Returns limits; a document length or token count of -1 means none.
   *
   * @param maxDepth the deepest nesting
   * @param maxDocumentLength the longest document, in bytes or characters, or -1
   * @param maxTokens the most tokens, or -1
   * @param maxNumberLength the longest number, in characters
   * @param maxStringLength the longest string value, in characters
   * @param maxNameLength the longest property name, in characters
   * @return the limits
   */
  public static Limits of(int maxDepth, long maxDocumentLength, long maxTokens, int maxNumberLength,
      int maxStringLength, int maxNameLength) {
    return new Limits(maxDepth, maxDocumentLength, maxTokens, maxNumberLength, maxStringLength, maxNameLength);
  }

  @Override
  public void validateNestingDepth(int depth) {
    if (depth > getMaxNestingDepth()) {
      throw new Exceeded(MalformedJsonException.TOO_DEEP, "nesting depth", getMaxNestingDepth());
    }
  }

  @Override
  public void validateDocumentLength(long length) {
    if (hasMaxDocumentLength() && length > getMaxDocumentLength()) {
      throw new Exceeded(MalformedJsonException.DOCUMENT_TOO_LARGE, "document length", getMaxDocumentLength());
    }
  }

  @Override
  public void validateTokenCount(long count) {
    if (hasMaxTokenCount() && count > getMaxTokenCount()) {
      throw new Exceeded(MalformedJsonException.TOO_MANY_TOKENS, "token count", getMaxTokenCount());
    }
  }

  @Override
  public void validateFPLength(int length) {
    validateNumberLength(length);
  }

  @Override
  public void validateIntegerLength(int length) {
    validateNumberLength(length);
  }

  private void validateNumberLength(int length) {
    if (length > getMaxNumberLength()) {
      throw new Exceeded(MalformedJsonException.NUMBER_TOO_LONG, "number length", getMaxNumberLength());
    }
  }

  @Override
  public void validateStringLength(int length) {
    validateStringLengthLong(length);
  }

  // Jackson 3.1 added this method and calls it for long strings; no @Override, so that this class
  // also compiles against Jackson 3.0, the lowest version supported, which calls the int form above.
  public void validateStringLengthLong(long length) {
    if (length > getMaxStringLength()) {
      throw new Exceeded(MalformedJsonException.STRING_TOO_LONG, "string length", getMaxStringLength());
    }
  }

  @Override
  public void validateNameLength(int length) {
    if (length > getMaxNameLength()) {
      throw new Exceeded(MalformedJsonException.NAME_TOO_LONG, "property name length", getMaxNameLength());
    }
  }

  /** A limit was exceeded; {@link #code()} says which. */
  public static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final String code;

    Exceeded(String code, String limit, long max) {
      super(limit + " exceeds the limit of " + max);
      this.code = code;
    }

    /**
     * Returns the {@link MalformedJsonException} code of the limit.
     *
     * @return the code
     */
    public String code() {
      return code;
    }
  }
}
