package org.cungaiju.reform.core.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntries;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.core.data.BuiltInData;

/**
 * The work ledger (台账): progress entries on the plan's key tasks, in the order recorded.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Append-only: an entry is never changed or removed. {@link #append} gives a new ledger
 *       holding every entry of this one, in the same order, and the new entry last; this ledger
 *       stays as it was. A correction is a new entry that {@linkplain LedgerEntry#supersedes()
 *       supersedes} an earlier one, which stays in the ledger as history.
 *   <li>The entries keep {@link LedgerEntries}' rules: unique ids; an entry supersedes only an
 *       entry listed before it, of the same key task, dated no later than itself, and not
 *       superseded already.
 *   <li>Views are taken on an explicit date (a dossier's {@code asOf} by default, never the
 *       wall clock) and see only the entries dated on or before it.
 * </ul>
 *
 * <h2>Performance notes</h2>
 *
 * <p>Appending copies the entries: a ledger of n entries takes O(n) to append to. A
 * community's ledger holds tens to hundreds of entries; build a long one with {@link #of}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries the entries, in the order recorded
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Ledger(ImmutableList<LedgerEntry> entries) {

  private static final Ledger EMPTY = new Ledger(ImmutableList.of());

  /**
   * Copies and checks the entries.
   *
   * @throws InvalidInputException listing every rule the entries break, with paths such as
   *     {@code ledger[3].supersedes}
   */
  public Ledger {
    entries = ImmutableList.copyOf(entries);
    ImmutableList<Violation> problems = LedgerEntries.check(entries, "ledger");
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The ledger with no entries. */
  public static Ledger empty() {
    return EMPTY;
  }

  /**
   * The ledger of {@code entries}, in their order.
   *
   * @throws InvalidInputException listing every rule the entries break
   */
  public static Ledger of(Iterable<LedgerEntry> entries) {
    return new Ledger(ImmutableList.copyOf(entries));
  }

  /** The ledger a dossier records (a dossier's entries always keep the ledger's rules). */
  public static Ledger of(Dossier dossier) {
    return new Ledger(dossier.ledger());
  }

  /**
   * A new ledger with {@code entry} appended; this ledger is left as it was.
   *
   * @throws ConflictException if the entry's id is taken, or it supersedes no earlier entry of
   *     its task, an entry dated after it, or an entry superseded already
   */
  public Ledger append(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    List<LedgerEntry> longer = new ArrayList<>(entries.size() + 1);
    longer.addAll(entries);
    longer.add(entry);
    ImmutableList<Violation> problems = LedgerEntries.check(longer, "ledger");
    if (!problems.isEmpty()) {
      throw new ConflictException("entry " + entry.id() + " cannot be appended to a ledger of "
          + entries.size() + " entries: " + problems.stream().map(Violation::toString)
          .collect(Collectors.joining("; ")));
    }
    return new Ledger(ImmutableList.copyOf(longer));
  }

  /** The number of entries, superseded ones included. */
  public int size() {
    return entries.size();
  }

  /** The entry {@code id}, if recorded. */
  public Optional<LedgerEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The entry that supersedes {@code id}, if one does. */
  public Optional<LedgerEntry> supersededBy(String id) {
    return entries.stream().filter(e -> e.supersedes().equals(Optional.of(id))).findFirst();
  }

  /**
   * The chain of corrections {@code id} belongs to, from the first report to the latest
   * correction, in order; empty if no entry has that id.
   */
  public ImmutableList<LedgerEntry> history(String id) {
    Optional<LedgerEntry> first = entry(id);
    while (first.isPresent() && first.get().supersedes().isPresent()) {
      first = entry(first.get().supersedes().get());
    }
    ImmutableList.Builder<LedgerEntry> chain = ImmutableList.builder();
    for (Optional<LedgerEntry> e = first; e.isPresent(); e = supersededBy(e.get().id())) {
      chain.add(e.get());
    }
    return chain.build();
  }

  /**
   * The entries in force on {@code date}: dated on or before it and not superseded by an entry
   * dated on or before it, in the ledger's order.
   */
  public ImmutableList<LedgerEntry> inForceOn(LocalDate date) {
    Set<String> superseded = new HashSet<>();
    entries.stream().filter(e -> !e.date().isAfter(date))
        .forEach(e -> e.supersedes().ifPresent(superseded::add));
    return entries.stream()
        .filter(e -> !e.date().isAfter(date) && !superseded.contains(e.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The supervision views on {@code date} of the plan's ten key tasks. */
  public LedgerReport report(LocalDate date) {
    return report(date, BuiltInData.keyTasks());
  }

  /** The supervision views on {@code date} of {@code keyTasks}. */
  public LedgerReport report(LocalDate date, List<KeyTask> keyTasks) {
    return Supervision.report(this, date, ImmutableList.copyOf(keyTasks));
  }
}
