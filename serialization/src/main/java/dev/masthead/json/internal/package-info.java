/** The encoder, decoder and input checks behind the public API. Not API: the package is not exported. */
@NullMarked
package dev.masthead.json.internal;

import org.jspecify.annotations.NullMarked;
