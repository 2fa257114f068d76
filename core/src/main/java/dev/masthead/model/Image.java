package dev.masthead.model;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.Publishable;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A photo, illustration or graphic: where it is, how to describe it, and who made it.
 *
 * <p>{@code Image.builder().url("https://cdn.example.com/council.jpg").altText("The council
 * chamber").credit(Credit.of(Credit.PHOTO, "A. Smith", "Example Agency")).build()}
 *
 * <p>Every part is optional while a piece is being prepared: the URL may not be known yet, and a
 * missing credit is a real publishing lapse that must be expressible. The {@link Publishable} level
 * requires the URL, the alt text and the credit. Nothing is ever invented for a missing part.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param url where the image is, an absolute http or https URL
 * @param altText the text alternative for readers who cannot see it, at most 1,000 code points
 * @param caption the caption, at most 1,000 code points
 * @param width the width in pixels, 1 to 100,000
 * @param height the height in pixels, 1 to 100,000
 * @param credit who made it
 */
public record Image(
    @NotNull(groups = Publishable.class, message = MessageTemplates.REQUIRED_TO_PUBLISH) @HttpUrl @Nullable String url,
    @NotNull(groups = Publishable.class, message = MessageTemplates.REQUIRED_TO_PUBLISH) @PlainText(max = 1_000) @Nullable
        String altText,
    @PlainText(max = 1_000) @Nullable String caption,
    @Min(value = 1, message = MessageTemplates.TOO_SMALL) @Max(value = 100_000, message = MessageTemplates.TOO_LARGE) @Nullable
        Integer width,
    @Min(value = 1, message = MessageTemplates.TOO_SMALL) @Max(value = 100_000, message = MessageTemplates.TOO_LARGE) @Nullable
        Integer height,
    @NotNull(groups = Publishable.class, message = MessageTemplates.REQUIRED_TO_PUBLISH) @Valid @Nullable Credit credit) {

  /**
   * Returns a new builder.
   *
   * @return a builder with every part absent
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this image's parts.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .url(url)
        .altText(altText)
        .caption(caption)
        .width(width)
        .height(height)
        .credit(credit);
  }

  /**
   * Returns a copy with the given credit.
   *
   * @param credit the credit, or null for none
   * @return a copy, or this image when the credit is the same
   * @throws dev.masthead.validation.InvalidContentException if the copy is not well-formed
   */
  public Image withCredit(@Nullable Credit credit) {
    return Objects.equals(credit, this.credit) ? this : toBuilder().credit(credit).build();
  }

  /**
   * A builder of {@link Image}s. It is mutable and not thread-safe; {@link #build()} may be called
   * more than once.
   */
  public static final class Builder {
    private @Nullable String url;
    private @Nullable String altText;
    private @Nullable String caption;
    private @Nullable Integer width;
    private @Nullable Integer height;
    private @Nullable Credit credit;

    private Builder() {}

    /**
     * Sets the URL.
     *
     * @param url the URL, or null
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the alt text.
     *
     * @param altText the alt text, or null
     * @return this builder
     */
    public Builder altText(@Nullable String altText) {
      this.altText = altText;
      return this;
    }

    /**
     * Sets the caption.
     *
     * @param caption the caption, or null
     * @return this builder
     */
    public Builder caption(@Nullable String caption) {
      this.caption = caption;
      return this;
    }

    /**
     * Sets the width.
     *
     * @param width the width in pixels, or null
     * @return this builder
     */
    public Builder width(@Nullable Integer width) {
      this.width = width;
      return this;
    }

    /**
     * Sets the height.
     *
     * @param height the height in pixels, or null
     * @return this builder
     */
    public Builder height(@Nullable Integer height) {
      this.height = height;
      return this;
    }

    /**
     * Sets the credit.
     *
     * @param credit the credit, or null
     * @return this builder
     */
    public Builder credit(@Nullable Credit credit) {
      this.credit = credit;
      return this;
    }

    /**
     * Returns a well-formed image.
     *
     * @return the image
     * @throws dev.masthead.validation.InvalidContentException listing every violation
     */
    public Image build() {
      return MastheadValidator.standard().requireWellFormed(new Image(url, altText, caption, width, height, credit));
    }
  }
}
