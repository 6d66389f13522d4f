package org.cungaiju.reform.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.ledger.Department;

/**
 * The supervision views (督查) of a work ledger on one date: per key task, per department, and
 * the overdue tasks.
 *
 * <p>Only entries dated on or before {@code date} are seen, and of those only the ones no such
 * entry supersedes ("in force"). Immutable and thread-safe.
 *
 * @param date the date the views are taken on
 * @param entries the entries dated on or before the date, superseded ones included
 * @param inForce the entries in force on the date
 * @param tasks every key task, in the plan's order
 * @param departments every department the plan names, in the order it first names them, then
 *     every other department that reported, in the order it first reported
 * @param overdue every (task, department) overdue on the date, by task then department
 * @param entriesOfNoKeyTask the ids of entries in force whose task number is not a key task's
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record LedgerReport(
    LocalDate date,
    int entries,
    int inForce,
    ImmutableList<TaskProgress> tasks,
    ImmutableList<DepartmentTasks> departments,
    ImmutableList<OverdueTask> overdue,
    ImmutableList<String> entriesOfNoKeyTask) {

  /** Copies the lists. */
  public LedgerReport {
    requireNonNull(date, "date");
    tasks = ImmutableList.copyOf(tasks);
    departments = ImmutableList.copyOf(departments);
    overdue = ImmutableList.copyOf(overdue);
    entriesOfNoKeyTask = ImmutableList.copyOf(entriesOfNoKeyTask);
  }

  /** The progress of key task {@code number}, if it is one. */
  public Optional<TaskProgress> task(int number) {
    return tasks.stream().filter(t -> t.task().number() == number).findFirst();
  }

  /** The tasks of {@code department}, if the plan names it or it reported. */
  public Optional<DepartmentTasks> department(Department department) {
    return departments.stream().filter(d -> d.department().equals(department)).findFirst();
  }
}
