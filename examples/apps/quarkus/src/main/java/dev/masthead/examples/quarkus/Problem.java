package dev.masthead.examples.quarkus;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.masthead.validation.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem detail, answered as {@code application/problem+json}, with every Masthead
 * violation at its JSON Pointer in wire names: the shape masthead-spring-boot answers with in
 * Spring Boot 4.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param violations each problem found, with its pointer, code and message
 * @param line where a malformed document went wrong, 1-based, 0 when unknown; absent for content
 * @param column the column of that place, 1-based, 0 when unknown; absent for content
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, List<Violation> violations,
    @Nullable Integer line, @Nullable Integer column) {}
