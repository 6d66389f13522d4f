package org.cungaiju.reform.core.service;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.service.SchoolStage;

/**
 * The public-service check of one community on one date: the school places needed at each
 * stage and the gaps.
 *
 * <p>Immutable and thread-safe.
 *
 * @param communityId the community
 * @param county the county whose standards decided
 * @param date the date the standards in force were taken on
 * @param residents the community's resident (常住) population
 * @param schoolPlaces one need per stage, in {@link SchoolStage} order
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record ServicesReport(
    String communityId,
    County county,
    LocalDate date,
    int residents,
    ImmutableList<SchoolPlaceNeed> schoolPlaces) {

  /** Copies the list. */
  public ServicesReport {
    requireNonNull(communityId, "communityId");
    requireNonNull(county, "county");
    requireNonNull(date, "date");
    schoolPlaces = ImmutableList.copyOf(schoolPlaces);
  }

  /** The need at {@code stage}. */
  public Optional<SchoolPlaceNeed> at(SchoolStage stage) {
    return schoolPlaces.stream().filter(n -> n.stage() == stage).findFirst();
  }
}
