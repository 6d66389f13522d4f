package org.cungaiju.reform.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.core.fixtures.SmallDossiers;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.DossierWriter;

/** What holds for any sequence of appends, accepted or refused. */
class LedgerPropertiesTest {

  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  /** One attempt before it is tied to the attempts before it. */
  private record Draft(int id, int day, int task, Department department, TaskStatus status,
      Optional<Integer> milestone, Optional<Integer> supersedes, boolean correctsPrevious) {}

  @Provide
  Arbitrary<List<LedgerEntry>> attempts() {
    // a small pool of ids and tasks, so that repeats and cross-task corrections happen; some
    // attempts correct the attempt before them, which fits when that one was accepted
    Arbitrary<Draft> draft = Combinators.combine(
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 900),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of("市自然资源局", "市民政局", "市财政局").map(Department::of),
            Arbitraries.of(TaskStatus.class),
            Arbitraries.integers().between(0, 900).optional(0.5),
            Arbitraries.integers().between(1, 12).optional(0.2),
            Arbitraries.of(false, false, true))
        .as(Draft::new);
    return draft.list().ofMaxSize(40).map(LedgerPropertiesTest::entries);
  }

  private static List<LedgerEntry> entries(List<Draft> drafts) {
    List<LedgerEntry> out = new ArrayList<>();
    for (Draft d : drafts) {
      String id = "e" + d.id();
      LedgerEntry previous = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean corrects = d.correctsPrevious() && previous != null && !previous.id().equals(id);
      out.add(new LedgerEntry(id,
          corrects ? previous.date().plusDays(d.day() % 30) : START.plusDays(d.day()),
          corrects ? previous.taskNumber() : d.task(), d.department(), d.status(), "进展",
          d.milestone().map(START::plusDays),
          corrects ? Optional.of(previous.id())
              : d.supersedes().filter(s -> s != d.id()).map(s -> "e" + s)));
    }
    return out;
  }

  @Property(tries = 500)
  void neverLosesAnEntryUnderAnySequenceOfAppends(@ForAll("attempts") List<LedgerEntry> attempts) {
    Ledger ledger = Ledger.empty();
    List<LedgerEntry> accepted = new ArrayList<>();
    List<Ledger> snapshots = new ArrayList<>();
    List<ImmutableList<LedgerEntry>> snapshotEntries = new ArrayList<>();
    int refused = 0;
    for (LedgerEntry e : attempts) {
      snapshots.add(ledger);
      snapshotEntries.add(ledger.entries());
      try {
        ledger = ledger.append(e);
        accepted.add(e);
      } catch (ConflictException ex) {
        refused++;
      }
      // every entry ever accepted is there, unchanged and in the order accepted
      assertThat(ledger.entries()).containsExactlyElementsOf(accepted);
    }
    // no append changed a ledger it was made from
    for (int i = 0; i < snapshots.size(); i++) {
      assertThat(snapshots.get(i).entries()).isEqualTo(snapshotEntries.get(i));
      assertThat(ledger.entries().subList(0, snapshots.get(i).size()))
          .isEqualTo(snapshots.get(i).entries());
    }
    // the ledger reads back as built, in one go
    assertThat(Ledger.of(ledger.entries())).isEqualTo(ledger);
    Statistics.label("refused some").collect(refused > 0);
    Statistics.label("corrections").collect(
        accepted.stream().anyMatch(e -> e.supersedes().isPresent()));
    Statistics.label("refused some").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("corrections").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property(tries = 200)
  void everyEntryIsSeenSupersededOrInForce(@ForAll("attempts") List<LedgerEntry> attempts,
      @ForAll("days") LocalDate date) {
    Ledger ledger = appendWhatFits(attempts);

    List<LedgerEntry> seen = ledger.entries().stream().filter(e -> !e.date().isAfter(date))
        .toList();
    ImmutableList<LedgerEntry> inForce = ledger.inForceOn(date);
    long superseded = seen.stream().filter(e -> seen.stream()
        .anyMatch(s -> s.supersedes().equals(Optional.of(e.id())))).count();
    assertThat(inForce.size() + superseded).isEqualTo(seen.size());
    LedgerReport report = ledger.report(date);
    assertThat(report.inForce()).isEqualTo(inForce.size());
    assertThat(report.tasks().stream().mapToLong(t -> t.departments().size()).sum())
        .isLessThanOrEqualTo(inForce.size());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-10, 950).map(START::plusDays);
  }

  @Property(tries = 200)
  void roundTripsThroughJsonInADossier(@ForAll("attempts") List<LedgerEntry> attempts) {
    Ledger ledger = appendWhatFits(attempts);
    Dossier d = SmallDossiers.builder(1, SmallDossiers.person("p1", "1970-01-01", true))
        .asOf(START.plusDays(1000)).addLedger(ledger.entries()).build();

    Dossier back = DossierReader.read(DossierWriter.toJson(d));

    assertThat(Ledger.of(back)).isEqualTo(ledger);
  }

  private static Ledger appendWhatFits(List<LedgerEntry> attempts) {
    Ledger ledger = Ledger.empty();
    for (LedgerEntry e : attempts) {
      try {
        ledger = ledger.append(e);
      } catch (ConflictException refused) {
        // the property is about what was accepted
      }
    }
    return ledger;
  }
}
