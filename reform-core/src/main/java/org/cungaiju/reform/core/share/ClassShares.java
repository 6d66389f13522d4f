package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.allocation.Fraction;

/**
 * A member's shares of one class, and why: the member's shares split over the classes by the
 * member's weight in each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shareClassId the class
 * @param weight the member's weight in the class
 * @param quota the exact shares the weight earns of the member's shares
 * @param shares the whole shares given: the floor of the quota, or one more
 * @param remainderShare whether the class received one of the member's shares left after the
 *     floors
 * @param tie whether the class was tied with another of the member's classes for such a share
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record ClassShares(
    String shareClassId,
    Weight weight,
    Fraction quota,
    long shares,
    boolean remainderShare,
    TieOutcome tie) {

  /** Validates that every part is present and the count is not negative. */
  public ClassShares {
    Checks.id(shareClassId, "shareClassId");
    requireNonNull(weight, "weight");
    requireNonNull(quota, "quota");
    Checks.nonNegative(shares, "shares");
    requireNonNull(tie, "tie");
  }
}
