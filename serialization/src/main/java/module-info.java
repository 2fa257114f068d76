/**
 * The Masthead JSON wire format: a Jackson module for applications' own mappers, a safe reader and
 * writer ({@link dev.masthead.json.MastheadJson}) and the JSON Schema of the format.
 */
module dev.masthead.serialization {
  requires transitive dev.masthead.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires dev.masthead.wire;

  exports dev.masthead.json;

  provides tools.jackson.databind.JacksonModule with
      dev.masthead.json.MastheadModule;
}
