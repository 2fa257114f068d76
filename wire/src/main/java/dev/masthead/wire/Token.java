package dev.masthead.wire;

/**
 * A JSON token, as a {@link TokenSource} reports it. The names are those of Jackson's tokens, so
 * that messages name a token the same way whichever Jackson line reads it.
 */
public enum Token {
  /** The start of an object. */
  START_OBJECT,
  /** The end of an object. */
  END_OBJECT,
  /** The start of an array. */
  START_ARRAY,
  /** The end of an array. */
  END_ARRAY,
  /** A property name. */
  PROPERTY_NAME,
  /** A string value. */
  VALUE_STRING,
  /** An integer value. */
  VALUE_NUMBER_INT,
  /** A number with a fraction or an exponent. */
  VALUE_NUMBER_FLOAT,
  /** {@code true}. */
  VALUE_TRUE,
  /** {@code false}. */
  VALUE_FALSE,
  /** {@code null}. */
  VALUE_NULL,
  /** A value the parser holds as an object, never produced by a JSON text parser. */
  VALUE_EMBEDDED_OBJECT,
  /** A non-blocking parser has no token yet. */
  NOT_AVAILABLE
}
