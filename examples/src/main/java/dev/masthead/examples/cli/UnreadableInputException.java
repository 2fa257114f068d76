package dev.masthead.examples.cli;

/**
 * Input that is not a document of the format it is read as: {@code masthead convert} prints the
 * message after the file name and exits with {@link Masthead#MALFORMED}.
 */
final class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }

  UnreadableInputException(String message) {
    super(message);
  }
}
