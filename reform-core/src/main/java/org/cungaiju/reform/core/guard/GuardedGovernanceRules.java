package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.governance.SeparationStandard;

/**
 * Governance rules, guarded: one post (or none) is always allowed, and the separation standard
 * asked for one dimension is that dimension's.
 */
record GuardedGovernanceRules(GovernanceRules plugin, FacetVersion version, PluginGuard guard)
    implements GovernanceRules {

  @Override
  public Explained<Boolean> mayHoldTogether(Set<Post> posts) {
    requireNonNull(posts, "posts");
    Check<Boolean> singleAllowed = allowed -> allowed || posts.size() > 1 ? null
        : "refuses " + posts + ", which one person may always hold; accepted: true for a "
            + "single post";
    return guard.decide(Facet.GOVERNANCE, version, () -> "posts " + posts, Boolean.class,
        () -> plugin.mayHoldTogether(posts), singleAllowed, null);
  }

  @Override
  public Explained<SeparationStandard> separation(SeparationDimension dimension) {
    requireNonNull(dimension, "dimension");
    Check<SeparationStandard> same = s -> s.dimension() == dimension ? null
        : "gives the standard of " + s.dimension() + "; accepted: the standard of " + dimension;
    return guard.decide(Facet.GOVERNANCE, version, () -> "dimension " + dimension,
        SeparationStandard.class, () -> plugin.separation(dimension), same, null);
  }
}
