package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * One holder's shares in a register: by class and in all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param holderId a person, or the organization itself for the collective shares
 * @param householdId the holder's household, where the holder is a person of the dossier
 * @param collective whether the holder is the organization itself (集体股)
 * @param byClass the holder's shares of each class it holds, in the register's class order
 * @param shares the shares of every class added up
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record HolderShares(
    String holderId,
    Optional<String> householdId,
    boolean collective,
    ImmutableMap<String, Long> byClass,
    long shares) {

  /** Validates the ids and the count, and copies the map. */
  public HolderShares {
    Checks.id(holderId, "holderId");
    requireNonNull(householdId, "householdId");
    byClass = ImmutableMap.copyOf(byClass);
    Checks.nonNegative(shares, "shares");
  }
}
