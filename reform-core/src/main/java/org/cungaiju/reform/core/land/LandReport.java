package org.cungaiju.reform.core.land;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.id.County;

/**
 * The land calculations of one community: each organization's retained land on the report's
 * date, and each homestead withdrawal's offer on its application date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param communityId the community
 * @param county the county whose land rules decided
 * @param date the date the retained land is valued on
 * @param retainedLand one value per retained-land record, in the dossier's order
 * @param homesteadOffers one offer per withdrawal application, in the dossier's order
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record LandReport(
    String communityId,
    County county,
    LocalDate date,
    ImmutableList<RetainedLandValue> retainedLand,
    ImmutableList<HomesteadOffer> homesteadOffers) {

  /** Copies the lists. */
  public LandReport {
    requireNonNull(communityId, "communityId");
    requireNonNull(county, "county");
    requireNonNull(date, "date");
    retainedLand = ImmutableList.copyOf(retainedLand);
    homesteadOffers = ImmutableList.copyOf(homesteadOffers);
  }
}
