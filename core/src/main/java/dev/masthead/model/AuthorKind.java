package dev.masthead.model;

/**
 * What an author is.
 *
 * <p>On the wire each constant is its name in lower case.
 */
public enum AuthorKind {
  /** A person; the default when a document gives no kind. */
  PERSON,
  /** An organization, such as a news agency or a desk. */
  ORGANIZATION
}
