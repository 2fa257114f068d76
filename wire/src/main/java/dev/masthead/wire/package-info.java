/**
 * The binding SPI of the Masthead wire format: the one reader ({@link dev.masthead.wire.Decoder})
 * and writer ({@link dev.masthead.wire.Encoder}) of the format, which work over two small
 * interfaces a JSON library implements, {@link dev.masthead.wire.TokenSource} and {@link
 * dev.masthead.wire.TokenSink}.
 *
 * <p>It is for Masthead's Jackson bindings ({@code masthead-serialization} for Jackson 3, {@code
 * masthead-jackson2} for Jackson 2); applications use {@code MastheadJson} or the Jackson modules.
 * It may change between minor versions.
 *
 * <ul>
 *   <li>{@link dev.masthead.wire.Decoder}: reads values without coercion and reports the first
 *       problem as a {@link dev.masthead.wire.WireProblem} with its {@linkplain
 *       dev.masthead.wire.ProblemCodes code}, JSON Pointer, line and column.
 *   <li>{@link dev.masthead.wire.Encoder}: writes values in the format of {@code docs/wire-format.md}.
 *   <li>{@link dev.masthead.wire.ReadOptions} and {@link dev.masthead.wire.ReadLimits}: the list
 *       caps and leniency of a reader, and the stream limits a binding enforces itself when the
 *       parser it is given was configured by someone else.
 *   <li>{@link dev.masthead.wire.Rfc3339}: the strict timestamp parser.
 * </ul>
 */
@NullMarked
package dev.masthead.wire;

import org.jspecify.annotations.NullMarked;
