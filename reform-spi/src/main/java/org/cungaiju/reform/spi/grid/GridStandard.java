package org.cungaiju.reform.spi.grid;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.PolicyFacet;

/**
 * The grid-standard facet (综合网格划分标准): how large a comprehensive grid (综合网格) may be,
 * how the facts of a grid unit weigh into workload, and how many full-time and part-time grid
 * workers (专职/兼职网格员) a grid gets.
 *
 * <p>Immutable, thread-safe and deterministic; see {@link PolicyFacet}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface GridStandard extends PolicyFacet {

  /** The standard that applies to {@code community}'s comprehensive grids. */
  Explained<GridParameters> parameters(Community community);
}
