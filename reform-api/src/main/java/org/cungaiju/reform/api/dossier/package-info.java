/**
 * The community dossier: everything the reform's calculations need about one community as of
 * a date, in one value.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.dossier;

import org.cungaiju.reform.api.Api;
