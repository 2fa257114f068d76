package dev.masthead.model;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.MediaType;
import dev.masthead.validation.internal.Templates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The same picture as its {@link Image} at another size or crop: what feeds {@code srcset}, several
 * aspect ratios for search engines, and ninjs renditions.
 *
 * <p>{@code Rendition.of("https://cdn.example.com/council-640.jpg", 640, 427)}
 *
 * <p>The image's own {@code url}, {@code width} and {@code height} stay its main rendition; these
 * are the others. Nothing is invented: a size that the source does not give stays absent.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param url where this rendition is, an absolute http or https URL
 * @param width the width in pixels, 1 to 100,000
 * @param height the height in pixels, 1 to 100,000
 * @param mediaType the media type, such as {@code image/jpeg}
 */
public record Rendition(
    @NotNull(message = Templates.REQUIRED) @HttpUrl String url,
    @Min(value = 1, message = Templates.TOO_SMALL) @Max(value = 100_000, message = Templates.TOO_LARGE) @Nullable
        Integer width,
    @Min(value = 1, message = Templates.TOO_SMALL) @Max(value = 100_000, message = Templates.TOO_LARGE) @Nullable
        Integer height,
    @MediaType @Nullable String mediaType) {

  /**
   * Returns a rendition without a media type.
   *
   * @param url where it is, an absolute http or https URL
   * @param width the width in pixels, or null
   * @param height the height in pixels, or null
   * @return the rendition
   * @throws dev.masthead.validation.InvalidContentException if the rendition is not well-formed
   */
  public static Rendition of(String url, @Nullable Integer width, @Nullable Integer height) {
    return of(url, width, height, null);
  }

  /**
   * Returns a rendition.
   *
   * @param url where it is, an absolute http or https URL
   * @param width the width in pixels, or null
   * @param height the height in pixels, or null
   * @param mediaType the media type, such as {@code image/webp}, or null
   * @return the rendition
   * @throws dev.masthead.validation.InvalidContentException if the rendition is not well-formed
   */
  public static Rendition of(
      String url, @Nullable Integer width, @Nullable Integer height, @Nullable String mediaType) {
    return MastheadValidator.standard().requireWellFormed(new Rendition(url, width, height, mediaType));
  }
}
