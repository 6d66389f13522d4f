package org.cungaiju.reform.core.testing;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Counts what a fuzz suite tried — cases, the faults done, and how the cases ended — and says
 * so in one line, so that the build's output records the suite's reach. Thread-safe.
 */
public final class FuzzTally {

  private final String name;
  private final AtomicLong cases = new AtomicLong();
  private final Map<Fault, AtomicLong> faults = new EnumMap<>(Fault.class);
  private final Map<String, AtomicLong> outcomes = new TreeMap<>();

  /** A tally for the suite {@code name}. */
  public FuzzTally(String name) {
    this.name = name;
    for (Fault f : Fault.values()) {
      faults.put(f, new AtomicLong());
    }
  }

  /** Counts one case, which did {@code mutations} and ended as {@code outcome}. */
  public synchronized void count(Collection<Mutation> mutations, String outcome) {
    cases.incrementAndGet();
    mutations.forEach(m -> faults.get(m.fault()).incrementAndGet());
    outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
  }

  /** The cases tried so far. */
  public long cases() {
    return cases.get();
  }

  /** How many times {@code fault} was done. */
  public long times(Fault fault) {
    return faults.get(fault).get();
  }

  /** How many cases ended as {@code outcome}. */
  public synchronized long ended(String outcome) {
    AtomicLong n = outcomes.get(outcome);
    return n == null ? 0 : n.get();
  }

  /** Such as {@code dossier reader fuzz: 1500 cases; outcomes {...}; faults {...}}. */
  @Override
  public synchronized String toString() {
    return name + ": " + cases + " cases; outcomes " + outcomes + "; faults "
        + faults.entrySet().stream().filter(e -> e.getValue().get() > 0)
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
  }
}
