package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.registry.PolicyRegistry;

/** One run's inputs and the sections produced so far. Confined to the thread of one run. */
final class RunContext {

  private final Dossier dossier;
  private final LocalDate date;
  private final PolicyRegistry registry;
  private final Map<String, Section> done = new LinkedHashMap<>();

  RunContext(Dossier dossier, LocalDate date, PolicyRegistry registry) {
    this.dossier = requireNonNull(dossier, "dossier");
    this.date = requireNonNull(date, "date");
    this.registry = requireNonNull(registry, "registry");
  }

  Dossier dossier() {
    return dossier;
  }

  LocalDate date() {
    return date;
  }

  PolicyRegistry registry() {
    return registry;
  }

  /**
   * The result of an earlier section this one needs.
   *
   * @throws DependencyFailed if that section failed
   * @throws IllegalStateException if that section comes later in the run's order
   */
  <T extends Record> T require(SectionKey<T> key) {
    Section s = done.get(key.id());
    if (s == null) {
      throw new IllegalStateException("the section " + key + " is not produced before this one");
    }
    return key.resultOf(s).orElseThrow(() -> new DependencyFailed(key.id()));
  }

  void add(String id, Section section) {
    done.put(id, section);
  }

  Map<String, Section> sections() {
    return done;
  }

  /** A section this one needs failed; the run marks this one failed too. */
  static final class DependencyFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String section;

    DependencyFailed(String section) {
      super("the section " + section + " failed", null, false, false);
      this.section = section;
    }

    String section() {
      return section;
    }
  }
}
