/**
 * Public services of the plan's measure 4 (公共资源按常住人口规模配置): the school places
 * (学位) a community's resident population needs at each stage under the county's standards,
 * the gap to the places available, and the sharing of a county's places or budget among its
 * communities by resident population. Start at {@link
 * org.cungaiju.reform.core.service.PublicServiceChecks}.
 *
 * <p>Exact integer arithmetic, no floating point. Nulls are never accepted or returned. Every
 * result is an immutable, thread-safe record carrying its explanation; the engines keep no
 * state between calls.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.service;

import org.cungaiju.reform.api.Api;
