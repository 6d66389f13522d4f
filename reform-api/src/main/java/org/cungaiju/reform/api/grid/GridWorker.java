package org.cungaiju.reform.api.grid;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * Grid worker posts (网格员) of one role assigned to a grid.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gridId the grid
 * @param role full-time or part-time
 * @param count how many posts, 0 or more
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record GridWorker(String gridId, WorkerRole role, int count) {

  /** Validates the id and count. */
  public GridWorker {
    Checks.id(gridId, "gridId");
    requireNonNull(role, "role");
    Checks.nonNegative(count, "count");
  }
}
