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
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
 * <p>{@code renditions} are the same picture at other sizes or crops; the image's own {@code url},
 * {@code width} and {@code height} stay its main rendition.
 *
 * <p>This class is immutable and thread-safe; {@code renditions} is never null and holds no null.
 *
 * @param url where the image is, an absolute http or https URL
 * @param altText the text alternative for readers who cannot see it, at most 1,000 code points
 * @param caption the caption, at most 1,000 code points
 * @param width the width in pixels, 1 to 100,000
 * @param height the height in pixels, 1 to 100,000
 * @param credit who made it
 * @param renditions the same picture at other sizes or crops, at most 20
 * @param rights who holds the rights and on what terms it may be used
 * @param digitalSourceType how the picture was made, such as by a camera or by generative AI
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
    @NotNull(groups = Publishable.class, message = MessageTemplates.REQUIRED_TO_PUBLISH) @Valid @Nullable Credit credit,
    @Size(max = 20, message = MessageTemplates.TOO_MANY) List<@Valid Rendition> renditions,
    @Valid @Nullable Rights rights,
    @Valid @Nullable DigitalSourceType digitalSourceType) {

  /**
   * Copies {@code renditions}; null reads as empty.
   *
   * @param url where the image is, an absolute http or https URL
   * @param altText the text alternative, at most 1,000 code points
   * @param caption the caption, at most 1,000 code points
   * @param width the width in pixels, 1 to 100,000
   * @param height the height in pixels, 1 to 100,000
   * @param credit who made it
   * @param renditions the same picture at other sizes or crops, at most 20
   * @param rights who holds the rights and on what terms it may be used
   * @param digitalSourceType how the picture was made
   */
  public Image {
    renditions = Lists.copy("renditions", renditions);
  }

  /**
   * Creates an image without renditions, rights or digital source type: the constructor of the
   * parts every image had before those were added, kept so that code written against it compiles.
   * Like the canonical constructor it checks nothing.
   *
   * @param url where the image is, an absolute http or https URL
   * @param altText the text alternative, at most 1,000 code points
   * @param caption the caption, at most 1,000 code points
   * @param width the width in pixels, 1 to 100,000
   * @param height the height in pixels, 1 to 100,000
   * @param credit who made it
   */
  public Image(
      @Nullable String url,
      @Nullable String altText,
      @Nullable String caption,
      @Nullable Integer width,
      @Nullable Integer height,
      @Nullable Credit credit) {
    this(url, altText, caption, width, height, credit, List.of(), null, null);
  }

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
        .credit(credit)
        .renditions(renditions)
        .rights(rights)
        .digitalSourceType(digitalSourceType);
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
    private final List<Rendition> renditions = new ArrayList<>();
    private @Nullable Rights rights;
    private @Nullable DigitalSourceType digitalSourceType;

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
     * Replaces the renditions.
     *
     * @param renditions the same picture at other sizes or crops, at most 20
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder renditions(@Nullable Collection<? extends Rendition> renditions) {
      List<Rendition> copy = Lists.copy("renditions", renditions);
      this.renditions.clear();
      this.renditions.addAll(copy);
      return this;
    }

    /**
     * Replaces the renditions.
     *
     * @param renditions the same picture at other sizes or crops, at most 20
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder renditions(Rendition... renditions) {
      return renditions(Arrays.asList(renditions));
    }

    /**
     * Adds a rendition at the end.
     *
     * @param rendition the rendition to add
     * @return this builder
     */
    public Builder addRendition(Rendition rendition) {
      this.renditions.add(Objects.requireNonNull(rendition, "rendition"));
      return this;
    }

    /**
     * Sets the rights.
     *
     * @param rights who holds the rights and on what terms, or null
     * @return this builder
     */
    public Builder rights(@Nullable Rights rights) {
      this.rights = rights;
      return this;
    }

    /**
     * Sets the digital source type.
     *
     * @param digitalSourceType how the picture was made, or null
     * @return this builder
     */
    public Builder digitalSourceType(@Nullable DigitalSourceType digitalSourceType) {
      this.digitalSourceType = digitalSourceType;
      return this;
    }

    /**
     * Returns a well-formed image.
     *
     * @return the image
     * @throws dev.masthead.validation.InvalidContentException listing every violation
     */
    public Image build() {
      return MastheadValidator.standard().requireWellFormed(
          new Image(url, altText, caption, width, height, credit, renditions, rights, digitalSourceType));
    }
  }
}
