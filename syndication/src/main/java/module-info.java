/**
 * Masthead content for search engines and feed readers: schema.org JSON-LD of an article
 * ({@link dev.masthead.syndication.JsonLd}) and JSON Feed 1.1, RSS 2.0 and Atom 1.0 feeds of a
 * ticker or a list of articles ({@link dev.masthead.syndication.FeedWriter}).
 */
module dev.masthead.syndication {
  requires transitive dev.masthead.core;
  requires dev.masthead.html;
  requires tools.jackson.core;
  requires java.xml;

  exports dev.masthead.syndication;

  // Hibernate Validator reads the constraints on the feed metadata and publisher records.
  opens dev.masthead.syndication to org.hibernate.validator;
}
