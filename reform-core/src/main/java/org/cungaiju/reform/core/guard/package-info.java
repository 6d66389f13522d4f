/**
 * The run-time guard around county policy plugins: every decision a facet makes is checked
 * before an engine sees it, and optionally run within a time budget and checked for giving the
 * same answer twice. A failing check is a {@link
 * org.cungaiju.reform.core.guard.PluginFaultException} naming the plugin, the facet, the
 * version and the input; nothing is silently replaced by the municipal default.
 *
 * <p>The registry ({@link org.cungaiju.reform.core.registry.PolicyRegistry#resolve}) hands out
 * guarded facets only, so engines get the guard without doing anything.
 *
 * <p>Nulls are never accepted or returned. Every type is immutable or safe to use from many
 * threads at once.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.core.guard;

import org.cungaiju.reform.api.Api;
