/**
 * The governance-rules facet: which posts one person may hold together (一肩挑) and what counts as separated on each of the five dimensions of 政经分开.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.governance;

import org.cungaiju.reform.api.Api;
