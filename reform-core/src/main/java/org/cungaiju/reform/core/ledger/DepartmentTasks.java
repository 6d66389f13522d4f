package org.cungaiju.reform.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.ledger.Department;

/**
 * One department's key tasks on the report's date: those the plan makes it responsible for,
 * those it has reported on, and those it is overdue on.
 *
 * <p>Task numbers are in increasing order. Immutable and thread-safe.
 *
 * @param department the department
 * @param responsibleFor the tasks whose responsible departments the plan lists it among
 * @param reportedOn the tasks it has an entry in force on
 * @param overdueOn the tasks it is overdue on
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record DepartmentTasks(
    Department department,
    ImmutableList<Integer> responsibleFor,
    ImmutableList<Integer> reportedOn,
    ImmutableList<Integer> overdueOn) {

  /** Copies the lists. */
  public DepartmentTasks {
    requireNonNull(department, "department");
    responsibleFor = ImmutableList.copyOf(responsibleFor);
    reportedOn = ImmutableList.copyOf(reportedOn);
    overdueOn = ImmutableList.copyOf(overdueOn);
  }
}
