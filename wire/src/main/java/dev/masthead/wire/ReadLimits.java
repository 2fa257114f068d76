package dev.masthead.wire;

/**
 * The stream limits of one read, counted from where the Masthead value starts: size, nesting depth,
 * string, number and property-name length, and token count. A binding whose parser was configured
 * by an application enforces them itself, in its {@link TokenSource}, with the codes of {@link
 * ProblemCodes}; the defaults are those of {@code MastheadJson}.
 *
 * <p>{@code ReadLimits limits = new ReadLimits(1_000_000, 16, 20_000, 24, 256, 100_000);}
 *
 * @param maxDocumentBytes the most bytes (characters for text input) of the value
 * @param maxDepth the deepest nesting of objects and arrays inside the value, itself counted as 1
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number literal, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxTokens the most tokens of the value
 */
public record ReadLimits(
    long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
    long maxTokens) {
  /** The defaults of {@code MastheadJson}: 10,000,000 bytes, depth 32, strings of 100,000, numbers of 24, names of 256, 1,000,000 tokens. */
  public static final ReadLimits DEFAULT = new ReadLimits(10_000_000, 32, 100_000, 24, 256, 1_000_000);

  /**
   * Checks that every limit is at least 1.
   *
   * @param maxDocumentBytes the most bytes of the value
   * @param maxDepth the deepest nesting
   * @param maxStringLength the longest string value
   * @param maxNumberLength the longest number literal
   * @param maxNameLength the longest property name
   * @param maxTokens the most tokens
   */
  public ReadLimits {
    positive(maxDocumentBytes, "maxDocumentBytes");
    positive(maxDepth, "maxDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxTokens, "maxTokens");
  }

  /**
   * Returns {@code value} if it is at least 1, as every limit must be.
   *
   * @param value the limit
   * @param name the limit's name, for the message
   * @return the value
   * @throws IllegalArgumentException if it is below 1
   */
  public static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return value;
  }

  /**
   * Returns a problem for a string longer than {@link #maxStringLength()}.
   *
   * @param source where the string is
   * @return the problem
   */
  public WireProblem stringTooLong(TokenSource source) {
    return exceeded(source, ProblemCodes.STRING_TOO_LONG, "string length", maxStringLength);
  }

  /**
   * Returns a problem for a property name longer than {@link #maxNameLength()}.
   *
   * @param source where the name is
   * @return the problem
   */
  public WireProblem nameTooLong(TokenSource source) {
    // The pointer of the object, as a parser that refuses the name before taking it reports it.
    String pointer = source.pointer();
    return new WireProblem(ProblemCodes.NAME_TOO_LONG, pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))),
        "property name length exceeds the limit of " + maxNameLength, source.line(), source.column());
  }

  /**
   * Returns a problem for a number longer than {@link #maxNumberLength()}.
   *
   * @param source where the number is
   * @return the problem
   */
  public WireProblem numberTooLong(TokenSource source) {
    return exceeded(source, ProblemCodes.NUMBER_TOO_LONG, "number length", maxNumberLength);
  }

  /**
   * Returns a problem for nesting deeper than {@link #maxDepth()}.
   *
   * @param source where the nesting is
   * @return the problem
   */
  public WireProblem tooDeep(TokenSource source) {
    return exceeded(source, ProblemCodes.TOO_DEEP, "nesting depth", maxDepth);
  }

  /**
   * Returns a problem for more tokens than {@link #maxTokens()}.
   *
   * @param source where the reading is
   * @return the problem
   */
  public WireProblem tooManyTokens(TokenSource source) {
    return exceeded(source, ProblemCodes.TOO_MANY_TOKENS, "token count", maxTokens);
  }

  /**
   * Returns a problem for a value larger than {@link #maxDocumentBytes()}.
   *
   * @param source where the reading is
   * @return the problem
   */
  public WireProblem tooLarge(TokenSource source) {
    return new WireProblem(ProblemCodes.DOCUMENT_TOO_LARGE, source.pointer(),
        "document is larger than the limit of " + maxDocumentBytes + " bytes", source.line(), source.column());
  }

  private static WireProblem exceeded(TokenSource source, String code, String limit, long max) {
    // The words of MastheadJson's own limit errors, so that both paths read the same.
    return new WireProblem(code, source.pointer(), limit + " exceeds the limit of " + max, source.line(),
        source.column());
  }
}
