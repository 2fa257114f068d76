package dev.masthead.examples.cli;

import dev.masthead.examples.SampleContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** One run of {@link Masthead#run} with captured output, and the files tests run it on. */
record MastheadRun(int exitCode, String out, String err) {
  static MastheadRun of(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs with {@code input} as standard input. */
  static MastheadRun withInput(String input, String... args) {
    return withInput(input.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with {@code input} as standard input. */
  static MastheadRun withInput(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = Masthead.run(args, new java.io.ByteArrayInputStream(input),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new MastheadRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> outLines() {
    return out.lines().collect(Collectors.toList());
  }

  List<String> errLines() {
    return err.lines().collect(Collectors.toList());
  }

  /** Returns the shipped sample {@code name} as text. */
  static String sample(String name) {
    try (InputStream in = SampleContent.class.getResourceAsStream(SampleContent.SAMPLES_FOLDER + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the shipped sample {@code name} into {@code folder} and returns its path as text. */
  static String copySample(Path folder, String name) throws IOException {
    return write(folder, name, sample(name));
  }

  /** Writes {@code text} as UTF-8 to {@code folder/name} and returns the path as text. */
  static String write(Path folder, String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  /** Writes {@code bytes} to {@code folder/name} and returns the path as text. */
  static String write(Path folder, String name, byte[] bytes) throws IOException {
    return Files.write(folder.resolve(name), bytes).toString();
  }
}
