/**
 * The municipal default policy of Jiangmen (440700): every facet, in force wherever a county
 * plugin has no rule of its own. {@code docs/policy-defaults.md} documents each parameter and
 * its source.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.core.policy;

import org.cungaiju.reform.api.Api;
