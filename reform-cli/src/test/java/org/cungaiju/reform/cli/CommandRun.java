package org.cungaiju.reform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cungaiju.reform.core.json.ReformJson;

/**
 * What one run of {@code reform} through {@link Main#run} returned and printed.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandRun(int exitCode, String out, String err) {

  /** The repository's sample dossier. */
  static final Path SAMPLE =
      Path.of(System.getProperty("reform.root", ".."), "samples", "xinhui-sample.json");

  /** Runs {@code reform} with {@code args}. */
  static CommandRun reform(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** Runs {@code reform} with {@code args}, reading {@code stdin} as its standard input. */
  static CommandRun reformWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** Standard output read as JSON. */
  JsonNode json() {
    return ReformJson.readTree(out).orElseThrow();
  }
}
