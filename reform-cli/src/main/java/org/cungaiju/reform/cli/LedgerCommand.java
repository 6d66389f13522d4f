package org.cungaiju.reform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.ledger.DepartmentProgress;
import org.cungaiju.reform.core.ledger.Ledger;
import org.cungaiju.reform.core.ledger.LedgerReport;
import org.cungaiju.reform.core.ledger.OverdueTask;
import org.cungaiju.reform.core.ledger.TaskProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reform ledger FILE [--date D]}: the supervision views (督查) of a dossier's work ledger
 * (台账) on a date — each key task's latest status with its responsible departments, each
 * department's tasks, and what is overdue against its milestone.
 *
 * <p>The date defaults to the dossier's {@code asOf}, never today's date, so the same file always
 * gives the same report. Prints JSON or, with {@code --format text}, a summary. Exit codes:
 * {@link ExitCode#OK} when reported (overdue tasks included), {@link ExitCode#INVALID} for an
 * invalid dossier, {@link ExitCode#USAGE} for a usage error.
 */
@Api(status = Api.Status.INTERNAL, since = "0.1")
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reports a dossier's work ledger (台账) on a date: each key task's latest status and "
            + "responsible departments, each department's tasks, and overdue milestones.",
        "Exit codes: 0 reported, 1 invalid dossier, 2 usage error."})
public final class LedgerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginsOption plugins;

  @Mixin ReportOutput output;

  @Parameters(paramLabel = "FILE", description = "the dossier whose ledger to report")
  Path file;

  @Option(names = "--date", paramLabel = "DATE",
      description = "the date to report on, yyyy-MM-dd (default: the dossier's asOf)")
  LocalDate date;

  /** Reads the dossier and prints its ledger's views on the date. */
  @Override
  public Integer call() {
    boolean text = output.text();
    Optional<Dossier> dossier = DossierFiles.readOrReport(file, spec.commandLine().getErr());
    if (dossier.isEmpty()) {
      return ExitCode.INVALID;
    }
    Dossier d = dossier.get();
    LedgerReport report = Ledger.of(d).report(date == null ? d.asOf() : date);
    PrintWriter out = spec.commandLine().getOut();
    if (text) {
      print(out, d, report);
    } else {
      ReportOutput.json(out, report);
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, Dossier d, LedgerReport r) {
    out.println(d.community().name() + " (" + d.community().id() + "): work ledger on "
        + r.date() + ", " + r.entries() + " entries, " + r.inForce() + " in force");
    out.println();
    for (TaskProgress t : r.tasks()) {
      out.println(String.format("%2d %s: %s", t.task().number(), t.task().title(),
          t.latestStatus().map(s -> s + " (" + s.chineseName() + ")").orElse("no report")));
      out.println("   responsible: " + t.responsibleDepartments().stream()
          .map(Object::toString).collect(Collectors.joining("、"))
          + (t.task().nonExhaustive() ? "等" : ""));
      for (DepartmentProgress p : t.departments()) {
        out.println("   " + p.department() + (p.namedByPlan() ? "" : " (not named by the plan)")
            + ": " + p.status() + " on " + p.reported() + p.milestone().map(m -> ", due " + m)
            .orElse("") + (p.overdue() ? ", OVERDUE" : ""));
      }
      if (!t.notReported().isEmpty()) {
        out.println("   not reported: " + t.notReported().stream().map(Object::toString)
            .collect(Collectors.joining("、")));
      }
    }
    out.println();
    out.println("Overdue on " + r.date() + ": " + r.overdue().size());
    for (OverdueTask o : r.overdue()) {
      out.println("  task " + o.taskNumber() + " " + o.department() + ": due " + o.milestone()
          + ", " + o.status() + ", " + o.daysOverdue() + " days overdue (entry " + o.entryId()
          + ")");
    }
    if (!r.entriesOfNoKeyTask().isEmpty()) {
      out.println("Entries naming no key task: " + String.join(", ", r.entriesOfNoKeyTask()));
    }
    out.flush();
  }
}
