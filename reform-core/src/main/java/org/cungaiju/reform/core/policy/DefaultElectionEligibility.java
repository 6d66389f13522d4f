package org.cungaiju.reform.core.policy;

import java.time.LocalDate;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.election.ElectionConditions;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.election.Eligibility;
import org.cungaiju.reform.spi.facet.FacetVersion;

/** The usual conditions, with the municipal default's parameters. */
record DefaultElectionEligibility(FacetVersion version, String clause,
    ElectionConditions conditions) implements ElectionEligibility {

  @Override
  public Explained<Eligibility> decide(Person person, LocalDate date) {
    return conditions.evaluate(person, date, version, "election.nonHukouCandidate", clause);
  }
}
