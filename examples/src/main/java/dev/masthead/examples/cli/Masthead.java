package dev.masthead.examples.cli;

import dev.masthead.json.MastheadModule;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code masthead} command line: a demo of the library on the seed article, and a validator and
 * formatter for Masthead JSON files.
 *
 * <pre>{@code
 * java -jar examples/target/masthead.jar demo
 * java -jar examples/target/masthead.jar validate --publishable article.json ticker.json
 * java -jar examples/target/masthead.jar format article.json
 * java -jar examples/target/masthead.jar convert --from masthead --to html article.json
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} when everything is fine, {@value #INVALID_CONTENT} when a document
 * breaks a content rule, {@value #MALFORMED} when a file cannot be read as a document, {@value
 * #USAGE} for a usage error and {@value #SOFTWARE} for an internal error. Bad input never gives a
 * stack trace.
 */
@Command(
    name = "masthead",
    // Every command gets --help, --version and the list of exit codes.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Masthead.Version.class,
    description = "Shows the Masthead news content model at work, checks and formats Masthead JSON files, and"
        + " converts articles between formats. With no command, runs the demo.",
    subcommands = {DemoCommand.class, ValidateCommand.class, FormatCommand.class, ConvertCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; every document read is valid, or converted",
      "1:a document breaks a content rule",
      "2:a file cannot be read as a document of its format",
      "64:usage error",
      "70:internal error"
    })
public final class Masthead implements Callable<Integer> {
  /** Every document read is valid. */
  public static final int OK = 0;
  /** A document breaks a content rule. */
  public static final int INVALID_CONTENT = 1;
  /** A file cannot be read as a Masthead document: malformed JSON, not UTF-8, missing, too large. */
  public static final int MALFORMED = 2;
  /** The command line is wrong (EX_USAGE of sysexits.h). */
  public static final int USAGE = 64;
  /** Something went wrong inside the program (EX_SOFTWARE of sysexits.h). */
  public static final int SOFTWARE = 70;

  /**
   * Hibernate Validator logs its version at INFO when it starts, which would end up in the output.
   * The logger is held here because java.util.logging keeps only weak references to loggers, and a
   * collected logger forgets its level.
   */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
  }

  @Spec private CommandSpec spec;

  /** Standard input, for the commands that read it. */
  private final InputStream in;

  private Masthead(InputStream in) {
    this.in = in;
  }

  /**
   * Runs the command line and exits with its exit code. Output is written as UTF-8, the encoding of
   * JSON.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments, such as {@code validate --strict article.json}
   * @param out where results go
   * @param err where usage errors go, and the problems of {@code format}
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command line with the given standard input.
   *
   * @param args the arguments, such as {@code convert --from html --to masthead}
   * @param in what a command reads when it is given no file
   * @param out where results go
   * @param err where usage errors, problems and loss reports go
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = writer(out);
    PrintWriter errWriter = writer(err);
    CommandLine commandLine =
        new CommandLine(new Masthead(in))
            .setOut(outWriter)
            .setErr(errWriter)
            .setExecutionExceptionHandler(
                (exception, parsed, parseResult) -> {
                  parsed.getErr().println("masthead: internal error: " + exception);
                  return SOFTWARE;
                });
    setExitCodes(commandLine);
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static void setExitCodes(CommandLine commandLine) {
    commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE).exitCodeOnExecutionException(SOFTWARE);
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      setExitCodes(subcommand);
    }
  }

  /** Writes through the stream itself, so that text is encoded with the stream's own charset. */
  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) {
            stream.print(new String(buffer, offset, length));
          }

          @Override
          public void flush() {
            stream.flush();
          }

          @Override
          public void close() {
            stream.flush();
          }
        });
  }

  /** Returns standard input as given to {@link #run(String[], InputStream, PrintStream, PrintStream)}. */
  InputStream in() {
    return in;
  }

  /** With no command, runs the demo with its defaults. */
  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("demo").execute();
  }

  /** The version of the library, as its Jackson module reports it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"masthead " + new MastheadModule().version()};
    }
  }
}
