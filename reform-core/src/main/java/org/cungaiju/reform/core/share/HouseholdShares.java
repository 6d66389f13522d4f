package org.cungaiju.reform.core.share;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A household's shares in a register (户内共享): the shares of its members who hold some.
 *
 * <p>Immutable and thread-safe.
 *
 * @param householdId the household
 * @param holderIds its members who hold shares in the register, in register order
 * @param shares their shares added up
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record HouseholdShares(String householdId, ImmutableList<String> holderIds, long shares) {

  /** Validates the id and the count, and copies the holders. */
  public HouseholdShares {
    Checks.id(householdId, "householdId");
    holderIds = ImmutableList.copyOf(holderIds);
    Checks.nonNegative(shares, "shares");
  }
}
