package dev.masthead.model;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.RightsPart;
import org.jspecify.annotations.Nullable;

/**
 * Who holds the rights to an article or an image, and on what terms it may be used: the parts that
 * agencies send (IPTC ninjs {@code copyrightholder}, {@code copyrightnotice}, {@code usageterms})
 * and that schema.org and Google read ({@code license}, {@code acquireLicensePage}).
 *
 * <p>{@code Rights.builder().copyrightHolder("Example Agency").copyrightNotice("© 2024 Example
 * Agency").build()}
 *
 * <p>Every part is optional, but a statement holds at least one ({@link RightsPart}). Texts are
 * single-line plain text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param copyrightHolder who holds the copyright, at most 200 code points
 * @param copyrightNotice the copyright notice as printed, at most 1,000 code points
 * @param usageTerms the terms of use, such as an embargo or a restriction, at most 2,000 code points
 * @param license the URL of the license, an absolute http or https URL
 * @param acquireLicensePage the URL of the page where a license can be acquired
 */
@RightsPart
public record Rights(
    @PlainText(max = 200) @Nullable String copyrightHolder,
    @PlainText(max = 1_000) @Nullable String copyrightNotice,
    @PlainText(max = 2_000) @Nullable String usageTerms,
    @HttpUrl @Nullable String license,
    @HttpUrl @Nullable String acquireLicensePage) {

  /**
   * Returns a new builder.
   *
   * @return a builder with every part absent
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this statement's parts.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .copyrightHolder(copyrightHolder)
        .copyrightNotice(copyrightNotice)
        .usageTerms(usageTerms)
        .license(license)
        .acquireLicensePage(acquireLicensePage);
  }

  /**
   * A builder of {@link Rights}. It is mutable and not thread-safe; {@link #build()} may be called
   * more than once.
   */
  public static final class Builder {
    private @Nullable String copyrightHolder;
    private @Nullable String copyrightNotice;
    private @Nullable String usageTerms;
    private @Nullable String license;
    private @Nullable String acquireLicensePage;

    private Builder() {}

    /**
     * Sets the copyright holder.
     *
     * @param copyrightHolder who holds the copyright, or null
     * @return this builder
     */
    public Builder copyrightHolder(@Nullable String copyrightHolder) {
      this.copyrightHolder = copyrightHolder;
      return this;
    }

    /**
     * Sets the copyright notice.
     *
     * @param copyrightNotice the notice as printed, or null
     * @return this builder
     */
    public Builder copyrightNotice(@Nullable String copyrightNotice) {
      this.copyrightNotice = copyrightNotice;
      return this;
    }

    /**
     * Sets the usage terms.
     *
     * @param usageTerms the terms of use, or null
     * @return this builder
     */
    public Builder usageTerms(@Nullable String usageTerms) {
      this.usageTerms = usageTerms;
      return this;
    }

    /**
     * Sets the license.
     *
     * @param license the URL of the license, or null
     * @return this builder
     */
    public Builder license(@Nullable String license) {
      this.license = license;
      return this;
    }

    /**
     * Sets the page where a license can be acquired.
     *
     * @param acquireLicensePage the URL of the page, or null
     * @return this builder
     */
    public Builder acquireLicensePage(@Nullable String acquireLicensePage) {
      this.acquireLicensePage = acquireLicensePage;
      return this;
    }

    /**
     * Returns a well-formed rights statement.
     *
     * @return the statement
     * @throws dev.masthead.validation.InvalidContentException listing every violation, such as
     *     when no part is given
     */
    public Rights build() {
      return MastheadValidator.standard()
          .requireWellFormed(new Rights(copyrightHolder, copyrightNotice, usageTerms, license, acquireLicensePage));
    }
  }
}
