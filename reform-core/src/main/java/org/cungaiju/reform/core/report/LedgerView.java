package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.core.ledger.DepartmentProgress;
import org.cungaiju.reform.core.ledger.LedgerReport;
import org.cungaiju.reform.core.ledger.OverdueTask;
import org.cungaiju.reform.core.ledger.TaskProgress;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;

/**
 * The ledger section: each key task's departments by status (a chart), the tasks' table with
 * their responsible departments, and the overdue tasks.
 */
final class LedgerView implements SectionView<LedgerReport> {

  /** The order statuses are stacked in, done first. */
  static final ImmutableList<TaskStatus> ORDER = ImmutableList.of(TaskStatus.DONE,
      TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.NOT_STARTED);

  @Override
  public SectionKey<LedgerReport> key() {
    return SectionKey.LEDGER;
  }

  @Override
  public ImmutableList<String> headline() {
    return ImmutableList.of("tasksDone", "overdue");
  }

  @Override
  public void render(LedgerReport r, Figures figures, Page page) {
    page.cards(Cards.of(page, figures, "keyTasks", "tasksDone", "tasksInProgress",
        "tasksBlocked", "tasksNotStarted", "tasksNotReported", "overdue"));
    List<BarChart.Series> series = new ArrayList<>();
    ORDER.forEach(s -> series.add(new BarChart.Series(page.texts().of(s), colour(s))));
    series.add(new BarChart.Series(page.t("ledger.notReported"), "#dde3ea"));
    List<BarChart.Row> rows = new ArrayList<>();
    for (TaskProgress t : r.tasks()) {
      ImmutableList.Builder<Long> counts = ImmutableList.builder();
      for (TaskStatus s : ORDER) {
        counts.add(t.departments().stream().filter(d -> d.status() == s).count());
      }
      counts.add((long) t.notReported().size());
      rows.add(new BarChart.Row(t.task().number() + ". " + t.task().title(), counts.build(),
          t.latestStatus().map(s -> page.texts().of(s)).orElse(page.t("ledger.notReported"))));
    }
    page.figure(BarChart.svg("ledger-status", page.t("ledger.chart"), series, rows,
        Numbers::grouped), page.t("ledger.chartCaption"));

    Page.Table tasks = page.table("key-tasks")
        .number(page.t("ledger.number"))
        .column(page.t("ledger.task"))
        .column(page.t("ledger.departments"))
        .column(page.t("ledger.latest"))
        .column(page.t("ledger.reported"));
    for (TaskProgress t : r.tasks()) {
      tasks.row(String.valueOf(t.task().number()), t.task().title(),
          t.task().leadDepartments().stream().map(Department::name)
              .collect(Collectors.joining("、")) + (t.task().nonExhaustive() ? "等" : ""),
          new Page.Markup(t.latestStatus().map(s -> Status.pill(page.texts().of(s), colour(s)))
              .orElse(Status.pill(page.t("ledger.notReported"), Status.NEUTRAL))),
          t.departments().stream().map(d -> progress(page, d))
              .collect(Collectors.joining("; ")));
    }
    tasks.end();

    page.subheading("ledger.overdue");
    Page.Table overdue = page.table("overdue")
        .number(page.t("ledger.number"))
        .column(page.t("ledger.task"))
        .column(page.t("ledger.department"))
        .column(page.t("ledger.milestone"))
        .column(page.t("ledger.status"))
        .number(page.t("ledger.daysOverdue"));
    for (OverdueTask o : r.overdue()) {
      overdue.row(String.valueOf(o.taskNumber()), o.taskTitle(), o.department().name(),
          o.milestone().toString(), page.texts().of(o.status()),
          Numbers.grouped(o.daysOverdue()));
    }
    overdue.end();
  }

  private static String progress(Page page, DepartmentProgress d) {
    return d.department().name() + " " + page.texts().of(d.status())
        + (d.overdue() ? " (" + page.t("ledger.isOverdue") + ")" : "");
  }

  static String colour(TaskStatus s) {
    return switch (s) {
      case DONE -> "#59a14f";
      case IN_PROGRESS -> "#4e79a7";
      case BLOCKED -> "#e15759";
      case NOT_STARTED -> "#bab0ac";
    };
  }
}
