package org.cungaiju.reform.api.ledger;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * One progress entry in the work ledger (台账): on a date, a department reports a status for a
 * key task, with evidence and an optional milestone.
 *
 * <p>Entries are never changed or deleted; a later entry may name an earlier one it
 * {@code supersedes}. Immutable and thread-safe.
 *
 * @param id the entry's id
 * @param date the date of the report
 * @param taskNumber the key task's number
 * @param department the reporting department
 * @param status the status reported
 * @param evidence the evidence note (佐证材料), at most 1,000 characters
 * @param milestone the date the task is due to be done, if one is set
 * @param supersedes the id of an earlier entry this one replaces, if any
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record LedgerEntry(
    String id,
    LocalDate date,
    int taskNumber,
    Department department,
    TaskStatus status,
    String evidence,
    Optional<LocalDate> milestone,
    Optional<String> supersedes) {

  /** Validates ids, task number and evidence. */
  public LedgerEntry {
    Checks.id(id, "id");
    requireNonNull(date, "date");
    checkInput(taskNumber >= 1, "taskNumber", taskNumber, "is not positive", "a key task's number");
    requireNonNull(department, "department");
    requireNonNull(status, "status");
    Checks.text(evidence, "evidence", 1000, evidence);
    requireNonNull(milestone, "milestone");
    supersedes.ifPresent(s -> {
      Checks.id(s, "supersedes");
      checkInput(!s.equals(id), "supersedes", s, "is the entry itself", "an earlier entry's id");
    });
  }
}
