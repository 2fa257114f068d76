package dev.masthead.json;

/** How much {@link MastheadJson} validates what it reads. */
public enum ReadValidation {
  /** No content validation: for migrations that read old documents to repair them. */
  NONE,
  /** The well-formed level, the default: what any stored or transported document satisfies. */
  WELL_FORMED,
  /** The publishable level, which includes the well-formed one. */
  PUBLISHABLE
}
