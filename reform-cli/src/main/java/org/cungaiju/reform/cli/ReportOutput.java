package org.cungaiju.reform.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import org.cungaiju.reform.core.json.ReformJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format json|text} option of the subcommands that print a report, and the
 * writing of the report in that format: JSON through the library's own pretty writer, or text
 * a subcommand draws itself.
 */
final class ReportOutput {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (the default: every result with its explanation) or text (a "
          + "summary to read)")
  String format;

  /** Whether text was asked for. */
  boolean text() {
    return switch (format) {
      case "json" -> false;
      case "text" -> true;
      default -> throw new ParameterException(mixee.commandLine(),
          "--format: '" + format + "' is not a format; give json or text");
    };
  }

  /** Prints {@code report} as pretty JSON, ending with a newline. */
  static void json(PrintWriter out, Object report) {
    try {
      out.println(ReformJson.prettyWriter().writeValueAsString(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a " + report.getClass().getSimpleName()
          + " could not be written as JSON", e);
    }
    out.flush();
  }
}
