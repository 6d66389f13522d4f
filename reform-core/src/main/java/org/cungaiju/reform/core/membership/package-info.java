/**
 * The membership engine (成员资格认定): every person of a dossier decided as of a date under
 * the membership rules in force for the county, with the reasons.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.core.membership;

import org.cungaiju.reform.api.Api;
