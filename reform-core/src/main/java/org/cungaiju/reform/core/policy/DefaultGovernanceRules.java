package org.cungaiju.reform.core.policy;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.governance.GovernanceRules;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.governance.SeparationStandard;

/**
 * Any of the three posts may be held together (the plan's measure 8 encourages the Party
 * secretary to hold all three), with the separation criteria of the five dimensions.
 */
record DefaultGovernanceRules(FacetVersion version, String clause,
    ImmutableMap<SeparationDimension, SeparationStandard> standards) implements GovernanceRules {

  @Override
  public Explained<Boolean> mayHoldTogether(Set<Post> posts) {
    Set<Post> held = posts.isEmpty() ? EnumSet.noneOf(Post.class) : EnumSet.copyOf(posts);
    String names = held.stream().map(Post::name).collect(Collectors.joining(", "));
    return Explained.of(true, version.explain("governance.concurrentPosts", clause,
        ImmutableMap.of("posts", names.isEmpty() ? "none" : names),
        ImmutableMap.of("allowedTogether", "PARTY_SECRETARY, RESIDENTS_COMMITTEE_DIRECTOR, "
            + "COLLECTIVE_HEAD"),
        "allowed: one person may hold " + (held.size() <= 1 ? "a single post" : names)));
  }

  @Override
  public Explained<SeparationStandard> separation(SeparationDimension dimension) {
    SeparationStandard s = standards.get(dimension);
    return Explained.of(s, version.explain("governance.separation." + dimension.name(), clause,
        ImmutableMap.of("dimension", dimension.name()), s.parameters(), s.criterion()));
  }
}
