package org.cungaiju.reform.core.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.share.ShareScheme;

/** One population share (人口股) per member; no collective share. */
record DefaultShareScheme(FacetVersion version, String clause) implements ShareScheme {

  static final ShareClass POPULATION = ShareClass.of("population", ShareClassKind.POPULATION);

  @Override
  public ImmutableList<ShareClass> classes() {
    return ImmutableList.of(POPULATION);
  }

  @Override
  public Explained<ImmutableMap<String, Weight>> weightsOf(
      Person member, CollectiveOrganization organization, LocalDate baseDate) {
    return Explained.of(ImmutableMap.of(POPULATION.id(), Weight.ONE), version.explain(
        "share.population", clause,
        ImmutableMap.of("member", member.id(), "organization", organization.id(),
            "baseDate", baseDate.toString()),
        ImmutableMap.of("population", "1 per member"), "population 1"));
  }
}
