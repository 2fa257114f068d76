/**
 * The Masthead wire format as a Jackson 2 module ({@link dev.masthead.jackson2.MastheadJackson2Module}),
 * for applications on Jackson 2 ({@code com.fasterxml.jackson}): Spring Boot 3, Quarkus, Dropwizard.
 * It reads and writes with the same decoder and encoder as the Jackson 3 module.
 */
// The name follows the package, as every Masthead module's does; "jackson2" is the library's own name.
@SuppressWarnings("module")
module dev.masthead.jackson2 {
  requires transitive dev.masthead.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires dev.masthead.wire;

  exports dev.masthead.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      dev.masthead.jackson2.MastheadJackson2Module;
}
