package dev.masthead.model.internal;

import dev.masthead.model.Author;
import dev.masthead.model.AuthorKind;
import dev.masthead.validation.Codes;
import dev.masthead.model.SinglePerson;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SinglePerson}; the violation points at {@code name}. */
public final class SinglePersonValidator implements ConstraintValidator<SinglePerson, Author> {
  @Override
  public boolean isValid(Author author, ConstraintValidatorContext context) {
    if (author == null || author.kind() != AuthorKind.PERSON || author.name() == null) {
      return true;
    }
    String name = author.name();
    if (name.contains(" and ") || name.contains(" & ") || name.indexOf(';') >= 0) {
      Reports.onProperty(context, Codes.MULTIPLE_AUTHORS, "name");
      return false;
    }
    return true;
  }
}
