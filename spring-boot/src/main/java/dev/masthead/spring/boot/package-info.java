/**
 * Masthead in a Spring Boot 4 application, by adding one dependency.
 *
 * <ul>
 *   <li>{@link dev.masthead.spring.boot.MastheadAutoConfiguration}: what the application gets, each
 *       part backing off when the application defines its own.
 *   <li>{@link dev.masthead.spring.boot.MastheadJsonMapperBuilderCustomizer}: puts the {@link
 *       dev.masthead.json.MastheadModule}, with its read limits, on Boot's {@code JsonMapper};
 *       the limits are the {@code masthead.json.*} properties of {@link
 *       dev.masthead.spring.boot.MastheadJsonProperties}.
 *   <li>{@link dev.masthead.spring.boot.MastheadProblems}: malformed JSON, invalid content and
 *       {@code @Valid} failures on Masthead types as RFC 9457 problem details, with Masthead's
 *       codes and JSON Pointers; {@link dev.masthead.spring.boot.MastheadExceptionResolver}
 *       answers requests with them, unless {@code masthead.problems.enabled} ({@link
 *       dev.masthead.spring.boot.MastheadProblemsProperties}) is false.
 * </ul>
 */
@NullMarked
package dev.masthead.spring.boot;

import org.jspecify.annotations.NullMarked;
