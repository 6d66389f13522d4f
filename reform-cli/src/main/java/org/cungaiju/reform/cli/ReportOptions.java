package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.report.Texts;
import org.cungaiju.reform.core.run.ReformRun;
import org.cungaiju.reform.core.run.Report;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the subcommands that run the whole reform and write reports ({@code run},
 * {@code demo}, {@code batch}): the date, the language, redaction and the plugins; and the run
 * itself.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
public final class ReportOptions {

  @Mixin PluginsOption plugins;

  @Mixin LanguageOption lang;

  @Option(names = "--date", paramLabel = "DATE",
      description = "Run as of this date, under the policies in force on it (default: each "
          + "dossier's asOf).")
  LocalDate date;

  @Option(names = "--redact",
      description = "Write reports fit to share: names reduced to the surname (compound "
          + "surnames such as 司徒 and 欧阳 kept whole), resident ids masked.")
  boolean redact;

  /** The report of {@code dossier}, redacted if asked. */
  Report run(ReformRun run, Dossier dossier) {
    Report report = run.run(dossier, date == null ? dossier.asOf() : date);
    return redact ? report.redact() : report;
  }

  /** The registry of the plugins asked for; the caller closes it. */
  PolicyRegistry registry() {
    return plugins.registry();
  }

  /**
   * Runs the reform on one dossier, writes the report into {@code folder}, prints the summary
   * and the files written on {@code out} and each failed section on {@code err}.
   *
   * @return {@link ExitCode#OK} for a complete report, else {@link ExitCode#INVALID}
   */
  int runAndWrite(Dossier dossier, Path folder, PrintWriter out, PrintWriter err) {
    Report report;
    try (PolicyRegistry registry = registry()) {
      report = run(new ReformRun(registry), dossier);
    }
    ReportFiles.write(report, folder, lang.language());
    Texts messages = lang.messages();
    ReportSummary.print(out, report, messages, lang.report());
    out.println(messages.format("run.wrote", folder.resolve(ReportFiles.JSON)));
    out.println(messages.format("run.wrote", folder.resolve(ReportFiles.HTML)));
    out.flush();
    report.failures().forEach((section, error) -> err.println(messages.format("run.failed",
        section, error.message())));
    err.flush();
    return report.complete() ? ExitCode.OK : ExitCode.INVALID;
  }
}
