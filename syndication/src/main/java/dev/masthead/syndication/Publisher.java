package dev.masthead.syndication;

import dev.masthead.validation.HttpUrl;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The organization that publishes articles, written as the {@code publisher} of schema.org
 * JSON-LD.
 *
 * <p>{@code Publisher.of("Example News", "https://news.example.com", "https://news.example.com/logo.png")}
 *
 * <p>The article model does not hold its publisher: a site says who it is once, here. This class
 * is immutable and thread-safe.
 *
 * @param name the organization's name, single line, 1 to 200 code points
 * @param url the organization's home page
 * @param logoUrl the organization's logo
 */
public record Publisher(
    @NotNull(message = "{dev.masthead.constraint.required}") @PlainText(max = 200) String name,
    @HttpUrl @Nullable String url,
    @HttpUrl @Nullable String logoUrl) {

  /**
   * Returns a publisher known by its name only.
   *
   * @param name the organization's name, single line, 1 to 200 code points
   * @return the publisher
   * @throws InvalidContentException if the name is not such a text
   */
  public static Publisher of(String name) {
    return of(name, null, null);
  }

  /**
   * Returns a publisher.
   *
   * @param name the organization's name, single line, 1 to 200 code points
   * @param url the organization's home page, an absolute http or https URL, or null
   * @param logoUrl the organization's logo, an absolute http or https URL, or null
   * @return the publisher
   * @throws InvalidContentException listing every part that breaks its rule
   */
  public static Publisher of(String name, @Nullable String url, @Nullable String logoUrl) {
    return MastheadValidator.standard().requireWellFormed(new Publisher(name, url, logoUrl));
  }
}
