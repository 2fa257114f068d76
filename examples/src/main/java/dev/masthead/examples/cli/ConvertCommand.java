package dev.masthead.examples.cli;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.syndication.FeedMetadata;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.ValidationLevel;
import dev.masthead.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code masthead convert}: reads an article in one format and writes it in another; the result goes
 * to standard output, the loss report (one {@link Loss} a line) to standard error.
 */
@Command(
    name = "convert",
    description = {
      "Converts an article between formats. The result goes to standard output; what the conversion dropped,"
          + " changed or guessed goes to standard error, one line each: POINTER: KIND: detail.",
      "Formats: masthead (Masthead JSON), html (an HTML5 page or fragment, UTF-8); written only: jsonld"
          + " (schema.org JSON-LD), jsonfeed (JSON Feed 1.1), rss (RSS 2.0), atom (Atom 1.0).",
      "Masthead JSON input to jsonld, jsonfeed, rss or atom may be an article, a ticker or an NDJSON stream of"
          + " articles. For jsonld, what Google's Article guidance would want added follows the loss report,"
          + " one violation a line."
    })
final class ConvertCommand implements Callable<Integer> {
  /** The largest input read: the document limit of the JSON reader. */
  static final int MAX_INPUT_BYTES = DocumentFile.MAX_DOCUMENT_BYTES;

  @Spec private CommandSpec spec;
  @ParentCommand private Masthead parent;

  @Option(names = "--from", paramLabel = "FORMAT", description = "The format read; masthead when absent.")
  private String from = "masthead";

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The format written.")
  private String to = "";

  @Option(names = "--base-uri", paramLabel = "URI", description = "An absolute http(s) URI relative links and images"
      + " are resolved against; without one they are dropped.")
  private @Nullable String baseUri;

  @Option(names = "--language", paramLabel = "TAG", description = "The language (BCP 47) of a document that names"
      + " none.")
  private @Nullable String language;

  @Option(names = "--script", description = "jsonld: print the <script type=\"application/ld+json\"> element.")
  private boolean script;

  @Option(names = "--title", paramLabel = "TEXT", description = "Feeds: the title; the ticker's label or the first"
      + " headline when absent.")
  private @Nullable String title;

  @Option(names = "--link", paramLabel = "URL", description = "Feeds: the page the feed describes; the first"
      + " canonical or item URL when absent.")
  private @Nullable String link;

  @Option(names = "--feed-url", paramLabel = "URL", description = "Feeds: where the feed is served; also its id.")
  private @Nullable String feedUrl;

  @Option(names = "--description", paramLabel = "TEXT", description = "Feeds: what the feed is; the title when absent.")
  private @Nullable String description;

  @Option(names = "--author", paramLabel = "NAME", description = "Feeds: the feed's author.")
  private @Nullable String author;

  @Option(names = "--limit", paramLabel = "N", description = "Feeds: the most items (1 to 10,000); all when absent.")
  private @Nullable Integer limit;

  @Option(names = "--at", paramLabel = "TIME", description = "Feeds: the RFC 3339 time by which expired and embargoed"
      + " content is left out; now when absent.")
  private @Nullable String at;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The file to read; standard input when absent.")
  private @Nullable String file;

  @Override
  public Integer call() {
    ConversionFormat reader = format(from, "--from", true);
    ConversionFormat writer = format(to, "--to", false);
    if (baseUri != null && !baseUri.matches("(?i)https?://\\S+")) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--base-uri': must be an absolute http or https uri");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = file == null ? "(stdin)" : file;
    ConversionFormat.Options options = new ConversionFormat.Options(baseUri, language, script, feedMetadata());
    byte[] input;
    try {
      input = read();
    } catch (UnreadableInputException e) {
      err.println(name + ": " + e.getMessage());
      return Masthead.MALFORMED;
    }
    if (writer instanceof SyndicationFormat syndication && reader instanceof MastheadFormat) {
      return syndicate(syndication, input, options, name, out, err);
    }
    Converted<Article> article;
    try {
      article = reader.read(input, options);
    } catch (UnreadableInputException e) {
      err.println(name + ": " + e.getMessage());
      return Masthead.MALFORMED;
    } catch (InvalidContentException e) {
      for (Violation violation : e.violations()) {
        err.println(name + ": " + violation);
      }
      return Masthead.INVALID_CONTENT;
    }
    Converted<String> written = writer.write(article.value(), options);
    out.print(written.value());
    article.losses().forEach(err::println);
    written.losses().forEach(err::println);
    return Masthead.OK;
  }

  /** Writes an article, a ticker or an NDJSON stream of articles in a syndication format. */
  private int syndicate(
      SyndicationFormat writer, byte[] input, ConversionFormat.Options options, String name, PrintWriter out,
      PrintWriter err) {
    MastheadJson json = DocumentFile.reader(false, ValidationLevel.WELL_FORMED);
    Converted<String> written;
    List<Violation> recommendations = new ArrayList<>();
    try {
      if (DocumentFile.isTicker(input)) {
        written = writer.write(json.readTicker(input), options);
      } else {
        List<Article> articles;
        try (Stream<Article> stream = json.readArticles(new ByteArrayInputStream(input))) {
          articles = stream.toList();
        }
        if (articles.size() == 1) {
          written = writer.write(articles.get(0), options);
          recommendations.addAll(writer.recommendations(articles.get(0)));
        } else {
          written = writer.write(articles, options);
          for (int i = 0; i < articles.size(); i++) {
            for (Violation violation : writer.recommendations(articles.get(i))) {
              recommendations.add(Violation.of("/" + i + violation.pointer(), violation.code(), violation.message()));
            }
          }
        }
      }
    } catch (MalformedJsonException e) {
      String where = e.pointer().isEmpty() ? "" : " (at " + Violation.printable(e.pointer()) + ")";
      err.println(name + ": " + e.line() + ":" + e.column() + ": " + e.code() + ": " + e.detail() + where);
      return Masthead.MALFORMED;
    } catch (InvalidContentException e) {
      for (Violation violation : e.violations()) {
        err.println(name + ": " + violation);
      }
      return Masthead.INVALID_CONTENT;
    }
    out.print(written.value());
    written.losses().forEach(err::println);
    recommendations.forEach(err::println);
    return Masthead.OK;
  }

  private FeedMetadata feedMetadata() {
    Instant time = null;
    if (at != null) {
      try {
        time = Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '--at': must be an RFC 3339 time in UTC such as 2024-05-01T12:00:00Z");
      }
    }
    try {
      return FeedMetadata.builder().title(title).link(link).feedUrl(feedUrl).description(description)
          .author(author).limit(limit).at(time).build();
    } catch (InvalidContentException e) {
      Violation first = e.violations().get(0);
      String option = switch (first.pointer()) {
        case "/feedUrl" -> "--feed-url";
        default -> "--" + first.pointer().substring(1);
      };
      throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + first.message());
    }
  }

  private ConversionFormat format(String name, String option, boolean reading) {
    ConversionFormat format = ConversionFormats.named(name);
    if (format == null || !(reading ? format.canRead() : format.canWrite())) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': "
          + (format == null ? "unknown format '" + name + "'" : "format '" + name + "' cannot be "
          + (reading ? "read" : "written")) + "; formats: " + ConversionFormats.names(reading));
    }
    return format;
  }

  private byte[] read() {
    if (file == null) {
      return limited(parent.in());
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new UnreadableInputException("is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return limited(in);
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException("no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnreadableInputException("permission denied", e);
    } catch (IOException | InvalidPathException e) {
      throw new UnreadableInputException("cannot be read", e);
    }
  }

  private static byte[] limited(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new UnreadableInputException("input must be at most " + MAX_INPUT_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UnreadableInputException("cannot be read", e);
    }
  }
}
