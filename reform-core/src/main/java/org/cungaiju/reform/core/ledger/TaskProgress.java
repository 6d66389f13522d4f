package org.cungaiju.reform.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.TaskStatus;

/**
 * One key task on the report's date: its responsible departments (from the plan), its latest
 * status, and where each reporting department stands.
 *
 * <p>Immutable and thread-safe.
 *
 * @param task the key task, with the departments the plan makes responsible for it
 * @param latestStatus the status of the task's latest entry in force (by date, then order
 *     recorded), or empty when no entry in force reports on it
 * @param latestEntryId that entry's id
 * @param departments every department with an entry in force on the task: the plan's in its
 *     order, then the others in the order they first reported
 * @param notReported the plan's departments with no entry in force on the task
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record TaskProgress(
    KeyTask task,
    Optional<TaskStatus> latestStatus,
    Optional<String> latestEntryId,
    ImmutableList<DepartmentProgress> departments,
    ImmutableList<Department> notReported) {

  /** Copies the lists. */
  public TaskProgress {
    requireNonNull(task, "task");
    requireNonNull(latestStatus, "latestStatus");
    requireNonNull(latestEntryId, "latestEntryId");
    departments = ImmutableList.copyOf(departments);
    notReported = ImmutableList.copyOf(notReported);
  }

  /** The departments the plan makes responsible for the task, in the plan's order. */
  public ImmutableList<Department> responsibleDepartments() {
    return task.leadDepartments();
  }
}
