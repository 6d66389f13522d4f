package org.cungaiju.reform.core.ledger;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;

/**
 * Builds the supervision views of a ledger on a date.
 *
 * <p>Within one (task, department) the latest entry in force is the one with the latest date,
 * and among entries of one date the one recorded last. Its status is the department's status;
 * the milestone is that of the latest entry in force that sets one, since a later report
 * without a milestone does not cancel the one set before. A department is overdue when that
 * milestone is before the date and its status is not {@link TaskStatus#DONE}: on the
 * milestone's own day it is not yet overdue.
 */
final class Supervision {

  private Supervision() {}

  /** One department's entries in force on one task, in ledger order. */
  private record Track(int task, Department department, List<LedgerEntry> entries) {}

  static LedgerReport report(Ledger ledger, LocalDate date, ImmutableList<KeyTask> keyTasks) {
    List<LedgerEntry> inForce = ledger.inForceOn(date);
    int seen = (int) ledger.entries().stream().filter(e -> !e.date().isAfter(date)).count();
    Map<Integer, KeyTask> byNumber = new LinkedHashMap<>();
    keyTasks.forEach(t -> byNumber.put(t.number(), t));

    Map<String, Track> tracks = new LinkedHashMap<>();
    List<String> strays = new ArrayList<>();
    for (LedgerEntry e : inForce) {
      if (!byNumber.containsKey(e.taskNumber())) {
        strays.add(e.id());
        continue;
      }
      tracks.computeIfAbsent(e.taskNumber() + "\u0000" + e.department().name(),
          k -> new Track(e.taskNumber(), e.department(), new ArrayList<>())).entries().add(e);
    }

    List<TaskProgress> tasks = new ArrayList<>();
    List<OverdueTask> overdue = new ArrayList<>();
    for (KeyTask task : keyTasks) {
      List<Track> ofTask = tracks.values().stream().filter(t -> t.task() == task.number())
          .sorted(Comparator.comparingInt(t -> planOrder(task, t.department())))
          .toList();
      List<DepartmentProgress> departments = new ArrayList<>();
      for (Track t : ofTask) {
        DepartmentProgress p = progress(task, t, date);
        departments.add(p);
        if (p.overdue()) {
          LocalDate milestone = p.milestone().orElseThrow();
          overdue.add(new OverdueTask(task.number(), task.title(), p.department(), milestone,
              p.status(), ChronoUnit.DAYS.between(milestone, date), p.entryId()));
        }
      }
      List<LedgerEntry> entriesOfTask = inForce.stream()
          .filter(e -> e.taskNumber() == task.number()).toList();
      Optional<LedgerEntry> latest = entriesOfTask.isEmpty() ? Optional.empty()
          : Optional.of(latest(entriesOfTask));
      Set<Department> reported = new LinkedHashSet<>();
      ofTask.forEach(t -> reported.add(t.department()));
      tasks.add(new TaskProgress(task, latest.map(LedgerEntry::status),
          latest.map(LedgerEntry::id), ImmutableList.copyOf(departments),
          task.leadDepartments().stream().filter(d -> !reported.contains(d))
              .collect(ImmutableList.toImmutableList())));
    }
    return new LedgerReport(date, seen, inForce.size(), ImmutableList.copyOf(tasks),
        departments(keyTasks, tracks.values(), overdue), ImmutableList.copyOf(overdue),
        ImmutableList.copyOf(strays));
  }

  /** The plan's departments first, in its order; the others after, in reporting order. */
  private static int planOrder(KeyTask task, Department d) {
    int i = task.leadDepartments().indexOf(d);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static DepartmentProgress progress(KeyTask task, Track t, LocalDate date) {
    LedgerEntry latest = latest(t.entries());
    Optional<LocalDate> milestone = t.entries().stream().filter(e -> e.milestone().isPresent())
        .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b).flatMap(LedgerEntry::milestone);
    boolean overdue = milestone.isPresent() && milestone.get().isBefore(date)
        && latest.status() != TaskStatus.DONE;
    return new DepartmentProgress(t.department(), task.leadDepartments().contains(t.department()),
        latest.status(), latest.id(), latest.date(), milestone, overdue);
  }

  /** The entry with the latest date; of one date, the one recorded last. */
  private static LedgerEntry latest(List<LedgerEntry> inLedgerOrder) {
    LedgerEntry latest = inLedgerOrder.get(0);
    for (LedgerEntry e : inLedgerOrder) {
      if (!e.date().isBefore(latest.date())) {
        latest = e;
      }
    }
    return latest;
  }

  /** The task numbers of one department, as they are gathered. */
  private static final class Tasks {
    final Set<Integer> responsibleFor = new TreeSet<>();
    final Set<Integer> reportedOn = new TreeSet<>();
    final Set<Integer> overdueOn = new TreeSet<>();
  }

  private static ImmutableList<DepartmentTasks> departments(List<KeyTask> keyTasks,
      Collection<Track> tracks, List<OverdueTask> overdue) {
    Map<Department, Tasks> byDepartment = new LinkedHashMap<>();
    for (KeyTask task : keyTasks) {
      for (Department d : task.leadDepartments()) {
        byDepartment.computeIfAbsent(d, k -> new Tasks()).responsibleFor.add(task.number());
      }
    }
    tracks.forEach(t ->
        byDepartment.computeIfAbsent(t.department(), k -> new Tasks()).reportedOn.add(t.task()));
    overdue.forEach(o -> byDepartment.computeIfAbsent(o.department(), k -> new Tasks())
        .overdueOn.add(o.taskNumber()));
    ImmutableList.Builder<DepartmentTasks> out = ImmutableList.builder();
    byDepartment.forEach((d, t) -> out.add(new DepartmentTasks(d,
        ImmutableList.copyOf(t.responsibleFor), ImmutableList.copyOf(t.reportedOn),
        ImmutableList.copyOf(t.overdueOn))));
    return out.build();
  }
}
