package org.cungaiju.reform.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs {@code reform} in-process for tests and keeps what it printed. */
final class Cli {

  /** The repository's sample dossier. */
  static final Path SAMPLE =
      Path.of(System.getProperty("reform.root", ".."), "samples", "xinhui-sample.json");

  private Cli() {}

  /** What one run of {@code reform} returned and printed. */
  record Run(int exitCode, String out, String err) {}

  static Run reform(String... args) {
    return reformWithInput(new ByteArrayInputStream(new byte[0]), args);
  }

  static Run reformWithInput(String stdin, String... args) {
    return reformWithInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Run reformWithInput(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(stdin, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
