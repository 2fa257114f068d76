package dev.masthead.html;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code srcset} attribute: image candidates as URL and width, written and parsed as HTML does. */
final class Srcset {
  /**
   * One image candidate.
   *
   * @param url the URL
   * @param width the width descriptor in pixels, or null when the candidate has none
   */
  record Candidate(String url, @Nullable Integer width) {}

  private Srcset() {}

  /**
   * Whether a URL can stand in a srcset: HTML ends a candidate's URL at white space and drops commas
   * at its end, so a URL ending in a comma would change.
   */
  static boolean fits(String url) {
    return !url.endsWith(",") && !url.startsWith(",");
  }

  /** Writes candidates that all have a width: {@code URL 800w, URL 1600w}. */
  static String format(List<Candidate> candidates) {
    StringBuilder srcset = new StringBuilder();
    for (Candidate candidate : candidates) {
      if (srcset.length() > 0) {
        srcset.append(", ");
      }
      srcset.append(candidate.url()).append(' ').append(candidate.width()).append('w');
    }
    return srcset.toString();
  }

  /**
   * Parses a srcset as the HTML standard does: skip white space and commas, take the URL up to white
   * space (dropping commas at its end), then descriptors up to the next comma. A candidate whose
   * descriptor is not a width in pixels ({@code 2x}, {@code 800h}) comes back without a width.
   */
  static List<Candidate> parse(String srcset) {
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    int n = srcset.length();
    while (i < n) {
      while (i < n && (Whitespace.isHtmlSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !Whitespace.isHtmlSpace(srcset.charAt(i))) {
        i++;
      }
      String url = srcset.substring(start, i);
      boolean descriptors = true;
      if (url.endsWith(",")) {
        while (url.endsWith(",")) {
          url = url.substring(0, url.length() - 1);
        }
        descriptors = false;
      }
      Integer width = null;
      if (descriptors) {
        int descriptorStart = i;
        while (i < n && srcset.charAt(i) != ',') {
          i++;
        }
        String descriptor = srcset.substring(descriptorStart, i).trim();
        if (descriptor.matches("[0-9]{1,6}w")) {
          width = Integer.parseInt(descriptor.substring(0, descriptor.length() - 1));
        }
      }
      if (!url.isEmpty()) {
        candidates.add(new Candidate(url, width));
      }
    }
    return candidates;
  }
}
