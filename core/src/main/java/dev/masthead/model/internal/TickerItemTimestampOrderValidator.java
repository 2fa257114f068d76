package dev.masthead.model.internal;

import dev.masthead.model.TickerItem;
import dev.masthead.model.TimestampOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link TimestampOrder} on a ticker item. */
public final class TickerItemTimestampOrderValidator
    implements ConstraintValidator<TimestampOrder, TickerItem> {
  @Override
  public boolean isValid(TickerItem item, ConstraintValidatorContext context) {
    if (item == null || item.publishedAt() == null || item.expiresAt() == null
        || item.expiresAt().isAfter(item.publishedAt())) {
      return true;
    }
    return ArticleTimestampOrderValidator.order(context, true, "expiresAt", "publishedAt", "be after");
  }
}
