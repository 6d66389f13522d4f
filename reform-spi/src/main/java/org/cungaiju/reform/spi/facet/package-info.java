/**
 * What every facet version shares: its {@link org.cungaiju.reform.spi.facet.FacetVersion} (policy id, version id, validity window and source) and the {@link org.cungaiju.reform.spi.facet.PolicyFacet} type every facet extends.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.facet;

import org.cungaiju.reform.api.Api;
