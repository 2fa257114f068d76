package dev.masthead.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point {@link Masthead}: dispatch, usage errors, and the program as a process. */
class MastheadCommandTest {
  @Test
  void runs_the_demo_without_a_command() {
    MastheadRun bare = MastheadRun.of();
    MastheadRun demo = MastheadRun.of("demo");

    assertThat(bare.exitCode()).isZero();
    assertThat(bare.out()).isEqualTo(demo.out()).contains("News Ticker at 2024-05-01T12:00:00Z");
    assertThat(bare.err()).isEmpty();
  }

  @Test
  void exits_64_for_an_unknown_command() {
    MastheadRun run = MastheadRun.of("publish", "article.json");

    assertThat(run.exitCode()).isEqualTo(Masthead.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).first().isEqualTo("Unmatched arguments from index 0: 'publish', 'article.json'");
  }

  @Test
  void lists_the_commands_and_exit_codes_in_its_help() {
    MastheadRun run = MastheadRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .first().isEqualTo("Usage: masthead [-hV] [COMMAND]");
    assertThat(run.outLines()).containsSubsequence(
        "Commands:", "  demo      Builds the seed article, says why it is well-formed but not",
        "Exit codes:", "  0    success; every document read is valid, or converted (with or without",
        "  1    a document breaks a content rule, or cannot be made a valid article",
        "  2    a file cannot be read as a document of its format", "  64   usage error", "  70   internal error");
    assertThat(run.out()).contains("  validate  ", "  format    ");
  }

  @Test
  void prints_the_library_version() {
    MastheadRun run = MastheadRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).singleElement().asString().matches("masthead \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void main_writes_utf8_exits_with_the_code_and_keeps_standard_error_clean(@TempDir Path folder)
      throws IOException, InterruptedException {
    // A C locale would make the JVM's default output ASCII; Masthead writes UTF-8 regardless.
    Process demo = java(folder, "demo");
    String out = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(demo.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(demo.exitValue()).isZero();
    assertThat(out).contains("the ‘Shia crescent’", "  [normal]   Isfahan’s bazaar");
    // Hibernate Validator's start-up line ("HV000001: Hibernate Validator ...") would land here.
    assertThat(err).isEmpty();

    Process missing = java(folder, "validate", folder.resolve("missing.json").toString());
    String missingOut = new String(missing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(missing.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(missing.exitValue()).isEqualTo(Masthead.MALFORMED);
    assertThat(missingOut.lines()).containsExactly(folder.resolve("missing.json") + ":0:0: unreadable: no such file");
  }

  private static Process java(Path folder, String... args) throws IOException {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path java = javaHome.resolve("bin").resolve(Files.exists(javaHome.resolve("bin/java.exe")) ? "java.exe" : "java");
    List<String> command = new ArrayList<>(List.of(
        java.toString(), "-cp", System.getProperty("java.class.path"), Masthead.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.redirectInput(ProcessBuilder.Redirect.from(devNull()));
    return builder.start();
  }

  private static File devNull() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
