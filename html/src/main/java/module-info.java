/**
 * Masthead articles as safe HTML5 and back: {@link dev.masthead.html.HtmlWriter} renders a body, an
 * article fragment or a standalone page, {@link dev.masthead.html.HtmlReader} turns HTML from a CMS
 * export, a feed or a rendered page into blocks or an article, with a report of what it dropped,
 * changed or guessed.
 */
module dev.masthead.html {
  requires transitive dev.masthead.core;
  requires org.jsoup;

  exports dev.masthead.html;
}
