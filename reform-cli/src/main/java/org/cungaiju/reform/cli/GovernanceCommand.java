package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.governance.GovernanceChecks;
import org.cungaiju.reform.core.governance.GovernanceReport;
import org.cungaiju.reform.core.governance.NonHukouCandidate;
import org.cungaiju.reform.core.governance.OfficeHolder;
import org.cungaiju.reform.core.governance.SeparationFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reform governance FILE}: the governance checks of a community dossier — 政经分开 on
 * the five dimensions, who holds which posts and whether the county allows one person to hold
 * the leading ones together (一肩挑), and the two-committee eligibility of non-hukou residents —
 * under the policy in force for its county on the date.
 *
 * <p>Prints the report as JSON (every result with its explanation) or, with {@code --format
 * text}, a summary. Exit codes: {@link ExitCode#OK} when checked (whatever was found), {@link
 * ExitCode#INVALID} for an invalid dossier or a failing policy, {@link ExitCode#USAGE} for a
 * usage error.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Checks a community's governance: 政经分开 on five dimensions, 一肩挑, and whether "
            + "non-hukou residents may stand for the two committees (see docs/governance.md).",
        "Exit codes: 0 checked, 1 invalid dossier or failing policy, 2 usage error."})
public final class GovernanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginsOption plugins;

  @Mixin ReportOutput output;

  @Parameters(paramLabel = "FILE", description = "the dossier to check")
  Path file;

  @Option(names = "--date", paramLabel = "DATE",
      description = "the date to check on, yyyy-MM-dd (default: the dossier's asOf)")
  LocalDate date;

  /** Reads the dossier, checks it and prints the report. */
  @Override
  public Integer call() {
    boolean text = output.text();
    Optional<Dossier> dossier = DossierFiles.readOrReport(file, spec.commandLine().getErr());
    if (dossier.isEmpty()) {
      return ExitCode.INVALID;
    }
    Dossier d = dossier.get();
    GovernanceReport report = new GovernanceChecks(plugins.registry())
        .check(d, date == null ? d.asOf() : date);
    PrintWriter out = spec.commandLine().getOut();
    if (text) {
      print(out, d, report);
    } else {
      ReportOutput.json(out, report);
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, Dossier d, GovernanceReport r) {
    out.println(d.community().name() + " (" + r.communityId() + "), " + r.county().code() + " "
        + r.county().chineseName() + ", on " + r.date());
    out.println();
    out.println("政经分开 (separation of self-government and economic affairs):");
    for (SeparationFinding f : r.separation()) {
      out.println("  " + f.dimension().chineseName() + " " + f.dimension() + ": " + f.status()
          + " (" + f.status().chineseName() + ")");
      f.evidence().forEach(line -> out.println("    " + line));
    }
    out.println();
    out.println("一肩挑 (office holders): " + r.officeHolders().size());
    for (OfficeHolder h : r.officeHolders()) {
      out.println("  " + h.personId() + ": " + h.appointments().stream()
          .map(a -> a.office().chineseName() + a.organizationId().map(o -> "@" + o).orElse(""))
          .collect(Collectors.joining(", "))
          + (h.holdsConcurrentPosts() ? " — " + (h.allowed() ? "allowed" : "NOT allowed")
              + " (" + h.explanation().policyId() + " " + h.explanation().version() + ")" : ""));
    }
    long eligible = r.candidates().stream().filter(c -> c.eligibility().eligible()).count();
    out.println();
    out.println("两委 eligibility of non-hukou residents: " + eligible + " eligible, "
        + (r.candidates().size() - eligible) + " not");
    Map<String, Long> unmet = r.candidates().stream()
        .flatMap(c -> c.eligibility().unmet().stream())
        .collect(Collectors.groupingBy(u -> u, LinkedHashMap::new, Collectors.counting()));
    if (!unmet.isEmpty()) {
      out.println("  conditions unmet: " + unmet.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    for (NonHukouCandidate c : r.candidates()) {
      if (c.eligibility().eligible() || c.holdsTwoCommitteeOffice()) {
        out.println("  " + c.personId() + (c.holdsTwoCommitteeOffice() ? " (holds an office)"
            : "") + ": " + c.explanation().outcome());
      }
    }
    out.flush();
  }
}
