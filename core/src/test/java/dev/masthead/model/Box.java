package dev.masthead.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * An application's own bean for tests of the validator's path conversion: a short type name, and a
 * map whose keys become JSON Pointer segments. It lives here because the model package is open to
 * Hibernate Validator.
 *
 * @param labels labels by key, none blank
 */
public record Box(Map<String, @NotBlank String> labels) {}
