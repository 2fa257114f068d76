package dev.masthead.model;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.Token;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A contribution other than the byline: a photo, a graphic, additional reporting, a translation.
 *
 * <p>{@code Credit.of(Credit.PHOTO, "A. Smith", "Example Agency").line()} is {@code "Photo: A.
 * Smith/Example Agency"}.
 *
 * <p>The role is an open vocabulary of lower-case tokens; the constants of this class are the
 * well-known ones. A credit names a person, an organization or both. {@link #text()} is the credit
 * line as printed, when the source printed one; {@link #line()} derives one when it did not.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the kind of contribution, a lower-case token such as {@code photo}
 * @param name the person credited, single line, at most 200 code points
 * @param organization the organization credited, such as an agency, at most 200 code points
 * @param text the credit line as printed, at most 500 code points
 * @param copyrightNotice the copyright notice, at most 1,000 code points
 * @param license the URL of the license
 */
@CreditParty
public record Credit(
    @NotNull(message = MessageTemplates.REQUIRED) @Token String role,
    @PlainText(max = 200) @Nullable String name,
    @PlainText(max = 200) @Nullable String organization,
    @PlainText(max = 500) @Nullable String text,
    @PlainText(max = 1_000) @Nullable String copyrightNotice,
    @HttpUrl @Nullable String license) {
  /**
   * Creates a credit from its components, checking only that {@code role} is not null.
   *
   * @param role the kind of contribution, a lower-case token such as {@code photo}
   * @param name the person credited, single line, at most 200 code points
   * @param organization the organization credited, such as an agency, at most 200 code points
   * @param text the credit line as printed, at most 500 code points
   * @param copyrightNotice the copyright notice, at most 1,000 code points
   * @param license the URL of the license
   * @throws NullPointerException naming a required component that is null
   */
  public Credit {
    Lists.require(role, "role");
  }


  /** A photograph. */
  public static final String PHOTO = "photo";
  /** A video. */
  public static final String VIDEO = "video";
  /** An illustration. */
  public static final String ILLUSTRATION = "illustration";
  /** A graphic, chart or map. */
  public static final String GRAPHIC = "graphic";
  /** Reporting beyond the byline's. */
  public static final String ADDITIONAL_REPORTING = "additional_reporting";
  /** Editing. */
  public static final String EDITING = "editing";
  /** Translation. */
  public static final String TRANSLATION = "translation";
  /** Research. */
  public static final String RESEARCH = "research";

  /**
   * Returns a credit.
   *
   * @param role the kind of contribution, such as {@link #PHOTO}
   * @param name the person credited, or null
   * @param organization the organization credited, or null
   * @return the credit
   * @throws dev.masthead.validation.InvalidContentException if the credit is not well-formed,
   *     such as when both {@code name} and {@code organization} are null
   */
  public static Credit of(String role, @Nullable String name, @Nullable String organization) {
    return builder(role).name(name).organization(organization).build();
  }

  /**
   * Returns a new builder.
   *
   * @param role the kind of contribution
   * @return a builder
   */
  public static Builder builder(String role) {
    return new Builder(Lists.require(role, "role"));
  }

  /**
   * Returns a builder holding this credit's parts.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(role)
        .name(name)
        .organization(organization)
        .text(text)
        .copyrightNotice(copyrightNotice)
        .license(license);
  }

  /**
   * Returns the credit line: {@link #text()} when given, else the role's label followed by the
   * name and organization, as in {@code "Photo: A. Smith/Example Agency"}.
   *
   * @return the credit line
   */
  public String line() {
    if (text != null) {
      return text;
    }
    StringBuilder line = new StringBuilder(label(role)).append(": ");
    if (name != null) {
      line.append(name);
    }
    if (organization != null) {
      line.append(name != null ? "/" : "").append(organization);
    }
    return line.toString();
  }

  /** Returns a role's label: {@code additional_reporting} reads "Additional reporting". */
  private static String label(String role) {
    if (role.isEmpty()) {
      return role;
    }
    String words = role.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /**
   * A builder of {@link Credit}s. It is mutable and not thread-safe; {@link #build()} may be called
   * more than once.
   */
  public static final class Builder {
    private String role;
    private @Nullable String name;
    private @Nullable String organization;
    private @Nullable String text;
    private @Nullable String copyrightNotice;
    private @Nullable String license;

    private Builder(String role) {
      this.role = role;
    }

    /**
     * Sets the role.
     *
     * @param role the kind of contribution
     * @return this builder
     */
    public Builder role(@Nullable String role) {
      this.role = role;
      return this;
    }

    /**
     * Sets the person credited.
     *
     * @param name the name, or null
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the organization credited.
     *
     * @param organization the organization, or null
     * @return this builder
     */
    public Builder organization(@Nullable String organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Sets the credit line as printed.
     *
     * @param text the credit line, or null to derive one
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets the copyright notice.
     *
     * @param copyrightNotice the notice, or null
     * @return this builder
     */
    public Builder copyrightNotice(@Nullable String copyrightNotice) {
      this.copyrightNotice = copyrightNotice;
      return this;
    }

    /**
     * Sets the license URL.
     *
     * @param license the URL, or null
     * @return this builder
     */
    public Builder license(@Nullable String license) {
      this.license = license;
      return this;
    }

    /**
     * Returns a well-formed credit.
     *
     * @return the credit
     * @throws dev.masthead.validation.InvalidContentException listing every violation
     */
    public Credit build() {
      Lists.requirePresent("credit", "role", role);
      return MastheadValidator.standard()
          .requireWellFormed(new Credit(role, name, organization, text, copyrightNotice, license));
    }
  }
}
