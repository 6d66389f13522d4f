/**
 * The dividend-rules facet (收益分配): the reserve fund (公积金) and welfare fund (公益金) rates retained from distributable income.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.dividend;

import org.cungaiju.reform.api.Api;
