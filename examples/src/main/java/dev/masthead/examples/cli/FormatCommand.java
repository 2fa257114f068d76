package dev.masthead.examples.cli;

import dev.masthead.json.MastheadJson;
import dev.masthead.validation.ValidationLevel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masthead format}: prints a document in the canonical pretty form on standard output, or
 * what is wrong with it on standard error, with the exit codes of {@code validate}.
 */
@Command(
    name = "format",
    description = "Prints an article or ticker in the canonical pretty form: two-space indentation, one property"
        + " a line, properties in wire-format order, absent values left out.")
final class FormatCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The file to format.")
  private String file = "";

  @Override
  public Integer call() {
    MastheadJson json = DocumentFile.reader(false, ValidationLevel.WELL_FORMED);
    DocumentFile.Outcome outcome = DocumentFile.read(file, json);
    if (outcome.value() != null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(json.writePretty(outcome.value()));
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String problem : outcome.problems()) {
      err.println(problem);
    }
    return outcome.exitCode();
  }
}
