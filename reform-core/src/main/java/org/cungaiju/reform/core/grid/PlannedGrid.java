package org.cungaiju.reform.core.grid;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.grid.Grid;
import org.cungaiju.reform.api.grid.GridFunction;
import org.cungaiju.reform.api.grid.GridKind;
import org.cungaiju.reform.api.grid.GridWorker;
import org.cungaiju.reform.api.grid.WorkerRole;

/**
 * One comprehensive grid (综合网格) of a {@link GridPlan}: its units, their totals, the grid
 * workers (网格员) it gets, the functions it carries (多网合一) and every bound of the standard
 * it breaks.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>At least one unit, ids distinct and in ascending order; counts are not negative.
 *   <li>{@code violations} lists every bound the grid breaks, each naming this grid, and
 *       nothing else: a grid with no violation is within every bound.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the grid's id, such as {@code G01}
 * @param unitIds the units in it, in ascending order of id
 * @param households the households living in its units
 * @param residents the residents living in its units
 * @param workload its workload under the standard's weights
 * @param fullTimeWorkers full-time grid workers (专职网格员) it gets
 * @param partTimeWorkers part-time grid workers (兼职网格员) it gets, by workload
 * @param functions the functions it carries
 * @param violations every bound it breaks, with the reason; empty when within bounds
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record PlannedGrid(
    String id,
    ImmutableList<String> unitIds,
    int households,
    int residents,
    long workload,
    int fullTimeWorkers,
    long partTimeWorkers,
    ImmutableSet<GridFunction> functions,
    ImmutableList<BoundViolation> violations) {

  /** Validates the id, units, counts and that every violation names this grid. */
  public PlannedGrid {
    Checks.id(id, "id");
    unitIds = ImmutableList.copyOf(unitIds);
    functions = ImmutableSet.copyOf(functions);
    violations = ImmutableList.copyOf(violations);
    checkInput(!unitIds.isEmpty(), "unitIds", "[]", "is empty", "at least one unit");
    var seen = new HashSet<String>();
    String previous = "";
    for (String u : unitIds) {
      Checks.id(u, "unitIds");
      checkInput(seen.add(u), "unitIds", u, "is listed twice", "distinct unit ids");
      checkInput(u.compareTo(previous) > 0, "unitIds", u, "is out of order",
          "unit ids in ascending order");
      previous = u;
    }
    Checks.nonNegative(households, "households");
    Checks.nonNegative(residents, "residents");
    Checks.nonNegative(workload, "workload");
    Checks.nonNegative(fullTimeWorkers, "fullTimeWorkers");
    Checks.nonNegative(partTimeWorkers, "partTimeWorkers");
    for (BoundViolation v : violations) {
      checkInput(v.gridId().equals(id), "violations.gridId", v.gridId(),
          "names another grid than " + id, id);
    }
  }

  /** Whether the grid breaks no bound. */
  public boolean isWithinBounds() {
    return violations.isEmpty();
  }

  /** The grid as the api's {@link Grid}: comprehensive, with its units and functions. */
  public Grid toGrid() {
    return new Grid(id, GridKind.COMPREHENSIVE, unitIds, functions);
  }

  /**
   * The grid's worker posts, full-time then part-time.
   *
   * @throws ArithmeticException if the part-time count does not fit in an {@code int}
   */
  public ImmutableList<GridWorker> workers() {
    return ImmutableList.of(new GridWorker(id, WorkerRole.FULL_TIME, fullTimeWorkers),
        new GridWorker(id, WorkerRole.PART_TIME, Math.toIntExact(partTimeWorkers)));
  }
}
