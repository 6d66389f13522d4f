package org.cungaiju.reform.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

/** The rules a sequence of ledger entries keeps. */
class LedgerEntriesTest {

  private static LedgerEntry entry(String id, String date, int task, String supersedes) {
    return new LedgerEntry(id, LocalDate.parse(date), task, Department.of("市民政局"),
        TaskStatus.IN_PROGRESS, "推进中", Optional.empty(), Optional.ofNullable(supersedes));
  }

  private static List<String> problems(LedgerEntry... entries) {
    return LedgerEntries.check(List.of(entries), "ledger").stream()
        .map(v -> v.path() + ": " + v.problem()).toList();
  }

  @Test
  void aChainOfCorrectionsOfOneTaskIsValid() {
    assertThat(problems(entry("a", "2025-01-01", 8, null), entry("b", "2025-01-01", 8, "a"),
        entry("c", "2025-02-01", 8, "b"), entry("d", "2025-02-01", 3, null))).isEmpty();
  }

  @Test
  void refusesSupersedingAnotherTasksEntry() {
    assertThat(problems(entry("a", "2025-01-01", 8, null), entry("b", "2025-01-02", 3, "a")))
        .containsExactly("ledger[1].supersedes: is an entry of key task 8, not of this "
            + "entry's task 3");
  }

  @Test
  void refusesACorrectionDatedBeforeWhatItCorrects() {
    List<Violation> v = LedgerEntries.check(List.of(entry("a", "2025-03-01", 8, null),
        entry("b", "2025-02-28", 8, "a")), "ledger");
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("ledger[1].date");
      assertThat(x.accepted()).isEqualTo("a date on or after 2025-03-01");
    });
  }

  @Test
  void refusesSupersedingAnEntryTwice() {
    assertThat(problems(entry("a", "2025-01-01", 8, null), entry("b", "2025-01-02", 8, "a"),
        entry("c", "2025-01-03", 8, "a")))
        .containsExactly("ledger[2].supersedes: is superseded already by b");
  }

  @Test
  void refusesRepeatedIdsAndForwardReferences() {
    assertThat(problems(entry("a", "2025-01-01", 8, "b"), entry("b", "2025-01-02", 8, null),
        entry("b", "2025-01-03", 8, null))).containsExactly(
        "ledger[0].supersedes: names no earlier entry in the ledger",
        "ledger[2].id: is used twice");
  }
}
