package org.cungaiju.reform.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.election.ElectionEligibility;
import org.cungaiju.reform.spi.facet.PolicyFacet;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.land.LandRules;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * A kind of facet a county policy offers, as a typed key: {@code registry.resolve(county,
 * Facet.DIVIDEND, date)} returns a {@link DividendRules}.
 *
 * <p>The set is closed and listed by {@link #all()}, in {@link #index()} order; a new facet
 * arrives with a new constant and a new {@code default} method on {@link
 * CountyPolicyProvider}. Immutable and thread-safe; each facet is a singleton, so identity
 * comparison is fine.
 *
 * @param <F> the facet's type
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Facet<F extends PolicyFacet> {

  /** Membership rules (成员资格认定). */
  public static final Facet<MembershipRules> MEMBERSHIP = new Facet<>(0, "membership",
      "成员资格认定", MembershipRules.class, CountyPolicyProvider::membershipRules);
  /** Share scheme (股权设置). */
  public static final Facet<ShareScheme> SHARE_SCHEME = new Facet<>(1, "shareScheme",
      "股权设置", ShareScheme.class, CountyPolicyProvider::shareSchemes);
  /** Dividend rules (收益分配). */
  public static final Facet<DividendRules> DIVIDEND = new Facet<>(2, "dividend",
      "收益分配", DividendRules.class, CountyPolicyProvider::dividendRules);
  /** Grid standard (网格划分标准). */
  public static final Facet<GridStandard> GRID = new Facet<>(3, "grid",
      "网格划分标准", GridStandard.class, CountyPolicyProvider::gridStandards);
  /** Land rules (留用地、宅基地). */
  public static final Facet<LandRules> LAND = new Facet<>(4, "land",
      "留用地与宅基地", LandRules.class, CountyPolicyProvider::landRules);
  /** Election eligibility (两委候选资格). */
  public static final Facet<ElectionEligibility> ELECTION = new Facet<>(5, "election",
      "两委候选资格", ElectionEligibility.class, CountyPolicyProvider::electionEligibility);
  /** Governance rules (一肩挑、政经分开). */
  public static final Facet<GovernanceRules> GOVERNANCE = new Facet<>(6, "governance",
      "一肩挑与政经分开", GovernanceRules.class, CountyPolicyProvider::governanceRules);
  /** Public-service standards (公共服务标准). */
  public static final Facet<PublicServiceStandards> PUBLIC_SERVICE = new Facet<>(7,
      "publicService", "公共服务标准", PublicServiceStandards.class,
      CountyPolicyProvider::publicServiceStandards);

  private static final ImmutableList<Facet<?>> ALL = ImmutableList.of(MEMBERSHIP, SHARE_SCHEME,
      DIVIDEND, GRID, LAND, ELECTION, GOVERNANCE, PUBLIC_SERVICE);

  private final int index;
  private final String id;
  private final String chineseName;
  private final Class<F> type;
  private final Function<CountyPolicyProvider, List<F>> versions;

  private Facet(int index, String id, String chineseName, Class<F> type,
      Function<CountyPolicyProvider, List<F>> versions) {
    this.index = index;
    this.id = id;
    this.chineseName = chineseName;
    this.type = type;
    this.versions = versions;
  }

  /** Every facet, in index order. */
  public static ImmutableList<Facet<?>> all() {
    return ALL;
  }

  /**
   * The facet with this id, such as {@code membership}.
   *
   * @throws InvalidInputException if no facet has it
   */
  public static Facet<?> parse(String id) {
    return ALL.stream()
        .filter(f -> f.id.equals(id))
        .findFirst()
        .orElseThrow(() -> InvalidInputException.of("facet", id, "is not a facet",
            ALL.stream().map(Facet::id).collect(Collectors.joining(", "))));
  }

  /** The position in {@link #all()}, from 0: a cheap array index for registries. */
  public int index() {
    return index;
  }

  /** The id, such as {@code membership}. */
  public String id() {
    return id;
  }

  /** The Chinese name, such as {@code 成员资格认定}. */
  public String chineseName() {
    return chineseName;
  }

  /** The type of this facet's versions. */
  public Class<F> type() {
    return type;
  }

  /**
   * The versions {@code provider} offers of this facet, as it returns them (which may throw:
   * the registry calls this once, at loading, and reports a throwing facet).
   */
  public List<F> versionsIn(CountyPolicyProvider provider) {
    return requireNonNull(versions.apply(provider),
        () -> provider.getClass().getName() + " returned null for " + id);
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
