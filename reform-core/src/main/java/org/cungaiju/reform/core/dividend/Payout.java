package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.allocation.Fraction;

/**
 * One holder's dividend, and why: the holder's shares, the exact quota of the pool they earn
 * in fen, the whole fen paid, and whether one of them is a remainder fen.
 *
 * <p>Immutable and thread-safe.
 *
 * @param holderId the holder: a person, or the organization itself for the collective shares
 * @param householdId the holder's household, if any
 * @param collective whether the holder is the organization itself (集体股)
 * @param shares the holder's shares over every class
 * @param quota the exact fen the shares earn: pool in fen × shares ÷ all shares
 * @param payout what is paid: the floor of the quota in fen, or one fen more
 * @param remainderFen whether the payout includes one of the fen left after the floors
 * @param tie whether the holder was tied at the margin for a remainder fen and what the
 *     tie-break (register order) did
 * @param outcome the payout in one line, with the pool it is a part of
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Payout(
    String holderId,
    Optional<String> householdId,
    boolean collective,
    long shares,
    Fraction quota,
    Money payout,
    boolean remainderFen,
    TieOutcome tie,
    String outcome) {

  /** Validates that the parts are present. */
  public Payout {
    Checks.id(holderId, "holderId");
    requireNonNull(householdId, "householdId");
    Checks.nonNegative(shares, "shares");
    requireNonNull(quota, "quota");
    requireNonNull(payout, "payout");
    requireNonNull(tie, "tie");
    requireNonNull(outcome, "outcome");
  }
}
