package dev.masthead.examples.quarkus;

import dev.masthead.validation.Violation;
import java.util.List;

/**
 * An RFC 9457 problem detail, answered as {@code application/problem+json}, with every Masthead
 * violation at its JSON Pointer in wire names.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of that kind
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param violations each problem found, with its pointer, code and message
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {}
