package org.cungaiju.reform.spi.share;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The share-scheme facet (股权设置): which share classes an organization sets up, and each
 * member's exact weight in each class as of the base date (基准日).
 *
 * <h2>What the share engine does with it</h2>
 *
 * <p>For every member (as decided by the membership rules) it asks {@link #weightsOf}; the
 * weights of a class, together with the number of shares to issue (the charter's, else {@link
 * #totalShares()}, else one share per unit of weight) and the collective share ({@link
 * #collectiveShareRatio()}), are apportioned into whole shares by {@link #apportionment()}.
 *
 * <h2>What an implementation must guarantee</h2>
 *
 * <ul>
 *   <li>{@link #classes()} has distinct ids and at most one {@link ShareClassKind#COLLECTIVE}
 *       class, which exists exactly when {@link #collectiveShareRatio()} is present.
 *   <li>{@link #weightsOf} gives a weight for every class except the collective one, and none
 *       for any other id; weights are exact and never negative ({@link Weight} guarantees the
 *       latter).
 * </ul>
 *
 * <p>Immutable, thread-safe and deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface ShareScheme extends PolicyFacet {

  /** The share classes, in the order registers list them. */
  ImmutableList<ShareClass> classes();

  /**
   * A member's weight in each (non-collective) class on {@code baseDate}, by class id.
   *
   * @param member a person the membership rules decided is a member
   * @param organization the organization issuing the shares
   * @param baseDate the base date of quantification
   */
  Explained<ImmutableMap<String, Weight>> weightsOf(
      Person member, CollectiveOrganization organization, LocalDate baseDate);

  /**
   * The share of all shares the organization keeps as collective shares (集体股), if the
   * scheme has them; empty for none.
   */
  default Optional<Rate> collectiveShareRatio() {
    return Optional.empty();
  }

  /**
   * The number of shares to issue when the charter does not say; empty for one share per unit
   * of weight (weights must then be whole).
   */
  default Optional<Long> totalShares() {
    return Optional.empty();
  }

  /** How weights are turned into whole shares; largest remainder unless the scheme says. */
  default ApportionmentMethod apportionment() {
    return ApportionmentMethod.LARGEST_REMAINDER;
  }
}
