package org.cungaiju.reform.core.service;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;

/**
 * One community's share of what a county shares out: whole school places, or fen of a budget.
 *
 * <p>Immutable and thread-safe.
 *
 * @param communityId the community
 * @param residents its resident population, the weight of its claim
 * @param units its share: places, or fen
 * @param reason the apportionment's account of the share in one line: the exact quota, how
 *     it was rounded, and any tie, such as {@code 63 units: floor 62 of quota 15539/250 + 1
 *     remainder unit}
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record CommunityShare(
    String communityId, int residents, long units, String reason) {

  /** Validates that every part is present. */
  public CommunityShare {
    requireNonNull(communityId, "communityId");
    requireNonNull(reason, "reason");
  }
}
