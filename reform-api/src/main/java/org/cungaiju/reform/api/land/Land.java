package org.cungaiju.reform.api.land;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;

/**
 * A dossier's land section: retained-land records per collective organization and homestead
 * withdrawal applications.
 *
 * <p>Lists keep the order given; their cross-references are checked by the dossier. Immutable
 * and thread-safe.
 *
 * @param retainedLand at most one record per organization
 * @param homesteadWithdrawals the applications to withdraw from a homestead
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Land(
    ImmutableList<RetainedLand> retainedLand,
    ImmutableList<HomesteadWithdrawal> homesteadWithdrawals) {

  /** A section that records nothing. */
  public static final Land EMPTY = new Land(ImmutableList.of(), ImmutableList.of());

  /** Copies the lists. */
  public Land {
    retainedLand = ImmutableList.copyOf(retainedLand);
    homesteadWithdrawals = ImmutableList.copyOf(homesteadWithdrawals);
  }
}
