package org.cungaiju.reform.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

/** KeyTask, LedgerEntry and Department. */
class KeyTaskTest {

  private static final Department NATURAL_RESOURCES = Department.of("市自然资源局");
  private static final Department DEVELOPMENT = Department.of("市发展改革局");

  private static KeyTask task(int number, int section, Department... departments) {
    return new KeyTask(number, section, "提升村改居社区规划建设水平", "推行一体化城市规划管理制度",
        ImmutableList.copyOf(departments), true);
  }

  @Test
  void keepsTheDepartmentsInThePlansOrder() {
    KeyTask t = task(1, 1, NATURAL_RESOURCES, DEVELOPMENT, Department.of("市农业农村局"));
    assertThat(t.leadDepartments()).extracting(Department::name)
        .containsExactly("市自然资源局", "市发展改革局", "市农业农村局");
    assertThat(new KeyTask(t.number(), t.section(), t.sectionTitle(), t.title(),
        t.leadDepartments(), t.nonExhaustive())).isEqualTo(t);
  }

  @Test
  void refusesBadNumbersAndDepartments() {
    assertThat(refused(() -> task(0, 1, DEVELOPMENT)).violations().get(0).path())
        .isEqualTo("number");
    assertThat(refused(() -> task(1, 0, DEVELOPMENT)).violations().get(0).path())
        .isEqualTo("section");
    assertThat(refused(() -> task(1, 1)).violations().get(0).accepted())
        .isEqualTo("at least one department");
    Violation twice = refused(() -> task(1, 1, DEVELOPMENT, NATURAL_RESOURCES,
        Department.of("市发展改革局"))).violations().get(0);
    assertThat(twice.path()).isEqualTo("leadDepartments");
    assertThat(twice.value()).isEqualTo("市发展改革局");
    assertThat(twice.problem()).isEqualTo("is listed twice");
    assertThat(refused(() -> new KeyTask(1, 1, " ", "推行", ImmutableList.of(DEVELOPMENT), false))
        .violations().get(0).path()).isEqualTo("sectionTitle");
  }

  @Test
  void departmentIsItsName() {
    assertThat(NATURAL_RESOURCES).hasToString("市自然资源局");
    assertThat(new Department(NATURAL_RESOURCES.name())).isEqualTo(NATURAL_RESOURCES);
    Violation v = refused(() -> Department.of("")).violations().get(0);
    assertThat(v.path()).isEqualTo("department");
    assertThat(refused(() -> Department.of("局".repeat(61))).violations().get(0).accepted())
        .isEqualTo("at most 60 characters");
  }

  private static LedgerEntry entry(String id, int task, String evidence, Optional<String> supersedes) {
    return new LedgerEntry(id, LocalDate.of(2025, 3, 31), task, DEVELOPMENT, TaskStatus.IN_PROGRESS,
        evidence, Optional.of(LocalDate.of(2025, 12, 31)), supersedes);
  }

  @Test
  void ledgerEntryNamesAnEarlierEntryItSupersedes() {
    LedgerEntry e = entry("e2", 3, "已完成规划编制初稿", Optional.of("e1"));
    assertThat(new LedgerEntry(e.id(), e.date(), e.taskNumber(), e.department(), e.status(),
        e.evidence(), e.milestone(), e.supersedes())).isEqualTo(e);
    Violation self = refused(() -> entry("e2", 3, "进展", Optional.of("e2"))).violations().get(0);
    assertThat(self.path()).isEqualTo("supersedes");
    assertThat(self.problem()).isEqualTo("is the entry itself");
  }

  @Test
  void ledgerEntryRefusesBadTaskNumbersAndEvidence() {
    assertThat(refused(() -> entry("e1", 0, "进展", Optional.empty())).violations().get(0).path())
        .isEqualTo("taskNumber");
    assertThat(refused(() -> entry("e1", 1, "进".repeat(1001), Optional.empty())).violations()
        .get(0).accepted()).isEqualTo("at most 1000 characters");
    assertThat(refused(() -> entry("e1", 1, "进展\u0007", Optional.empty())).violations().get(0)
        .problem()).isEqualTo("contains a control character");
  }
}
