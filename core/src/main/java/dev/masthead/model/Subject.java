package dev.masthead.model;

import dev.masthead.validation.GlobalUri;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.PlainText;
import dev.masthead.validation.MessageTemplates;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What an article is about, by name and, when a controlled vocabulary names it, by URI: an IPTC
 * Media Topic, a Wikidata item. Free words belong in an article's tags; subjects are for terms
 * that other systems can match.
 *
 * <p>{@code Subject.of("politics", "http://cv.iptc.org/newscodes/mediatopic/11000000")}
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name as displayed, single line, 1 to 200 code points
 * @param uri the term's URI, an absolute {@code urn:}, http or https URI
 */
public record Subject(
    @NotNull(message = MessageTemplates.REQUIRED) @PlainText(max = 200) String name, @GlobalUri @Nullable String uri) {

  /**
   * Creates a subject; checks structure only, as every canonical constructor does.
   *
   * @param name the name as displayed
   * @param uri the term's URI in its vocabulary, or null
   * @throws NullPointerException if {@code name} is null
   */
  public Subject {
    Lists.require(name, "name");
  }

  /**
   * Returns a subject without a URI.
   *
   * @param name the name, single line, 1 to 200 code points
   * @return the subject
   * @throws dev.masthead.validation.InvalidContentException if the subject is not well-formed
   */
  public static Subject of(String name) {
    return of(name, null);
  }

  /**
   * Returns a subject.
   *
   * @param name the name, single line, 1 to 200 code points
   * @param uri the term's URI in its vocabulary, or null
   * @return the subject
   * @throws dev.masthead.validation.InvalidContentException if the subject is not well-formed
   */
  public static Subject of(String name, @Nullable String uri) {
    return MastheadValidator.standard().requireWellFormed(new Subject(name, uri));
  }
}
