/**
 * The Masthead wire format for Jackson 2.
 *
 * <ul>
 *   <li>{@link dev.masthead.jackson2.MastheadJackson2Module}: the module, with the limits of {@code
 *       MastheadJson} held on every Masthead value it reads.
 *   <li>{@link dev.masthead.jackson2.MastheadMappingException}: input that cannot be read, with its
 *       code, JSON Pointer, line and column.
 * </ul>
 */
@NullMarked
package dev.masthead.jackson2;

import org.jspecify.annotations.NullMarked;
