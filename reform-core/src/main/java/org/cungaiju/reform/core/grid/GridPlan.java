package org.cungaiju.reform.core.grid;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.spi.grid.GridParameters;

/**
 * A community's comprehensive grids (综合网格) as {@link GridPlanner} drew them, beside the
 * dedicated grids (专属网格) declared, with the overall figures and the explanation of the grid
 * standard used.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Grid ids are distinct; no unit is in two grids, comprehensive or dedicated.
 *   <li>Grids are in ascending order of their first unit's id; dedicated grids in ascending
 *       order of id.
 *   <li>{@code explanation} names the rule {@value #RULE_ID}, the policy and version of the grid
 *       standard, its parameters, and has the standard's own explanation as its step.
 * </ul>
 *
 * <p>{@link GridPlanner} states what a plan guarantees about contiguity, bounds and grid
 * counts. Immutable and thread-safe.
 *
 * @param grids the comprehensive grids
 * @param dedicatedGrids the dedicated grids declared, whose units no comprehensive grid holds
 * @param summary the overall figures
 * @param parameters the grid standard the plan was drawn under
 * @param explanation the rule, policy, version and parameters of the standard used
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record GridPlan(
    ImmutableList<PlannedGrid> grids,
    ImmutableList<DedicatedGrid> dedicatedGrids,
    PlanSummary summary,
    GridParameters parameters,
    Explanation explanation) {

  /** The rule id of a plan's explanation. */
  public static final String RULE_ID = "grid.plan";

  /** Validates that ids are distinct and no unit is in two grids. */
  public GridPlan {
    grids = ImmutableList.copyOf(grids);
    dedicatedGrids = ImmutableList.copyOf(dedicatedGrids);
    requireNonNull(summary, "summary");
    requireNonNull(parameters, "parameters");
    requireNonNull(explanation, "explanation");
    Set<String> ids = new HashSet<>();
    Set<String> units = new HashSet<>();
    for (PlannedGrid g : grids) {
      checkInput(ids.add(g.id()), "grids.id", g.id(), "is used twice", "distinct grid ids");
      for (String u : g.unitIds()) {
        checkInput(units.add(u), "grids.unitIds", u, "is in two grids", "each unit in one grid");
      }
    }
    for (DedicatedGrid g : dedicatedGrids) {
      checkInput(ids.add(g.id()), "dedicatedGrids.id", g.id(), "is used twice",
          "distinct grid ids");
      for (String u : g.unitIds()) {
        checkInput(units.add(u), "dedicatedGrids.unitIds", u, "is in two grids",
            "each unit in one grid");
      }
    }
  }

  /** The comprehensive grid with {@code id}, if there is one. */
  public Optional<PlannedGrid> grid(String id) {
    return grids.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** Every bound broken, grid by grid in plan order. */
  public ImmutableList<BoundViolation> violations() {
    return grids.stream().flatMap(g -> g.violations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The comprehensive grid of each unit in one, by unit id. */
  public ImmutableMap<String, String> gridOfUnit() {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (PlannedGrid g : grids) {
      g.unitIds().forEach(u -> out.put(u, g.id()));
    }
    return out.buildOrThrow();
  }
}
