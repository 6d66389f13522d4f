/**
 * Governance grids (网格): the units a community is divided into, comprehensive and dedicated
 * grids, grid workers and the functions one grid carries (多网合一).
 *
 * <p>Coordinates are whole metres on a local plane, never floating point. Nulls are never
 * accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.grid;

import org.cungaiju.reform.api.Api;
