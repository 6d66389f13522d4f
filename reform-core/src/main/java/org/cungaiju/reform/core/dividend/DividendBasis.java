package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.core.share.HolderShares;
import org.cungaiju.reform.core.share.OrganizationShares;

/**
 * What dividends are paid on, prepared once per register: each holder's shares over every class
 * (a share of any class earns the same), the holder's household, and the collective holder, in
 * arrays the distribution reads without building anything per holder.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Holders are in the order they first appear in the register, each once; the holder
 *       whose id is the organization's own holds the collective shares (集体股) and belongs to no
 *       household.
 *   <li>The total is the register's, and fits in a {@code long}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class DividendBasis {

  private final String organizationId;
  private final String[] holderIds;
  private final long[] shares;
  private final int[] household;
  private final String[] householdIds;
  private final int collective;
  private final long totalShares;
  private final ImmutableMap<String, Integer> index;

  private DividendBasis(String organizationId, List<String> holders, List<Long> counts,
      List<Optional<String>> households) {
    this.organizationId = organizationId;
    int n = holders.size();
    this.holderIds = holders.toArray(String[]::new);
    this.shares = new long[n];
    this.household = new int[n];
    Map<String, Integer> homes = new LinkedHashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    long total = 0;
    int own = -1;
    for (int i = 0; i < n; i++) {
      shares[i] = counts.get(i);
      total = Math.addExact(total, shares[i]);
      if (holderIds[i].equals(organizationId)) {
        own = i;
      }
      household[i] = households.get(i)
          .map(h -> homes.computeIfAbsent(h, k -> homes.size())).orElse(-1);
      positions.put(holderIds[i], i);
    }
    if (own >= 0) {
      household[own] = -1;
    }
    this.householdIds = homes.keySet().toArray(String[]::new);
    this.collective = own;
    this.totalShares = total;
    this.index = ImmutableMap.copyOf(positions);
  }

  /**
   * The basis of {@code register}, each holder's household given by {@code householdOf} (empty
   * for a holder in none).
   */
  public static DividendBasis of(
      ShareRegister register, Function<String, Optional<String>> householdOf) {
    Map<String, Long> byHolder = new LinkedHashMap<>();
    for (Holding h : register.holdings()) {
      byHolder.merge(h.holderId(), h.shares(), Math::addExact);
    }
    List<String> holders = new ArrayList<>(byHolder.keySet());
    List<Optional<String>> households = new ArrayList<>();
    holders.forEach(h -> households.add(requireNonNull(householdOf.apply(h), "household")));
    return new DividendBasis(register.organizationId(), holders,
        new ArrayList<>(byHolder.values()), households);
  }

  /** The basis of an organization's shares on a date, households as they are read there. */
  public static DividendBasis of(OrganizationShares shares) {
    List<String> holders = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<Optional<String>> households = new ArrayList<>();
    for (HolderShares h : shares.holders()) {
      holders.add(h.holderId());
      counts.add(h.shares());
      households.add(h.householdId());
    }
    return new DividendBasis(shares.organizationId(), holders, counts, households);
  }

  /**
   * A basis of bare arrays: holder {@code i} is {@code holderIds.get(i)} with {@code
   * shares[i]} shares in household {@code householdIds.get(i)}; the holder whose id is {@code
   * organizationId} is the collective one. The array is copied.
   *
   * @throws InvalidInputException if an id is malformed, a holder
   *     is listed twice, a count is negative or the lists differ in length
   */
  public static DividendBasis of(String organizationId, List<String> holderIds, long[] shares,
      List<Optional<String>> householdIds) {
    Checks.id(organizationId, "organizationId");
    checkInput(
        holderIds.size() == shares.length && householdIds.size() == shares.length, "shares",
        shares.length, "differs in length from the holders (" + holderIds.size()
            + ") or households (" + householdIds.size() + ")", "one entry per holder");
    List<Long> counts = new ArrayList<>(shares.length);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < shares.length; i++) {
      Checks.id(holderIds.get(i), "holderIds[" + i + "]");
      checkInput(seen.add(holderIds.get(i)),
          "holderIds[" + i + "]", holderIds.get(i), "is listed twice", "each holder once");
      Checks.nonNegative(shares[i], "shares[" + i + "]");
      householdIds.get(i).ifPresent(h -> Checks.id(h, "householdIds"));
      counts.add(shares[i]);
    }
    return new DividendBasis(organizationId, holderIds, counts, householdIds);
  }

  /** The organization. */
  public String organizationId() {
    return organizationId;
  }

  /** The number of holders. */
  public int size() {
    return holderIds.length;
  }

  /** Holder {@code i}'s id. */
  public String holderId(int i) {
    return holderIds[i];
  }

  /** Holder {@code i}'s shares over every class. */
  public long shares(int i) {
    return shares[i];
  }

  /** Holder {@code i}'s household, if any. */
  public Optional<String> householdId(int i) {
    return household[i] < 0 ? Optional.empty() : Optional.of(householdIds[household[i]]);
  }

  /** The position of {@code holderId}, if it holds shares here. */
  public Optional<Integer> indexOf(String holderId) {
    return Optional.ofNullable(index.get(holderId));
  }

  /** The position of the collective holder, if the register has collective shares. */
  public Optional<Integer> collectiveIndex() {
    return collective < 0 ? Optional.empty() : Optional.of(collective);
  }

  /** Every share in the register. */
  public long totalShares() {
    return totalShares;
  }

  /** The shares, by holder position; the distribution's apportionment copies them. */
  long[] sharesArray() {
    return shares;
  }

  /** The households, by position. */
  String[] householdIds() {
    return householdIds;
  }

  /** Each holder's household position, {@code -1} for none. */
  int[] householdIndexes() {
    return household;
  }
}
