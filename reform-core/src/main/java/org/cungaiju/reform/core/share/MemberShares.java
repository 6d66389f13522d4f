package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.allocation.Fraction;

/**
 * One member's shares in a quantification, and why: the member's weights, the exact quota of
 * shares they earn, the whole shares given, whether a remainder share was among them, whether
 * the member was tied at the margin, and the split over the classes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personId the member
 * @param householdId the member's household
 * @param weights the member's weight in each member class, by class id
 * @param weight the weights added up
 * @param quota the exact shares the weight earns: members' shares × weight ÷ all members'
 *     weight
 * @param shares the whole shares given
 * @param remainderShare whether one of the shares is a share left after the floors of the
 *     quotas (largest remainder; never under a divisor method or when shares equal weights)
 * @param tie whether the member was tied at the margin and what the tie-break (member order)
 *     did
 * @param classes the shares of each member class, in class order
 * @param outcome the decision in one line
 * @param weightsExplanation the share scheme's explanation of the weights
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record MemberShares(
    String personId,
    String householdId,
    ImmutableMap<String, Weight> weights,
    Weight weight,
    Fraction quota,
    long shares,
    boolean remainderShare,
    TieOutcome tie,
    ImmutableList<ClassShares> classes,
    String outcome,
    Explanation weightsExplanation) {

  /** Validates the ids and copies the collections. */
  public MemberShares {
    Checks.id(personId, "personId");
    Checks.id(householdId, "householdId");
    weights = ImmutableMap.copyOf(weights);
    requireNonNull(weight, "weight");
    requireNonNull(quota, "quota");
    Checks.nonNegative(shares, "shares");
    requireNonNull(tie, "tie");
    classes = ImmutableList.copyOf(classes);
    requireNonNull(outcome, "outcome");
    requireNonNull(weightsExplanation, "weightsExplanation");
  }
}
