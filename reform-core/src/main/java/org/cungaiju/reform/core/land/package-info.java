/**
 * Land calculations of the plan's measure 6: the retained-land (留用地) entitlement of each
 * collective organization and the value of converting what is unrealized to cash, property or
 * equity (折算货币、置换物业、折价入股), and what a household withdrawing from its homestead
 * (宅基地退出) is offered. Start at {@link org.cungaiju.reform.core.land.LandCalculations}.
 *
 * <p>Areas and money are exact: areas as {@link org.cungaiju.reform.api.value.Weight}s of
 * square metres, money as {@link org.cungaiju.reform.api.value.Money} in fen; no floating
 * point. Nulls are never accepted or returned. Every result is an immutable, thread-safe record
 * carrying its explanation; the engine keeps no state between calls.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.land;

import org.cungaiju.reform.api.Api;
