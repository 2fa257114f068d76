package dev.masthead.model;

/**
 * The editorial status of an article.
 *
 * <p>On the wire each constant is its name in lower case.
 */
public enum ArticleStatus {
  /** Being written or edited; not for readers. */
  DRAFT,
  /** Live, or meant to be live once its embargo and publication time allow; the default when a document gives no status. */
  PUBLISHED,
  /** Taken down after publication; kept for the record. */
  WITHDRAWN
}
