package org.cungaiju.reform.core.governance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.spi.governance.SeparationDimension;

/**
 * The governance checks of one community on one date: a finding on each of the five
 * dimensions of 政经分开, the office holders with the 一肩挑 decision, and the two-committee
 * eligibility of non-hukou residents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param communityId the community checked
 * @param county the county whose policy decided
 * @param date the date checked at
 * @param separation one finding per dimension, in {@link SeparationDimension} order
 * @param officeHolders every person holding an office, in the order first appointed
 * @param candidates every non-hukou adult resident, and every non-hukou adult holding a
 *     two-committee office, in the dossier's order of persons
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record GovernanceReport(
    String communityId,
    County county,
    LocalDate date,
    ImmutableList<SeparationFinding> separation,
    ImmutableList<OfficeHolder> officeHolders,
    ImmutableList<NonHukouCandidate> candidates) {

  /** Copies the lists. */
  public GovernanceReport {
    requireNonNull(communityId, "communityId");
    requireNonNull(county, "county");
    requireNonNull(date, "date");
    separation = ImmutableList.copyOf(separation);
    officeHolders = ImmutableList.copyOf(officeHolders);
    candidates = ImmutableList.copyOf(candidates);
  }

  /** The finding on {@code dimension}, if the report has one. */
  public Optional<SeparationFinding> finding(SeparationDimension dimension) {
    return separation.stream().filter(f -> f.dimension() == dimension).findFirst();
  }

  /** The office holder {@code personId}, if the person holds an office. */
  public Optional<OfficeHolder> officeHolder(String personId) {
    return officeHolders.stream().filter(h -> h.personId().equals(personId)).findFirst();
  }

  /** The eligibility decision about {@code personId}, if the person was considered. */
  public Optional<NonHukouCandidate> candidate(String personId) {
    return candidates.stream().filter(c -> c.personId().equals(personId)).findFirst();
  }
}
