package org.cungaiju.reform.api.grid;

import org.cungaiju.reform.api.Api;

/**
 * A location on the community's local plane, in whole metres east and north of an origin the
 * dossier chooses.
 *
 * <p>Immutable and thread-safe.
 *
 * @param x metres east of the origin (negative for west)
 * @param y metres north of the origin (negative for south)
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Point(long x, long y) {

  /** The point {@code (x, y)}. */
  public static Point of(long x, long y) {
    return new Point(x, y);
  }
}
