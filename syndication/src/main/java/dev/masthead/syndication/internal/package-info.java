/** The writers behind the syndication API: script-safe JSON, XML 1.0 text, the neutral feed. */
@NullMarked
package dev.masthead.syndication.internal;

import org.jspecify.annotations.NullMarked;
