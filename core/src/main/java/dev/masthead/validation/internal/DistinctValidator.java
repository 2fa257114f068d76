package dev.masthead.validation.internal;

import dev.masthead.model.Author;
import dev.masthead.model.TickerItem;
import dev.masthead.validation.Codes;
import dev.masthead.validation.Distinct;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks {@link Distinct}: strings ignoring case, authors by slug, ticker items by id. Each repeat
 * is reported where it stands: {@code /tags/3}, {@code /authors/1/slug}, {@code /items/2/id}.
 */
public final class DistinctValidator implements ConstraintValidator<Distinct, List<?>> {
  @Override
  public boolean isValid(List<?> values, ConstraintValidatorContext context) {
    if (values == null || values.size() < 2) {
      return true;
    }
    Set<String> seen = new HashSet<>(values.size() * 2);
    boolean valid = true;
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      String key;
      String property;
      if (value instanceof String) {
        key = ((String) value).toLowerCase(Locale.ROOT);
        property = null;
      } else if (value instanceof Author) {
        key = ((Author) value).slug();
        property = "slug";
      } else if (value instanceof TickerItem) {
        key = ((TickerItem) value).id();
        property = "id";
      } else {
        throw new IllegalArgumentException("@Distinct does not apply to " + value.getClass().getName());
      }
      if (key == null || seen.add(key)) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        valid = false;
      }
      var builder = context.buildConstraintViolationWithTemplate(Templates.of(Codes.DUPLICATE));
      if (property == null) {
        builder.addBeanNode().inIterable().atIndex(i).addConstraintViolation();
      } else {
        builder.addPropertyNode(property).inIterable().atIndex(i).addConstraintViolation();
      }
    }
    return valid;
  }
}
