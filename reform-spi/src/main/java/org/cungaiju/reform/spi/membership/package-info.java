/**
 * The membership-rules facet (成员资格认定): a person's facts on a date → member, not a member, or left to the members' assembly, with reasons.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.membership;

import org.cungaiju.reform.api.Api;
