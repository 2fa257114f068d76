package dev.masthead.model;

import dev.masthead.validation.GlobalUri;
import dev.masthead.validation.MastheadValidator;
import java.util.Objects;

/**
 * How a picture or a text was made, as an IPTC NewsCodes Digital Source Type URI: by a camera, by
 * scanning film, or by an algorithm, generative AI included.
 *
 * <p>{@code Image.builder().url(url).digitalSourceType(DigitalSourceType.DIGITAL_CAPTURE).build()}
 *
 * <p>The constants are the values of the IPTC vocabulary {@code
 * http://cv.iptc.org/newscodes/digitalsourcetype/}; {@link #of(String)} accepts any absolute URI,
 * so that values from newer vocabularies pass through. On the wire the type is its URI, a plain
 * string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param uri the URI naming the type, an absolute URI
 */
@GlobalUri(anyScheme = true)
public record DigitalSourceType(String uri) {
  /** The namespace of the IPTC NewsCodes values. */
  public static final String IPTC_NEWSCODES = "http://cv.iptc.org/newscodes/digitalsourcetype/";

  /** Original digital capture of a real-life scene, by a digital camera. */
  public static final DigitalSourceType DIGITAL_CAPTURE = iptc("digitalCapture");
  /** Digitised from a negative on film. */
  public static final DigitalSourceType NEGATIVE_FILM = iptc("negativeFilm");
  /** Digitised from a positive on film, such as a slide. */
  public static final DigitalSourceType POSITIVE_FILM = iptc("positiveFilm");
  /** Digitised from a print on a non-transparent medium. */
  public static final DigitalSourceType PRINT = iptc("print");
  /** Original media with minor human edits, such as cropping or colour balance. */
  public static final DigitalSourceType MINOR_HUMAN_EDITS = iptc("minorHumanEdits");
  /** A composite of captured elements. */
  public static final DigitalSourceType COMPOSITE_CAPTURE = iptc("compositeCapture");
  /** Captured media enhanced by an algorithm, such as noise reduction or upscaling. */
  public static final DigitalSourceType ALGORITHMICALLY_ENHANCED = iptc("algorithmicallyEnhanced");
  /** Made by an algorithm from sampled data, such as a visualisation of measurements. */
  public static final DigitalSourceType DATA_DRIVEN_MEDIA = iptc("dataDrivenMedia");
  /** Created by a human with digital tools, such as a drawing. */
  public static final DigitalSourceType DIGITAL_ART = iptc("digitalArt");
  /** A recording of a virtual event, such as a video game. */
  public static final DigitalSourceType VIRTUAL_RECORDING = iptc("virtualRecording");
  /** A composite that includes synthetic elements. */
  public static final DigitalSourceType COMPOSITE_SYNTHETIC = iptc("compositeSynthetic");
  /** Made by a model trained on sampled content: generative AI. */
  public static final DigitalSourceType TRAINED_ALGORITHMIC_MEDIA = iptc("trainedAlgorithmicMedia");
  /** A composite that includes elements made by generative AI. */
  public static final DigitalSourceType COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA =
      iptc("compositeWithTrainedAlgorithmicMedia");
  /** Made purely by an algorithm not based on sampled training data. */
  public static final DigitalSourceType ALGORITHMIC_MEDIA = iptc("algorithmicMedia");
  /** A capture of the content of a screen. */
  public static final DigitalSourceType SCREEN_CAPTURE = iptc("screenCapture");

  /**
   * Checks that the URI is not null.
   *
   * @param uri the URI naming the type
   */
  public DigitalSourceType {
    Objects.requireNonNull(uri, "uri");
  }

  /**
   * Returns the type named by a URI.
   *
   * @param uri an absolute URI, such as one of the IPTC NewsCodes
   * @return the type
   * @throws dev.masthead.validation.InvalidContentException if {@code uri} is not an absolute URI
   */
  public static DigitalSourceType of(String uri) {
    return MastheadValidator.standard().requireWellFormed(new DigitalSourceType(uri));
  }

  private static DigitalSourceType iptc(String code) {
    return new DigitalSourceType(IPTC_NEWSCODES + code);
  }
}
