package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.election.Eligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;

/** Election eligibility, guarded: every outcome gives its reasons. */
record GuardedElectionEligibility(ElectionEligibility plugin, FacetVersion version,
    PluginGuard guard) implements ElectionEligibility {

  private static final Check<Eligibility> REASONED = e -> !e.reasons().isEmpty() ? null
      : "gives no reason; accepted: one reason per condition checked";

  @Override
  public Explained<Eligibility> decide(Person person, LocalDate date) {
    requireNonNull(person, "person");
    requireNonNull(date, "date");
    return guard.decide(Facet.ELECTION, version, () -> "person " + person.id() + " on " + date,
        Eligibility.class, () -> plugin.decide(person, date), REASONED, null);
  }
}
