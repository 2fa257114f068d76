package dev.masthead.examples.cli;

import dev.masthead.examples.SampleContent;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.model.TickerItem;
import dev.masthead.validation.MastheadValidator;
import dev.masthead.validation.Violation;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code masthead demo}: the seed article built in code, validated at both levels, written as JSON
 * and read back, and the sample news ticker as a reader sees it at a given time.
 */
@Command(
    name = "demo",
    description = "Builds the seed article, says why it is well-formed but not publishable, writes it as JSON and"
        + " reads it back, then shows the news ticker as a reader sees it.")
final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      showDefaultValue = Help.Visibility.ALWAYS,
      description = "When the reader looks at the ticker. The default is a time when one item has expired.")
  private Instant at = SampleContent.DEMO_TIME;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Article article = SampleContent.seedArticle();

    out.println("The seed page, built in code by SampleContent.seedArticle():");
    out.println("  " + article.headline());
    out.println("  " + article.byline() + " · " + article.body().size() + " paragraphs · "
        + article.wordCount() + " words · " + article.readingTime().toMinutes() + " min read");
    out.println();

    List<Violation> wellFormed = MastheadValidator.standard().validate(article);
    out.println(wellFormed.isEmpty()
        ? "It is well-formed: every builder checked it, and so does MastheadValidator.validate."
        : "It is not well-formed: " + wellFormed);
    List<Violation> publishable = MastheadValidator.standard().validatePublishable(article);
    if (publishable.isEmpty()) {
      out.println("It is publishable.");
    } else {
      out.println("It is not publishable (MastheadValidator.validatePublishable):");
      for (Violation violation : publishable) {
        out.println("  " + violation);
      }
      out.println("The page lost its photo credit and its publication time: it shows a photo above an empty"
          + " \"Photo Credit-\" line and prints no date. The model keeps those gaps rather than inventing"
          + " values, so an editor must supply them (with the image address, alt text and canonical URL)"
          + " before the article can go live.");
    }
    out.println();

    MastheadJson json = MastheadJson.standard();
    String text = json.writePretty(article);
    out.println("Its JSON (MastheadJson.writePretty):");
    out.print(text);
    Article readBack = json.readArticle(text);
    boolean equal = readBack.equals(article);
    out.println(equal
        ? "Read back with MastheadJson.readArticle, it is equal to the article built in code."
        : "Read back with MastheadJson.readArticle, it differs from the article built in code.");
    out.println();

    Ticker ticker = SampleContent.newsTicker();
    Ticker seen = ticker.activeAt(at);
    out.println(ticker.label() + " at " + at + ", as a reader sees it (" + hidden(ticker, seen) + "):");
    for (TickerItem item : seen.items()) {
      out.println(String.format(Locale.ROOT, "  %-10s %s", "[" + item.priority().name().toLowerCase(Locale.ROOT) + "]",
          item.headline()));
    }
    return equal ? Masthead.OK : Masthead.SOFTWARE;
  }

  /** Says how many items the reader sees and why the others are hidden. */
  private String hidden(Ticker ticker, Ticker seen) {
    long expired = ticker.items().stream()
        .filter(item -> item.expiresAt() != null && !at.isBefore(item.expiresAt()))
        .count();
    long upcoming = ticker.items().stream().filter(item -> item.publishedAt().isAfter(at)).count();
    StringBuilder text = new StringBuilder()
        .append(seen.items().size()).append(" of ").append(ticker.items().size()).append(" items");
    if (expired > 0) {
      text.append(", ").append(expired).append(" expired");
    }
    if (upcoming > 0) {
      text.append(", ").append(upcoming).append(" not yet published");
    }
    return text.toString();
  }

  /** Reads an instant as {@link Instant#parse(CharSequence)} does, with a message that says how. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("must be an instant in UTC such as 2024-05-01T12:00:00Z");
      }
    }
  }
}
