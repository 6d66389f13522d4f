/**
 * The public-service-standards facet: school places per 1,000 residents (千人指标) by level.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link java.util.Optional}
 * or an empty collection. Every value type is immutable and thread-safe; every facet a plugin
 * supplies must be immutable and safe to call from many threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.spi.service;

import org.cungaiju.reform.api.Api;
