/**
 * Membership of a rural collective economic organization (成员资格认定): who is a member on a
 * date, and why.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.membership;

import org.cungaiju.reform.api.Api;
