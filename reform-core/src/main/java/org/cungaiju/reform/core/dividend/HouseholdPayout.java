package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.value.Money;

/**
 * A household's dividends: the sum of its holders' payouts (户内共享).
 *
 * <p>Immutable and thread-safe.
 *
 * @param householdId the household
 * @param holderIds its members holding shares, in register order
 * @param shares their shares
 * @param payout their payouts added up
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record HouseholdPayout(
    String householdId, ImmutableList<String> holderIds, long shares, Money payout) {

  /** Validates that the parts are present, and copies the holders. */
  public HouseholdPayout {
    Checks.id(householdId, "householdId");
    holderIds = ImmutableList.copyOf(holderIds);
    Checks.nonNegative(shares, "shares");
    requireNonNull(payout, "payout");
  }
}
