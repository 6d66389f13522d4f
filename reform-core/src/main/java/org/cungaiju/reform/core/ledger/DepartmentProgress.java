package org.cungaiju.reform.core.ledger;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.TaskStatus;

/**
 * Where one department stands on one key task on the report's date: the status of its latest
 * entry in force, and the milestone it last set.
 *
 * <p>Immutable and thread-safe.
 *
 * @param department the reporting department
 * @param namedByPlan whether the plan names it among the task's responsible departments (a
 *     department the plan's 等 leaves unnamed may report too)
 * @param status the status of its latest entry in force
 * @param entryId that entry's id
 * @param reported that entry's date
 * @param milestone the milestone of its latest entry in force that sets one, if any
 * @param overdue whether the milestone is before the report's date and the status is not done
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record DepartmentProgress(
    Department department,
    boolean namedByPlan,
    TaskStatus status,
    String entryId,
    LocalDate reported,
    Optional<LocalDate> milestone,
    boolean overdue) {

  /** Validates that every part is present. */
  public DepartmentProgress {
    requireNonNull(department, "department");
    requireNonNull(status, "status");
    requireNonNull(entryId, "entryId");
    requireNonNull(reported, "reported");
    requireNonNull(milestone, "milestone");
  }
}
