package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ApportionmentMethod;
import org.cungaiju.reform.spi.share.ShareScheme;

/**
 * A share scheme, guarded.
 *
 * <p>Its structure — {@link #classes()}, {@link #collectiveShareRatio()}, {@link
 * #totalShares()}, {@link #apportionment()} — is read from the plugin once, on first use,
 * checked, and answered from memory after that: distinct class ids, at least one class members
 * hold, at most one collective class, present exactly when the collective share ratio is, a
 * positive number of shares if any, and no {@code null}. Each member's weights must then name
 * exactly the classes members hold, each with a {@link Weight} (a raw type could smuggle in
 * something else; a negative weight cannot be built).
 */
final class GuardedShareScheme implements ShareScheme {
  private final ShareScheme plugin;
  private final FacetVersion version;
  private final PluginGuard guard;
  private volatile Structure structure; // read once; immutable

  GuardedShareScheme(ShareScheme plugin, FacetVersion version, PluginGuard guard) {
    this.plugin = plugin;
    this.version = version;
    this.guard = guard;
  }

  @Override
  public FacetVersion version() {
    return version;
  }

  @Override
  public ImmutableList<ShareClass> classes() {
    return structure().classes;
  }

  @Override
  public Optional<Rate> collectiveShareRatio() {
    return structure().collectiveShareRatio;
  }

  @Override
  public Optional<Long> totalShares() {
    return structure().totalShares;
  }

  @Override
  public ApportionmentMethod apportionment() {
    return structure().apportionment;
  }

  @Override
  public Explained<ImmutableMap<String, Weight>> weightsOf(
      Person member, CollectiveOrganization organization, LocalDate baseDate) {
    requireNonNull(member, "member");
    requireNonNull(organization, "organization");
    requireNonNull(baseDate, "baseDate");
    Structure s = structure();
    return guard.decide(Facet.SHARE_SCHEME, version,
        () -> "member " + member.id() + " of organization " + organization.id()
            + " on base date " + baseDate,
        ImmutableMap.class, () -> plugin.weightsOf(member, organization, baseDate),
        s.weightsCheck, null);
  }

  private Structure structure() {
    Structure s = structure;
    if (s == null) {
      Raw raw = guard.answer(Facet.SHARE_SCHEME, version,
          () -> "the scheme itself: classes(), collectiveShareRatio(), totalShares(), "
              + "apportionment()",
          () -> Raw.read(plugin), Raw::problem, null);
      s = raw.structure();
      structure = s;
    }
    return s;
  }

  /** The structure as the plugin answered it, unchecked. */
  private record Raw(List<?> classes, Optional<?> ratio, Optional<?> total, Object method) {
    static Raw read(ShareScheme scheme) {
      return new Raw(scheme.classes(), scheme.collectiveShareRatio(), scheme.totalShares(),
          scheme.apportionment());
    }

    String problem() {
      if (classes == null || ratio == null || total == null || method == null) {
        return "answered null for " + (classes == null ? "classes()" : ratio == null
            ? "collectiveShareRatio()" : total == null ? "totalShares()" : "apportionment()")
            + "; accepted: a value (Optional.empty() where a scheme has none)";
      }
      Set<String> ids = new HashSet<>();
      int collective = 0;
      for (Object c : classes) {
        if (!(c instanceof ShareClass sc)) {
          return "lists a " + c.getClass().getName() + " among its classes; accepted: "
              + "ShareClass values";
        }
        if (!ids.add(sc.id())) {
          return "uses the share class id " + sc.id() + " twice; accepted: distinct ids";
        }
        collective += sc.kind() == ShareClassKind.COLLECTIVE ? 1 : 0;
      }
      if (collective == classes.size()) {
        return "has no class members hold (classes " + ids + "); accepted: at least one class "
            + "other than the collective one";
      }
      if (ratio.isPresent() && !(ratio.get() instanceof Rate)) {
        return "answered a " + ratio.get().getClass().getName() + " as its collective share "
            + "ratio; accepted: a Rate";
      }
      if (collective > 1 || (collective == 1) != ratio.isPresent()) {
        return "has " + collective + " collective classes and " + (ratio.isPresent() ? "a"
            : "no") + " collective share ratio; accepted: one collective class exactly when "
            + "there is a ratio";
      }
      if (total.isPresent() && !(total.get() instanceof Long n && n > 0)) {
        return "answers " + total.get() + " as its total shares; accepted: a positive number "
            + "or none";
      }
      return null;
    }

    @SuppressWarnings("unchecked") // checked by problem()
    Structure structure() {
      ImmutableList<ShareClass> list = ImmutableList.copyOf((List<ShareClass>) classes);
      ImmutableSet<String> weighted = list.stream()
          .filter(c -> c.kind() != ShareClassKind.COLLECTIVE)
          .map(ShareClass::id)
          .collect(ImmutableSet.toImmutableSet());
      return new Structure(list, (Optional<Rate>) ratio, (Optional<Long>) total,
          (ApportionmentMethod) method, weighted);
    }
  }

  /** The checked structure, and the check of each member's weights it implies. */
  private static final class Structure {
    final ImmutableList<ShareClass> classes;
    final Optional<Rate> collectiveShareRatio;
    final Optional<Long> totalShares;
    final ApportionmentMethod apportionment;
    final Check<ImmutableMap<String, Weight>> weightsCheck;

    Structure(ImmutableList<ShareClass> classes, Optional<Rate> collectiveShareRatio,
        Optional<Long> totalShares, ApportionmentMethod apportionment,
        ImmutableSet<String> weighted) {
      this.classes = classes;
      this.collectiveShareRatio = collectiveShareRatio;
      this.totalShares = totalShares;
      this.apportionment = apportionment;
      this.weightsCheck = weights -> weightsProblem(weights, weighted);
    }

    private static String weightsProblem(Map<?, ?> weights, Set<String> weighted) {
      for (Map.Entry<?, ?> e : weights.entrySet()) {
        if (!(e.getValue() instanceof Weight)) {
          return "gives a " + e.getValue().getClass().getName() + " (" + e.getValue()
              + ") for class " + e.getKey() + "; accepted: a Weight, 0 or more";
        }
      }
      if (weights.keySet().equals(weighted)) {
        return null;
      }
      Set<?> missing = Sets.difference(weighted, weights.keySet());
      Set<?> unknown = Sets.difference(weights.keySet(), weighted);
      return "gives weights for classes " + weights.keySet()
          + (missing.isEmpty() ? "" : ", missing " + missing)
          + (unknown.isEmpty() ? "" : ", naming classes the scheme lacks " + unknown)
          + "; accepted: exactly " + weighted + " (every class of the scheme but the "
          + "collective one; a weight of 0 where a member has none)";
    }
  }
}
