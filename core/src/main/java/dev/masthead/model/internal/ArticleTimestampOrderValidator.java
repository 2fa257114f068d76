package dev.masthead.model.internal;

import dev.masthead.validation.MessageTemplates;
import dev.masthead.model.Article;
import dev.masthead.validation.Codes;
import dev.masthead.model.TimestampOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link TimestampOrder} on an article. */
public final class ArticleTimestampOrderValidator implements ConstraintValidator<TimestampOrder, Article> {
  @Override
  public boolean isValid(Article article, ConstraintValidatorContext context) {
    if (article == null || article.publishedAt() == null) {
      return true;
    }
    Instant published = article.publishedAt();
    boolean valid = true;
    if (article.updatedAt() != null && article.updatedAt().isBefore(published)) {
      valid = order(context, valid, "updatedAt", "publishedAt", "not be before");
    }
    if (article.expiresAt() != null && !article.expiresAt().isAfter(published)) {
      valid = order(context, valid, "expiresAt", "publishedAt", "be after");
    }
    if (article.embargoedUntil() != null && published.isBefore(article.embargoedUntil())) {
      valid = order(context, valid, "publishedAt", "embargoedUntil", "not be before");
    }
    return valid;
  }

  /** Reports that {@code later} must {@code relation} {@code earlier}; returns false. */
  static boolean order(
      ConstraintValidatorContext context, boolean firstReport, String later, String earlier, String relation) {
    if (firstReport) {
      context.disableDefaultConstraintViolation();
    }
    context
        .unwrap(HibernateConstraintValidatorContext.class)
        .addMessageParameter("relation", relation)
        .addMessageParameter("other", earlier)
        .buildConstraintViolationWithTemplate(MessageTemplates.of(Codes.TIMESTAMP_ORDER))
        .addPropertyNode(later)
        .addConstraintViolation();
    return false;
  }
}
