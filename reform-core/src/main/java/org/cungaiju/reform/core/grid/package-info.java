/**
 * Grid planning (科学划分综合网格): a community's grid units cut into contiguous comprehensive
 * grids (综合网格) within the county's grid standard, with grid workers, the functions each grid
 * carries (多网合一), every bound a grid breaks and why, and an SVG map of the plan.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty collection. Every value
 * type is immutable and thread-safe; the planner and the map renderer are stateless and safe to
 * call from many threads at once.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.grid;

import org.cungaiju.reform.api.Api;
