/**
 * The policy registry: finds county policy plugins ({@link java.util.ServiceLoader} on the class
 * path and module path, a folder of jars, or explicit registration), checks them strictly, and
 * resolves (county, facet, date) to exactly one facet version, falling back to the municipal
 * default (440700).
 *
 * <p>Nulls are never accepted or returned. A built {@link
 * org.cungaiju.reform.core.registry.PolicyRegistry} and every description type are immutable
 * and thread-safe; the builder is not.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.core.registry;

import org.cungaiju.reform.api.Api;
