/**
 * The grid-standard facet (网格划分标准): households and residents per comprehensive grid, how unit facts weigh into workload, and how many grid workers a grid gets.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.grid;

import org.cungaiju.reform.api.Api;
