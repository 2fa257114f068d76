package dev.masthead.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The formats of {@code masthead convert}: one line each. */
final class ConversionFormats {
  /** Every format, in the order the help lists them. */
  static final List<ConversionFormat> ALL = List.of(
      new MastheadFormat(),
      new HtmlFormat(),
      new NinjsFormat(),
      SyndicationFormat.JSONLD,
      SyndicationFormat.JSON_FEED,
      SyndicationFormat.RSS,
      SyndicationFormat.ATOM);

  private ConversionFormats() {}

  /** Returns the format named {@code name}, ignoring case, or null. */
  static @Nullable ConversionFormat named(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(format -> format.name().equals(wanted)).findFirst().orElse(null);
  }

  /** Returns the names of the formats that read (or write), comma-separated. */
  static String names(boolean reading) {
    return ALL.stream()
        .filter(format -> reading ? format.canRead() : format.canWrite())
        .map(ConversionFormat::name)
        .collect(Collectors.joining(", "));
  }
}
