package dev.masthead.validation.internal;

import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.validation.Codes;
import dev.masthead.validation.LinkRanges;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link LinkRanges}; a bad range is reported on its link's {@code start} or {@code end},
 * as in {@code /body/0/links/1/end}.
 */
public final class LinkRangesValidator implements ConstraintValidator<LinkRanges, Paragraph> {
  @Override
  public boolean isValid(Paragraph paragraph, ConstraintValidatorContext context) {
    if (paragraph == null || paragraph.links().isEmpty() || paragraph.text() == null) {
      return true;
    }
    List<Link> links = paragraph.links();
    int length = TextRules.codePointCount(paragraph.text());
    int previousEnd = 0;
    boolean valid = true;
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      String property = null;
      if (link.start() < previousEnd) {
        property = "start";
      } else if (link.end() <= link.start() || link.end() > length) {
        property = "end";
      }
      if (property != null) {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        context
            .buildConstraintViolationWithTemplate(Templates.of(Codes.LINK_RANGE))
            .addPropertyNode("links")
            .addPropertyNode(property)
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
      previousEnd = Math.max(previousEnd, link.end());
    }
    return valid;
  }
}
