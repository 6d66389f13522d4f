/**
 * The election-eligibility facet: whether a non-hukou resident (非户籍常住人口) may stand for the two committees (两委), with the conditions met and unmet.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.election;

import org.cungaiju.reform.api.Api;
