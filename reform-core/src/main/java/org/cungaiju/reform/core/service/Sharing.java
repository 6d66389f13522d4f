package org.cungaiju.reform.core.service;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.allocation.Method;

/**
 * A county's school places or budget shared among its communities by resident population.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The shares add up to {@code total} exactly (places, or fen of a budget).
 *   <li>Shares are in the order the communities were given; a community with no residents
 *       receives nothing.
 *   <li>Communities tied at the margin — those a tie-break by order gave a unit and those it did
 *       not — are listed, so a tie can be settled by the county rather than by the order of a
 *       list.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param what what was shared: {@code "school places"} or {@code "budget (fen)"}
 * @param method the apportionment method
 * @param total the units shared: places, or fen
 * @param shares one share per community, in the order given
 * @param tiedAwarded the communities a tie-break gave a unit
 * @param tiedPassedOver the communities tied with them that the tie-break passed over
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Sharing(
    String what,
    Method method,
    long total,
    ImmutableList<CommunityShare> shares,
    ImmutableList<String> tiedAwarded,
    ImmutableList<String> tiedPassedOver) {

  /** Copies the lists. */
  public Sharing {
    requireNonNull(what, "what");
    requireNonNull(method, "method");
    shares = ImmutableList.copyOf(shares);
    tiedAwarded = ImmutableList.copyOf(tiedAwarded);
    tiedPassedOver = ImmutableList.copyOf(tiedPassedOver);
  }

  /** The share of {@code communityId}, if it took part. */
  public Optional<CommunityShare> shareOf(String communityId) {
    return shares.stream().filter(s -> s.communityId().equals(communityId)).findFirst();
  }

  /** The share of {@code communityId} as money, for a shared budget. */
  public Optional<Money> amountOf(String communityId) {
    return shareOf(communityId).map(s -> Money.ofFen(s.units()));
  }
}
