package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * What a quantification follows: the share classes, the collective share ratio, the number of
 * shares to issue and the method of apportionment, as the share scheme in force and the
 * organization's charter settle them together.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Class ids are distinct; at least one class is not collective; there is one collective
 *       class ({@link ShareClassKind#COLLECTIVE}) exactly when there is a collective share ratio.
 *   <li>{@code totalShares} is present, and positive, exactly when {@code totalFrom} is not
 *       {@link TotalFrom#WEIGHTS}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the share-scheme version the terms come from; explanations cite it
 * @param classes the share classes, in the order registers list them
 * @param collectiveShareRatio the share of all shares the organization keeps (集体股), if any
 * @param totalShares the number of shares to issue, collective shares included, if fixed
 * @param totalFrom where the number of shares comes from
 * @param method how members' weights are turned into whole shares
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record ShareTerms(
    FacetVersion scheme,
    ImmutableList<ShareClass> classes,
    Optional<Rate> collectiveShareRatio,
    Optional<Long> totalShares,
    TotalFrom totalFrom,
    Method method) {

  /** Where the number of shares to issue comes from. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public enum TotalFrom {
    /** The charter's {@code totalShares}, which wins over the scheme's. */
    CHARTER,
    /** The share scheme's {@code totalShares()}, the charter setting none. */
    SCHEME,
    /** Neither sets one: shares equal weights (scaled to whole numbers where needed). */
    WEIGHTS
  }

  /** Validates the classes, the collective class and the total. */
  public ShareTerms {
    requireNonNull(scheme, "scheme");
    classes = ImmutableList.copyOf(classes);
    requireNonNull(collectiveShareRatio, "collectiveShareRatio");
    requireNonNull(totalShares, "totalShares");
    requireNonNull(totalFrom, "totalFrom");
    requireNonNull(method, "method");
    Set<String> ids = new HashSet<>();
    int collective = 0;
    for (ShareClass c : classes) {
      checkInput(ids.add(c.id()), "classes", c.id(), "is listed twice", "distinct class ids");
      collective += c.kind() == ShareClassKind.COLLECTIVE ? 1 : 0;
    }
    checkInput(collective < classes.size(), "classes", ids, "has no class members hold",
        "at least one class other than the collective one");
    checkInput(collective <= 1 && (collective == 1) == collectiveShareRatio.isPresent(),
        "collectiveShareRatio", collectiveShareRatio.map(Rate::toString).orElse("none"),
        "does not match the " + collective + " collective classes",
        "one collective class exactly when there is a collective share ratio");
    checkInput(totalShares.isPresent() == (totalFrom != TotalFrom.WEIGHTS), "totalFrom",
        totalFrom, "does not match totalShares " + totalShares.map(String::valueOf).orElse("none"),
        "WEIGHTS exactly when no total is given");
    checkInput(totalShares.isEmpty() || totalShares.get() > 0, "totalShares",
        totalShares.map(String::valueOf).orElse(""), "is not positive", "1 or more shares");
  }

  /**
   * The terms of a share scheme for an organization with {@code charter}: the charter's number
   * of shares if it sets one, else the scheme's, else shares equal weights.
   */
  public static ShareTerms of(ShareScheme scheme, Charter charter) {
    Optional<Long> total = charter.totalShares().or(scheme::totalShares);
    TotalFrom from = charter.totalShares().isPresent() ? TotalFrom.CHARTER
        : total.isPresent() ? TotalFrom.SCHEME : TotalFrom.WEIGHTS;
    return new ShareTerms(scheme.version(), scheme.classes(), scheme.collectiveShareRatio(),
        total, from, Method.parse(scheme.apportionment().id()));
  }

  /** The classes members hold: every class but the collective one, in order. */
  public ImmutableList<ShareClass> memberClasses() {
    return classes.stream().filter(c -> c.kind() != ShareClassKind.COLLECTIVE)
        .collect(ImmutableList.toImmutableList());
  }

  /** The collective class (集体股), if the scheme has one. */
  public Optional<ShareClass> collectiveClass() {
    return classes.stream().filter(c -> c.kind() == ShareClassKind.COLLECTIVE).findFirst();
  }
}
