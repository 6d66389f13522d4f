package org.cungaiju.reform.core.grid;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * One bound of the grid standard that a comprehensive grid breaks, with the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gridId the grid breaking the bound
 * @param bound which bound it breaks
 * @param actual the grid's figure: its households or residents
 * @param limit the bound's figure: the standard's minimum or maximum
 * @param cause why the planner could not keep the grid within the bound
 * @param reason the cause in one sentence, with the figures
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record BoundViolation(
    String gridId, Bound bound, long actual, long limit, Cause cause, String reason) {

  /** Validates the id and that the figures do break the bound. */
  public BoundViolation {
    Checks.id(gridId, "gridId");
    requireNonNull(bound, "bound");
    requireNonNull(cause, "cause");
    checkInput(bound.isBrokenBy(actual, limit), "actual", actual,
        "does not break the bound " + bound + " " + limit, "a figure breaking the bound");
    checkInput(!reason.isBlank(), "reason", reason, "is blank", "the reason in words");
  }

  /** The bounds of the grid standard. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public enum Bound {
    /** Fewer households than the standard's minimum. */
    HOUSEHOLDS_BELOW_MINIMUM,
    /** More households than the standard's maximum. */
    HOUSEHOLDS_ABOVE_MAXIMUM,
    /** More residents than the standard's maximum. */
    RESIDENTS_ABOVE_MAXIMUM;

    /** Whether {@code actual} breaks this bound at {@code limit}. */
    public boolean isBrokenBy(long actual, long limit) {
      return this == HOUSEHOLDS_BELOW_MINIMUM ? actual < limit : actual > limit;
    }
  }

  /** Why a grid breaks a bound. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public enum Cause {
    /** The grid is one unit that alone exceeds the maximum; a unit is never split. */
    UNIT_ABOVE_MAXIMUM,
    /**
     * The grid is the whole of its connected group of units (units reachable from one another
     * through neighbours), and the group's households fall below the minimum.
     */
    GROUP_BELOW_MINIMUM,
    /**
     * The grid's connected group of units holds a number of households that no whole number
     * of grids within the bounds adds up to, so some grid of the group must break a bound.
     */
    GROUP_NOT_DIVISIBLE,
    /**
     * The planner found no grouping of the neighbouring units that brings the grid within the
     * bounds. Such a grouping may not exist (a dead end of small units, a group walled in by
     * oversized units) or may be one the heuristic does not try.
     */
    NO_GROUPING_FOUND
  }
}
