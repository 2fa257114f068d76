/**
 * IPTC ninjs 3.1 for Masthead: {@link dev.masthead.ninjs.NinjsImporter} reads agency items into
 * articles, {@link dev.masthead.ninjs.NinjsExporter} writes articles for partners, and both report
 * what they could not carry over.
 */
module dev.masthead.ninjs {
  requires transitive dev.masthead.core;
  requires transitive dev.masthead.serialization;
  requires dev.masthead.html;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports dev.masthead.ninjs;
}
