package org.cungaiju.reform.core.policy;

import com.google.common.collect.ImmutableMap;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.service.SchoolLevel;

/** School places per 1,000 residents, by level, from the configured figures. */
record DefaultPublicServiceStandards(FacetVersion version, String clause,
    ImmutableMap<SchoolLevel, Weight> placesPerThousand) implements PublicServiceStandards {

  @Override
  public Explained<Weight> schoolPlacesPerThousand(SchoolLevel level) {
    Weight places = placesPerThousand.get(level);
    return Explained.of(places, version.explain("publicService.schoolPlaces", clause,
        ImmutableMap.of("level", level.name()),
        ImmutableMap.of("placesPerThousand." + level.name(), places.toString()),
        places + " " + level.chineseName() + " places per 1,000 residents"));
  }
}
