/**
 * A village-to-residence community (村改居社区) and the people and organizations in it:
 * the community, its rural collective economic organizations (农村集体经济组织), persons with
 * their dated life events, and households (户).
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe. Names and
 * resident ids are personal data and are masked in {@code toString}.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.community;

import org.cungaiju.reform.api.Api;
