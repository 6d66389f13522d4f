package org.cungaiju.reform.core.service;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.allocation.Allocation;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.allocation.Claim;
import org.cungaiju.reform.core.allocation.Method;

/**
 * Shares a county's school places (学位), or a budget for them, among its communities in
 * proportion to their resident (常住) population — the plan's "公共资源按常住人口规模配置" —
 * through the library's apportionment engine.
 *
 * <p>By default by largest remainder (Hamilton, 最大余额法): each community receives the floor
 * or the ceiling of its exact quota {@code total × residents ÷ all residents}, the ceilings
 * going to the largest remainders, and the shares add up to the total exactly. A divisor
 * method may be asked for instead ({@link #by}). A budget is shared in fen, so it too is
 * conserved to the fen.
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class SchoolPlaceSharing {

  private static final SchoolPlaceSharing LARGEST_REMAINDER =
      new SchoolPlaceSharing(Method.LARGEST_REMAINDER);

  private final Method method;

  private SchoolPlaceSharing(Method method) {
    this.method = requireNonNull(method, "method");
  }

  /** Sharing by largest remainder. */
  public static SchoolPlaceSharing byLargestRemainder() {
    return LARGEST_REMAINDER;
  }

  /** Sharing by {@code method}. */
  public static SchoolPlaceSharing by(Method method) {
    return new SchoolPlaceSharing(method);
  }

  /**
   * Shares {@code places} among {@code communities} by resident population.
   *
   * @throws InvalidInputException if the places are negative, two communities share an id, or
   *     places are to be shared among communities with no residents at all
   */
  public Sharing sharePlaces(long places, Iterable<ResidentPopulation> communities) {
    checkInput(places >= 0, "places", places, "is negative", "0 or more school places");
    return share("school places", places, communities);
  }

  /**
   * Shares {@code budget} among {@code communities} by resident population, to the fen.
   *
   * @throws InvalidInputException if the budget is negative, two communities share an id, or a
   *     budget is to be shared among communities with no residents at all
   */
  public Sharing shareBudget(Money budget, Iterable<ResidentPopulation> communities) {
    checkInput(!budget.isNegative(), "budget", budget, "is negative", "0 or more yuan");
    return share("budget (fen)", budget.fen(), communities);
  }

  private Sharing share(String what, long total, Iterable<ResidentPopulation> communities) {
    List<ResidentPopulation> list = ImmutableList.copyOf(communities);
    List<Claim> claims = list.stream()
        .map(c -> Claim.of(c.communityId(), c.residents())).toList();
    Allocation a;
    try {
      a = Apportionment.of(method).allocate(total, claims);
    } catch (InvalidInputException e) {
      throw e.under("communities");
    } catch (InfeasibleException e) {
      // without bounds every request is feasible; a failure here is a defect
      throw new IllegalStateException("sharing " + total + " " + what + " failed", e);
    }
    ImmutableList.Builder<CommunityShare> shares = ImmutableList.builder();
    for (int i = 0; i < list.size(); i++) {
      ResidentPopulation c = list.get(i);
      shares.add(new CommunityShare(c.communityId(), c.residents(), a.units(i),
          a.explain(i).outcome()));
    }
    return new Sharing(what, method, total, shares.build(), a.tieAwardedIds(),
        a.tiePassedOverIds());
  }
}
