package org.cungaiju.reform.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.junit.jupiter.api.Test;

/** Appending, superseding and the views on hand-made dates. */
class LedgerTest {

  static final Department NATURAL_RESOURCES = Department.of("市自然资源局");
  static final Department AGRICULTURE = Department.of("市农业农村局");
  static final Department CIVIL_AFFAIRS = Department.of("市民政局");

  static LedgerEntry entry(String id, String date, int task, Department department,
      TaskStatus status, String milestone, String supersedes) {
    return new LedgerEntry(id, LocalDate.parse(date), task, department, status, "进展说明",
        Optional.ofNullable(milestone).map(LocalDate::parse), Optional.ofNullable(supersedes));
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void supersedingKeepsHistory() {
    LedgerEntry reported = entry("e1", "2025-03-31", 1, NATURAL_RESOURCES,
        TaskStatus.DONE, null, null);
    LedgerEntry corrected = entry("e2", "2025-04-02", 1, NATURAL_RESOURCES,
        TaskStatus.IN_PROGRESS, null, "e1");
    Ledger before = Ledger.empty().append(reported);

    Ledger after = before.append(corrected);

    assertThat(before.entries()).containsExactly(reported);
    assertThat(after.entries()).containsExactly(reported, corrected);
    assertThat(after.history("e1")).containsExactly(reported, corrected);
    assertThat(after.history("e2")).containsExactly(reported, corrected);
    assertThat(after.supersededBy("e1")).contains(corrected);
    // the correction counts from its own date; before it, the first report stands
    assertThat(after.inForceOn(day("2025-04-01"))).containsExactly(reported);
    assertThat(after.inForceOn(day("2025-04-02"))).containsExactly(corrected);
    assertThat(after.report(day("2025-04-01")).task(1).orElseThrow().latestStatus())
        .contains(TaskStatus.DONE);
    LedgerReport now = after.report(day("2025-04-02"));
    assertThat(now.task(1).orElseThrow().latestStatus()).contains(TaskStatus.IN_PROGRESS);
    assertThat(now.entries()).isEqualTo(2);
    assertThat(now.inForce()).isEqualTo(1);
  }

  @Test
  void appendingAConflictingEntryLeavesTheLedgerAsItWas() {
    Ledger ledger = Ledger.of(List.of(
        entry("e1", "2025-03-31", 6, AGRICULTURE, TaskStatus.IN_PROGRESS, null, null),
        entry("e2", "2025-04-30", 6, AGRICULTURE, TaskStatus.DONE, null, "e1")));

    assertThatThrownBy(() -> ledger.append(
        entry("e1", "2025-05-01", 6, AGRICULTURE, TaskStatus.DONE, null, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("entry e1 cannot be appended to a ledger of 2 entries: ledger[2].id: is "
            + "used twice (value 'e1'); accepted: a unique id");
    assertThatThrownBy(() -> ledger.append(
        entry("e3", "2025-05-01", 6, AGRICULTURE, TaskStatus.DONE, null, "e1")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("ledger[2].supersedes: is superseded already by e2");
    assertThatThrownBy(() -> ledger.append(
        entry("e3", "2025-05-01", 7, AGRICULTURE, TaskStatus.DONE, null, "e2")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is an entry of key task 6, not of this entry's task 7");
    assertThat(ledger.size()).isEqualTo(2);
  }

  @Test
  void refusesBuildingABrokenLedger() {
    assertThatThrownBy(() -> Ledger.of(List.of(
        entry("e1", "2025-03-31", 6, AGRICULTURE, TaskStatus.IN_PROGRESS, null, "e0"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ledger[0].supersedes: names no earlier entry in the ledger");
  }

  @Test
  void theTenKeyTasksOfTheSeedAppearWithTheirDepartments() {
    LedgerReport report = Ledger.empty().report(day("2025-12-31"));

    assertThat(report.tasks()).extracting(t -> t.task().number())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    // transcribed by hand from the plan's measures 1, 6 and 10
    assertThat(report.task(1).orElseThrow().responsibleDepartments())
        .extracting(Department::name).containsExactly("市自然资源局", "市发展改革局", "市农业农村局");
    assertThat(report.task(6).orElseThrow().responsibleDepartments())
        .extracting(Department::name).containsExactly("市自然资源局", "市农业农村局", "市住房城乡建设局");
    assertThat(report.task(10).orElseThrow().responsibleDepartments())
        .extracting(Department::name).containsExactly("市委组织部", "市民政局", "市发展改革局", "市公安局");
    assertThat(report.tasks()).allSatisfy(t -> {
      assertThat(t.latestStatus()).isEmpty();
      assertThat(t.notReported()).isEqualTo(t.responsibleDepartments());
      assertThat(t.task().nonExhaustive()).isTrue();
    });
    // 市民政局 is named by measures 4, 5, 8, 9 and 10; 市发展改革局 by 1, 2, 5 and 10
    assertThat(report.department(CIVIL_AFFAIRS).orElseThrow().responsibleFor())
        .containsExactly(4, 5, 8, 9, 10);
    assertThat(report.department(Department.of("市发展改革局")).orElseThrow().responsibleFor())
        .containsExactly(1, 2, 5, 10);
    assertThat(report.departments().get(0).department()).isEqualTo(NATURAL_RESOURCES);
  }

  /**
   * Task 6: 市自然资源局 in progress with a milestone of 2025-06-30, reporting again on
   * 2025-05-01 without one; 市农业农村局 done by the same milestone. Task 9: 市民政局 blocked,
   * due 2025-12-31.
   */
  private static Ledger milestones() {
    return Ledger.of(List.of(
        entry("a1", "2025-03-01", 6, NATURAL_RESOURCES, TaskStatus.IN_PROGRESS, "2025-06-30",
            null),
        entry("b1", "2025-03-15", 6, AGRICULTURE, TaskStatus.IN_PROGRESS, "2025-06-30", null),
        entry("c1", "2025-04-01", 9, CIVIL_AFFAIRS, TaskStatus.BLOCKED, "2025-12-31", null),
        entry("a2", "2025-05-01", 6, NATURAL_RESOURCES, TaskStatus.IN_PROGRESS, null, null),
        entry("b2", "2025-06-20", 6, AGRICULTURE, TaskStatus.DONE, null, null)));
  }

  @Test
  void nothingIsOverdueOnTheMilestoneItself() {
    assertThat(milestones().report(day("2025-06-30")).overdue()).isEmpty();
  }

  @Test
  void aMilestonePassedUndoneIsOverdueFromTheNextDay() {
    LedgerReport july = milestones().report(day("2025-07-01"));

    assertThat(july.overdue()).singleElement().satisfies(o -> {
      assertThat(o.taskNumber()).isEqualTo(6);
      assertThat(o.department()).isEqualTo(NATURAL_RESOURCES);
      // the later report set no milestone, so the earlier one still holds
      assertThat(o.milestone()).isEqualTo(day("2025-06-30"));
      assertThat(o.status()).isEqualTo(TaskStatus.IN_PROGRESS);
      assertThat(o.daysOverdue()).isEqualTo(1);
      assertThat(o.entryId()).isEqualTo("a2");
    });
    TaskProgress six = july.task(6).orElseThrow();
    assertThat(six.departments()).extracting(DepartmentProgress::department,
            DepartmentProgress::status, DepartmentProgress::overdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NATURAL_RESOURCES, TaskStatus.IN_PROGRESS, true),
            org.assertj.core.groups.Tuple.tuple(AGRICULTURE, TaskStatus.DONE, false));
    assertThat(six.notReported()).containsExactly(Department.of("市住房城乡建设局"));
    // the latest entry of the task is 市农业农村局's of 2025-06-20
    assertThat(six.latestEntryId()).contains("b2");
    assertThat(july.department(NATURAL_RESOURCES).orElseThrow().overdueOn()).containsExactly(6);
  }

  @Test
  void overdueDaysCountFromTheMilestone() {
    // 2025-06-30 to 2026-01-01 is 185 days; 2025-12-31 to 2026-01-01 is 1
    LedgerReport newYear = milestones().report(day("2026-01-01"));

    assertThat(newYear.overdue()).extracting(OverdueTask::taskNumber, OverdueTask::daysOverdue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6, 185L),
            org.assertj.core.groups.Tuple.tuple(9, 1L));
  }

  @Test
  void aViewSeesNothingAfterItsDate() {
    LedgerReport march = milestones().report(day("2025-03-10"));

    assertThat(march.entries()).isEqualTo(1);
    assertThat(march.task(6).orElseThrow().departments()).extracting(
        DepartmentProgress::entryId).containsExactly("a1");
    assertThat(march.task(9).orElseThrow().latestStatus()).isEmpty();
  }

  @Test
  void aCorrectionToDoneLiftsTheOverdueAndTheReverseRestoresIt() {
    Ledger ledger = milestones()
        .append(entry("a3", "2025-07-05", 6, NATURAL_RESOURCES, TaskStatus.DONE, null, "a2"));
    assertThat(ledger.report(day("2025-07-05")).overdue()).isEmpty();

    Ledger corrected = ledger.append(entry("a4", "2025-07-06", 6, NATURAL_RESOURCES,
        TaskStatus.IN_PROGRESS, null, "a3"));
    assertThat(corrected.report(day("2025-07-06")).overdue()).extracting(OverdueTask::entryId)
        .containsExactly("a4");
  }

  @Test
  void departmentsThePlanDoesNotNameAndTasksItDoesNotHaveAreReported() {
    Department finance = Department.of("市财政局");
    Ledger ledger = Ledger.of(List.of(
        entry("x1", "2025-02-01", 1, finance, TaskStatus.IN_PROGRESS, null, null),
        entry("x2", "2025-02-02", 11, finance, TaskStatus.IN_PROGRESS, null, null)));

    LedgerReport report = ledger.report(day("2025-12-31"));

    DepartmentProgress p = report.task(1).orElseThrow().departments().get(0);
    assertThat(p.department()).isEqualTo(finance);
    assertThat(p.namedByPlan()).isFalse();
    assertThat(report.department(finance).orElseThrow().responsibleFor()).containsExactly(5);
    assertThat(report.department(finance).orElseThrow().reportedOn()).containsExactly(1);
    assertThat(report.entriesOfNoKeyTask()).containsExactly("x2");
  }
}
