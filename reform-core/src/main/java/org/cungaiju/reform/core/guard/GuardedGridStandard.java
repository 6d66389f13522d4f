package org.cungaiju.reform.core.guard;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;

/**
 * A grid standard, guarded. Beyond what {@link GridParameters} checks itself (min ≤ max, no
 * negative weight), no grid may be unable to meet both bounds: a grid of {@code minHouseholds}
 * households has at least that many residents, so {@code maxResidents} may not be lower.
 */
record GuardedGridStandard(GridStandard plugin, FacetVersion version, PluginGuard guard)
    implements GridStandard {

  private static final Check<GridParameters> FEASIBLE = p -> p.maxResidents()
      >= p.minHouseholds() ? null
      : "gives maxResidents " + p.maxResidents() + " below minHouseholds " + p.minHouseholds()
          + ": a grid of that many households has at least as many residents, so no grid "
          + "could meet both bounds; accepted: maxResidents of at least minHouseholds";

  @Override
  public Explained<GridParameters> parameters(Community community) {
    requireNonNull(community, "community");
    return guard.decide(Facet.GRID, version, () -> "community " + community.id(),
        GridParameters.class, () -> plugin.parameters(community), FEASIBLE, null);
  }
}
