package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.service.PublicServiceStandards;
import org.cungaiju.reform.spi.service.SchoolLevel;

/** Public-service standards, guarded: at most one school place per resident. */
record GuardedPublicServiceStandards(PublicServiceStandards plugin, FacetVersion version,
    PluginGuard guard) implements PublicServiceStandards {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private static final Check<Weight> AT_MOST_ONE_EACH = w -> w.value().compareTo(THOUSAND) <= 0
      ? null
      : "gives " + w + " places per 1,000 residents, more than one per resident; accepted: "
          + "0 to 1000";

  @Override
  public Explained<Weight> schoolPlacesPerThousand(SchoolLevel level) {
    requireNonNull(level, "level");
    return guard.decide(Facet.PUBLIC_SERVICE, version, () -> "level " + level, Weight.class,
        () -> plugin.schoolPlacesPerThousand(level), AT_MOST_ONE_EACH, null);
  }
}
