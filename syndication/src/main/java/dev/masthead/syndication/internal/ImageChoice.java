package dev.masthead.syndication.internal;

import dev.masthead.model.Image;
import dev.masthead.model.Rendition;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Picks the images Google's Article guidance asks for: the image itself (its first rendition when
 * it has no URL of its own), then for each of the
 * aspect ratios 16x9, 4x3 and 1x1 the largest rendition of that ratio (within 1%) with at least
 * {@value #MIN_PIXELS} pixels. Renditions not picked are reported dropped.
 */
public final class ImageChoice {
  /** The fewest pixels (width times height) of an image Google uses for an article. */
  public static final long MIN_PIXELS = 50_000;
  /** The aspect ratios Google asks for, as width and height. */
  public static final int[][] RATIOS = {{16, 9}, {4, 3}, {1, 1}};

  private ImageChoice() {}

  /**
   * One image: the main one or a rendition.
   *
   * @param url where it is
   * @param width its width in pixels
   * @param height its height in pixels
   * @param mediaType its media type
   * @param pointer where it is in the article
   */
  public record Candidate(
      String url, @Nullable Integer width, @Nullable Integer height, @Nullable String mediaType, String pointer) {

    /** Whether the image is at least {@value #MIN_PIXELS} pixels of the ratio {@code w:h}, within 1%. */
    boolean fits(int w, int h) {
      if (width == null || height == null || (long) width * height < MIN_PIXELS) {
        return false;
      }
      return Math.abs((long) width * h - (long) height * w) * 100 <= (long) height * w;
    }
  }

  /**
   * Returns the images to mark up, the image's own first.
   *
   * @param image the image
   * @param pointer where the image is in the article
   * @param losses where the renditions left out are reported
   * @return the images, empty when none has a URL
   */
  public static List<Candidate> choose(Image image, String pointer, Losses losses) {
    List<Candidate> all = new ArrayList<>();
    if (image.url() != null) {
      all.add(new Candidate(image.url(), image.width(), image.height(), null, pointer));
    }
    for (int i = 0; i < image.renditions().size(); i++) {
      Rendition rendition = image.renditions().get(i);
      all.add(new Candidate(rendition.url(), rendition.width(), rendition.height(), rendition.mediaType(),
          pointer + "/renditions/" + i));
    }
    List<Candidate> chosen = new ArrayList<>();
    if (all.isEmpty()) {
      return chosen;
    }
    chosen.add(all.get(0));
    if (image.url() == null) {
      losses.guessed(all.get(0).pointer(), "the image has no url of its own: its first rendition stands in");
    }
    for (int[] ratio : RATIOS) {
      Candidate best = best(all, ratio);
      if (best != null && !chosen.contains(best) && chosen.stream().noneMatch(c -> c.fits(ratio[0], ratio[1]))) {
        chosen.add(best);
      }
    }
    for (Candidate candidate : all) {
      if (!chosen.contains(candidate)) {
        losses.dropped(candidate.pointer(), "not the largest 16x9, 4x3 or 1x1 image of at least 50,000 pixels");
      }
    }
    return chosen;
  }

  /**
   * Returns the ratios, such as {@code 4x3}, for which neither the image nor a rendition fits.
   *
   * @param image the image
   * @return the missing ratios, in the order 16x9, 4x3, 1x1
   */
  public static List<String> missing(Image image) {
    List<Candidate> all = choose(image, "", new Losses());
    List<String> missing = new ArrayList<>();
    for (int[] ratio : RATIOS) {
      if (all.stream().noneMatch(c -> c.fits(ratio[0], ratio[1]))) {
        missing.add(ratio[0] + "x" + ratio[1]);
      }
    }
    return missing;
  }

  private static @Nullable Candidate best(List<Candidate> all, int[] ratio) {
    Candidate best = null;
    for (Candidate candidate : all) {
      if (candidate.fits(ratio[0], ratio[1])
          && (best == null || (long) candidate.width() * candidate.height() > (long) best.width() * best.height())) {
        best = candidate;
      }
    }
    return best;
  }
}
