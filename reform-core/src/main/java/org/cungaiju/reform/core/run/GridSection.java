package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.core.grid.GridMap;
import org.cungaiju.reform.core.grid.GridPlan;

/**
 * The grids section of a {@link Report}: the plan of comprehensive grids (综合网格) with their
 * workers, and the grid units it was drawn on, so that a reader of the report can draw the map
 * ({@link GridMap#svg}) without the dossier.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the grid plan, with its explanation
 * @param units the dossier's grid units, in the dossier's order
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record GridSection(GridPlan plan, ImmutableList<GridUnit> units) {

  /** Copies the units. */
  public GridSection {
    requireNonNull(plan, "plan");
    units = ImmutableList.copyOf(units);
  }

  /** Whether the map can be drawn: every unit has a location. */
  public boolean canDrawMap() {
    return !units.isEmpty() && GridMap.canDraw(units);
  }
}
