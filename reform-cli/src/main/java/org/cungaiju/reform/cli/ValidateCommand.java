package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reform validate FILE}: reads a community dossier and prints what it holds, or every
 * problem found in it.
 *
 * <p>A valid dossier prints a summary on standard output (the community, county and
 * {@code asOf}, and the count of each kind of entry) and exits with {@link ExitCode#OK}. An
 * invalid one prints every violation on standard error, all of them, each with its JSON path,
 * and exits with {@link ExitCode#INVALID}. A file that cannot be read is a usage error
 * ({@link ExitCode#USAGE}).
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Checks a community dossier (JSON, schemaVersion 1; see docs/dossier.md) and prints "
            + "a summary of what it holds, or every problem found in it.",
        "Exit codes: 0 valid, 1 invalid, 2 usage error (bad option, missing or unreadable "
            + "file)."})
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the dossier to check")
  Path file;

  /** Validates the file and prints the summary or the problems. */
  @Override
  public Integer call() {
    ReadResult<Dossier> result = DossierFiles.validate(file);
    if (result.isValid()) {
      printSummary(spec.commandLine().getOut(), result.orElseThrow());
      return ExitCode.OK;
    }
    DossierFiles.report(file, result, spec.commandLine().getErr());
    return ExitCode.INVALID;
  }

  private void printSummary(PrintWriter out, Dossier d) {
    out.println(file + ": valid dossier (schema version " + d.schemaVersion() + ")");
    line(out, "community", d.community().name() + " (" + d.community().id() + ", "
        + d.community().divisionCode() + ")");
    line(out, "county", d.county().code() + " " + d.county().chineseName());
    line(out, "as of", d.asOf());
    line(out, "organizations", d.organizations().size());
    line(out, "persons", d.persons().size());
    line(out, "households", d.households().size());
    line(out, "registers", d.registers().size());
    line(out, "finances", d.finances().size());
    line(out, "grid units", d.gridUnits().size());
    line(out, "dedicated grids", d.dedicatedGrids().size());
    line(out, "ledger entries", d.ledger().size());
    line(out, "governance", d.governance().map(g -> g.voterRoll().size() + " voters, "
        + g.appointments().size() + " appointments, " + g.facts().size() + " facts")
        .orElse("none"));
    line(out, "land", d.land().map(l -> l.retainedLand().size() + " retained-land records, "
        + l.homesteadWithdrawals().size() + " homestead withdrawals").orElse("none"));
    line(out, "services", d.services().map(s -> s.schoolPlaces().size()
        + " stages of school places").orElse("none"));
  }

  private static void line(PrintWriter out, String label, Object value) {
    out.printf("  %-16s %s%n", label, value);
  }
}
