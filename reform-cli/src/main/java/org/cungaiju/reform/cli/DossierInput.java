package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.dossier.Dossier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The dossier a subcommand works on ({@code FILE}) and the date it works on ({@code --date},
 * by default the dossier's {@code asOf}, never the wall clock): mixed into every subcommand that
 * reads one dossier.
 */
final class DossierInput {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(paramLabel = "FILE", description = "the community dossier (JSON; docs/dossier.md)")
  Path file;

  @Option(names = "--date", paramLabel = "DATE",
      description = "the date whose policies apply, yyyy-MM-dd (default: the dossier's asOf)")
  LocalDate date;

  /**
   * The dossier; if it is invalid, every violation is printed on the subcommand's standard
   * error and nothing is returned (the subcommand then exits with {@link ExitCode#INVALID}).
   *
   * @throws java.io.UncheckedIOException if the file cannot be read (a usage error)
   */
  Optional<Dossier> read() {
    PrintWriter err = mixee.commandLine().getErr();
    return DossierFiles.readOrReport(file, err);
  }

  /** The date to work on: {@code --date}, else the dossier's {@code asOf}. */
  LocalDate dateFor(Dossier dossier) {
    return date == null ? dossier.asOf() : date;
  }
}
