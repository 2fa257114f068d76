package dev.masthead.model.internal;

import dev.masthead.validation.MessageTemplates;
import dev.masthead.model.Link;
import dev.masthead.model.Paragraph;
import dev.masthead.validation.CheckedText;
import dev.masthead.validation.CheckedTextValidator;
import dev.masthead.validation.Codes;
import dev.masthead.model.LinkRanges;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link LinkRanges}; a bad range is reported on its link's {@code start} or {@code end},
 * as in {@code /body/0/links/1/end}.
 */
public final class LinkRangesValidator implements CheckedTextValidator<LinkRanges, Paragraph> {
  @Override
  public boolean isValid(@Nullable Paragraph paragraph, CheckedText checked) {
    if (hasNothingToCheck(paragraph)) {
      return true;
    }
    List<Link> links = paragraph.links();
    // Counting a long text's code points is most of this rule's cost; a reader often knows it.
    int length = checked.codePointCount(paragraph.text());
    int previousEnd = 0;
    for (Link link : links) {
      if (badEnd(link, previousEnd, length) != null) {
        return false;
      }
      previousEnd = Math.max(previousEnd, link.end());
    }
    return true;
  }

  @Override
  public boolean isValid(Paragraph paragraph, ConstraintValidatorContext context) {
    if (hasNothingToCheck(paragraph)) {
      return true;
    }
    List<Link> links = paragraph.links();
    int length = paragraph.text().codePointCount(0, paragraph.text().length());
    int previousEnd = 0;
    boolean valid = true;
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      String property = badEnd(link, previousEnd, length);
      if (property != null) {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        context
            .buildConstraintViolationWithTemplate(MessageTemplates.of(Codes.LINK_RANGE))
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

  private static boolean hasNothingToCheck(@Nullable Paragraph paragraph) {
    return paragraph == null || paragraph.links().isEmpty() || paragraph.text() == null;
  }

  /**
   * Returns the end of a link's range that is wrong, "start" or "end", or null when the range lies
   * in a text of {@code length} code points and after every earlier link's.
   */
  private static @Nullable String badEnd(Link link, int previousEnd, int length) {
    if (link.start() < previousEnd) {
      return "start";
    }
    if (link.end() <= link.start() || link.end() > length) {
      return "end";
    }
    return null;
  }
}
