package dev.masthead.model;

/**
 * How urgent a ticker item is; tickers show more urgent items first.
 *
 * <p>On the wire each constant is its name in lower case.
 */
public enum TickerPriority {
  /** Breaking news, shown first. */
  BREAKING,
  /** Urgent news, shown after breaking news. */
  URGENT,
  /** Ordinary news; the default when a document gives no priority. */
  NORMAL
}
