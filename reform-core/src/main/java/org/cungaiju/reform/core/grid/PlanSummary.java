package org.cungaiju.reform.core.grid;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * The overall figures of a {@link GridPlan}.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Counts and totals are not negative; {@code workloadMin ≤ workloadMax}, both 0 when there
 *       are no grids.
 *   <li>{@code lowerBound} is ⌈households ÷ the standard's maximum households per grid⌉: no
 *       plan whose grids all stay within the maximum can use fewer grids.
 *   <li>{@code workloadCv} is the coefficient of variation of the grids' workloads (population
 *       standard deviation over the mean), rounded half up to {@value #CV_SCALE} decimals for
 *       display; 0 when there is at most one grid or no workload. It decides nothing: the
 *       planner balances on exact integer sums of squares.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param gridCount the comprehensive grids
 * @param lowerBound ⌈households ÷ maximum households per grid⌉
 * @param groups the connected groups of units (components of the adjacency of the units left
 *     outside dedicated grids), each planned on its own
 * @param units the units in comprehensive grids
 * @param households their households
 * @param residents their residents
 * @param workload their workload
 * @param workloadMin the smallest workload of a grid
 * @param workloadMax the largest workload of a grid
 * @param workloadCv the workloads' coefficient of variation, rounded for display
 * @param fullTimeWorkers full-time grid workers in all
 * @param partTimeWorkers part-time grid workers in all
 * @param violationCount the bounds broken, over all grids
 * @param flaggedGridIds the grids breaking a bound, in plan order
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record PlanSummary(
    int gridCount,
    long lowerBound,
    int groups,
    int units,
    long households,
    long residents,
    long workload,
    long workloadMin,
    long workloadMax,
    BigDecimal workloadCv,
    long fullTimeWorkers,
    long partTimeWorkers,
    int violationCount,
    ImmutableList<String> flaggedGridIds) {

  /** The decimals {@code workloadCv} is rounded to. */
  public static final int CV_SCALE = 4;

  /** Validates the counts. */
  public PlanSummary {
    Checks.nonNegative(gridCount, "gridCount");
    Checks.nonNegative(lowerBound, "lowerBound");
    Checks.nonNegative(groups, "groups");
    Checks.nonNegative(units, "units");
    Checks.nonNegative(households, "households");
    Checks.nonNegative(residents, "residents");
    Checks.nonNegative(workload, "workload");
    Checks.nonNegative(workloadMin, "workloadMin");
    checkInput(workloadMax >= workloadMin, "workloadMax", workloadMax, "is below workloadMin "
        + workloadMin, "at least workloadMin");
    checkInput(workloadCv.signum() >= 0 && workloadCv.scale() == CV_SCALE, "workloadCv",
        workloadCv, "is negative or not rounded to " + CV_SCALE + " decimals",
        "a non-negative decimal with " + CV_SCALE + " decimals");
    Checks.nonNegative(fullTimeWorkers, "fullTimeWorkers");
    Checks.nonNegative(partTimeWorkers, "partTimeWorkers");
    Checks.nonNegative(violationCount, "violationCount");
    flaggedGridIds = ImmutableList.copyOf(flaggedGridIds);
  }
}
