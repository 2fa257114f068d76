package dev.masthead.examples.cli;

import dev.masthead.conversion.Converted;
import dev.masthead.conversion.Loss;
import dev.masthead.model.Article;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
      "Formats: masthead (Masthead JSON), html (an HTML5 page or fragment, UTF-8)."
    })
final class ConvertCommand implements Callable<Integer> {
  /** The largest input read: the document limit of the JSON reader. */
  static final int MAX_INPUT_BYTES = DocumentFile.MAX_DOCUMENT_BYTES;

  @Spec private CommandSpec spec;
  @ParentCommand private Masthead parent;

  @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "The format read.")
  private String from = "";

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The format written.")
  private String to = "";

  @Option(names = "--base-uri", paramLabel = "URI", description = "An absolute http(s) URI relative links and images"
      + " are resolved against; without one they are dropped.")
  private @Nullable String baseUri;

  @Option(names = "--language", paramLabel = "TAG", description = "The language (BCP 47) of a document that names"
      + " none.")
  private @Nullable String language;

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
    ConversionFormat.Options options = new ConversionFormat.Options(baseUri, language);
    byte[] input;
    try {
      input = read();
    } catch (UnreadableInputException e) {
      err.println(name + ": " + e.getMessage());
      return Masthead.MALFORMED;
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
