/**
 * The share-scheme facet (股权设置): the share classes and each member's exact weight in each class as of the base date.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.share;

import org.cungaiju.reform.api.Api;
