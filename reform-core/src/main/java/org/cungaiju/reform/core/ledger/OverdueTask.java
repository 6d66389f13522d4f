package org.cungaiju.reform.core.ledger;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.TaskStatus;

/**
 * A key task a department is overdue on: its milestone lies before the report's date and its
 * latest entry in force does not report it done.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskNumber the key task's number
 * @param taskTitle the key task's title
 * @param department the department
 * @param milestone the milestone missed (the one its latest entry in force setting one set)
 * @param status the status of its latest entry in force
 * @param daysOverdue the days from the milestone to the report's date, 1 or more
 * @param entryId the department's latest entry in force on the task
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record OverdueTask(
    int taskNumber,
    String taskTitle,
    Department department,
    LocalDate milestone,
    TaskStatus status,
    long daysOverdue,
    String entryId) {

  /** Validates that every part is present. */
  public OverdueTask {
    requireNonNull(taskTitle, "taskTitle");
    requireNonNull(department, "department");
    requireNonNull(milestone, "milestone");
    requireNonNull(status, "status");
    requireNonNull(entryId, "entryId");
  }
}
