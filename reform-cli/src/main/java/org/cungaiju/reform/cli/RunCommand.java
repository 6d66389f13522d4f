package org.cungaiju.reform.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reform run FILE}: runs the whole reform on one community dossier under the policy in
 * force for its county on the date, and writes {@code report.json} and {@code report.html}.
 *
 * <p>A complete report exits with {@link ExitCode#OK}. A report with a failed section (a
 * plugin's fault, say) is still written, the failed section showing its error, and exits with
 * {@link ExitCode#INVALID}; so does an invalid dossier, before anything is written. A file that
 * cannot be read or written is a usage error ({@link ExitCode#USAGE}).
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Runs the whole reform on a community dossier under the policies in force for its "
            + "county on the date: membership decisions, grids and grid workers, and the other "
            + "sections of the report. Writes report.json (every result with its explanation; "
            + "docs/report.schema.json) and report.html (one self-contained page) into the "
            + "output folder, and prints a short summary.",
        "Exit codes: 0 complete report, 1 invalid dossier or a section failed (the report is "
            + "still written, showing the error), 2 usage error."})
public final class RunCommand implements Callable<Integer> {

  /** The folder reports go to without {@code --out}, under the working directory. */
  static final String DEFAULT_OUT = "reform-report";

  @Spec CommandSpec spec;

  @Mixin ReportOptions options;

  @Parameters(paramLabel = "FILE", description = "the community dossier (JSON; docs/dossier.md)")
  Path file;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "the folder to write report.json and report.html into (default: "
          + DEFAULT_OUT + ")")
  Path out = Path.of(DEFAULT_OUT);

  /** Reads, runs, writes and summarises. */
  @Override
  public Integer call() {
    Dossier dossier = DossierFiles.validate(file).orElseThrow();
    return options.runAndWrite(dossier, out, spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
