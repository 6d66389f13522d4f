/**
 * The land-rules facet: the retained-land (留用地) ratio, the rates at which unrealized retained land converts to cash, property or equity, and the terms of homestead (宅基地) withdrawal.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.land;

import org.cungaiju.reform.api.Api;
