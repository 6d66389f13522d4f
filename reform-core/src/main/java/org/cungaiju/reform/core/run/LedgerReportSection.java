package org.cungaiju.reform.core.run;

import java.util.Optional;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.core.ledger.Ledger;
import org.cungaiju.reform.core.ledger.LedgerReport;
import org.cungaiju.reform.core.ledger.TaskProgress;

/** The ledger section: each key task's latest status and departments, the overdue tasks. */
final class LedgerReportSection implements ReportSection<LedgerReport> {

  @Override
  public SectionKey<LedgerReport> key() {
    return SectionKey.LEDGER;
  }

  @Override
  public LedgerReport compute(RunContext run) {
    return Ledger.of(run.dossier()).report(run.date());
  }

  @Override
  public Figures figures(LedgerReport r) {
    return Figures.builder()
        .count("keyTasks", r.tasks().size())
        .count("tasksDone", tasks(r, TaskStatus.DONE))
        .count("tasksInProgress", tasks(r, TaskStatus.IN_PROGRESS))
        .count("tasksBlocked", tasks(r, TaskStatus.BLOCKED))
        .count("tasksNotStarted", tasks(r, TaskStatus.NOT_STARTED))
        .count("tasksNotReported",
            r.tasks().stream().filter(t -> t.latestStatus().isEmpty()).count())
        .count("overdue", r.overdue().size())
        .count("entriesInForce", r.inForce())
        .build();
  }

  private static long tasks(LedgerReport r, TaskStatus status) {
    return r.tasks().stream().map(TaskProgress::latestStatus)
        .filter(Optional.of(status)::equals).count();
  }
}
