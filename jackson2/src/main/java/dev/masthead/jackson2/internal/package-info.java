/** The Jackson 2 token source and sink of the shared reader and writer, and the module's (de)serializers. */
@NullMarked
package dev.masthead.jackson2.internal;

import org.jspecify.annotations.NullMarked;
