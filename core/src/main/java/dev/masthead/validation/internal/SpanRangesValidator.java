package dev.masthead.validation.internal;

import dev.masthead.model.Paragraph;
import dev.masthead.model.Span;
import dev.masthead.validation.Codes;
import dev.masthead.validation.SpanRanges;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link SpanRanges}; a bad span is reported on its {@code start} or {@code end}, as in
 * {@code /body/0/emphasis/1/end}.
 */
public final class SpanRangesValidator implements ConstraintValidator<SpanRanges, Paragraph>, FactAware<Paragraph> {
  @Override
  public boolean isValid(Paragraph paragraph, ConstraintValidatorContext context) {
    if (hasNothingToCheck(paragraph)) {
      return true;
    }
    int length = TextRules.codePointCount(paragraph.text());
    boolean emphasis = report(context, "emphasis", paragraph.emphasis(), length);
    boolean strong = report(context, "strong", paragraph.strong(), length);
    return emphasis && strong;
  }

  /** Reports each bad span of one list; returns whether all were good. */
  private static boolean report(
      ConstraintValidatorContext context, String property, List<Span> spans, int length) {
    int previousEnd = 0;
    boolean valid = true;
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      String end = badEnd(span, previousEnd, length);
      if (end != null) {
        // Disabling twice is harmless: the default violation is dropped once any span is reported.
        context.disableDefaultConstraintViolation();
        valid = false;
        context
            .buildConstraintViolationWithTemplate(Templates.of(Codes.SPAN_RANGE))
            .addPropertyNode(property)
            .addPropertyNode(end)
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
      previousEnd = Math.max(previousEnd, span.end());
    }
    return valid;
  }

  @Override
  public boolean isValid(@Nullable Paragraph paragraph, int facts) {
    if (hasNothingToCheck(paragraph)) {
      return true;
    }
    int length = TextFacts.codePointCount(paragraph.text(), facts);
    return isValid(paragraph.emphasis(), length) && isValid(paragraph.strong(), length);
  }

  private static boolean isValid(List<Span> spans, int length) {
    int previousEnd = 0;
    for (Span span : spans) {
      if (badEnd(span, previousEnd, length) != null) {
        return false;
      }
      previousEnd = Math.max(previousEnd, span.end());
    }
    return true;
  }

  private static boolean hasNothingToCheck(@Nullable Paragraph paragraph) {
    return paragraph == null || paragraph.text() == null
        || (paragraph.emphasis().isEmpty() && paragraph.strong().isEmpty());
  }

  /**
   * Returns the end of a span that is wrong, "start" or "end", or null when the span lies in a text
   * of {@code length} code points and after every earlier span of its list.
   */
  private static @Nullable String badEnd(Span span, int previousEnd, int length) {
    if (span.start() < previousEnd) {
      return "start";
    }
    if (span.end() <= span.start() || span.end() > length) {
      return "end";
    }
    return null;
  }
}
