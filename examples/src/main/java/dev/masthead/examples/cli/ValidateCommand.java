package dev.masthead.examples.cli;

import dev.masthead.json.MastheadJson;
import dev.masthead.validation.ValidationLevel;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masthead validate}: reads each file as an article or a ticker and reports, on standard
 * output, {@code FILE: ok} or what is wrong. Every file is checked; the exit code is the worst.
 */
@Command(
    name = "validate",
    description = {
      "Checks Masthead JSON files. A file is a ticker when its top level has an \"items\" or \"label\" property,"
          + " an article otherwise.",
      "Prints FILE: ok for a valid file, FILE: POINTER: CODE: message for each broken content rule, and"
          + " FILE:LINE:COLUMN: CODE: detail for a file that cannot be read as a document."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--publishable", description = "Also check what publishing needs: publication time, byline, body,"
      + " a described and credited lead image, a canonical URL.")
  private boolean publishable;

  @Option(names = "--strict", description = "Report properties the wire format does not define, instead of ignoring"
      + " them.")
  private boolean strict;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to check.")
  private List<String> files = List.of();

  @Override
  public Integer call() {
    MastheadJson json = DocumentFile.reader(strict, publishable ? ValidationLevel.PUBLISHABLE : ValidationLevel.WELL_FORMED);
    PrintWriter out = spec.commandLine().getOut();
    int worst = Masthead.OK;
    for (String file : files) {
      DocumentFile.Outcome outcome = DocumentFile.read(file, json);
      if (outcome.exitCode() == Masthead.OK) {
        out.println(file + ": ok");
      }
      for (String problem : outcome.problems()) {
        out.println(problem);
      }
      worst = Math.max(worst, outcome.exitCode());
    }
    return worst;
  }
}
