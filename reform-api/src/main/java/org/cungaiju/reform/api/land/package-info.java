/**
 * The land facts of a community that the retained-land (留用地) and homestead-withdrawal
 * (宅基地退出) calculations read: per collective organization, the expropriated area its
 * retained-land entitlement is based on and the retained land already realized; and the
 * households applying to withdraw from their homestead.
 *
 * <p>Areas are square metres held exactly as {@link org.cungaiju.reform.api.value.Weight}s
 * with at most {@value org.cungaiju.reform.api.land.RetainedLand#AREA_DECIMALS} decimals,
 * never floating point. Nulls are never accepted or returned; every type is immutable and
 * thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.land;

import org.cungaiju.reform.api.Api;
