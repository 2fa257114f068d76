/**
 * The reader and writer of the Masthead wire format over a {@linkplain dev.masthead.wire.TokenSource
 * token source} and a {@linkplain dev.masthead.wire.TokenSink token sink}: one decoder and one
 * encoder for Masthead's Jackson 3 and Jackson 2 bindings. It depends on no JSON library.
 */
module dev.masthead.wire {
  requires transitive dev.masthead.core;

  exports dev.masthead.wire;
}
