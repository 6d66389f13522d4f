/**
 * Governance checks of a village-to-residence community: 政经分开 on the five dimensions of the
 * plan's measure 8, who holds which posts and whether the county allows one person to hold the
 * leading ones together (一肩挑), and whether non-hukou residents may stand for the two
 * committees (measure 10). Start at {@link org.cungaiju.reform.core.governance.GovernanceChecks}.
 *
 * <p>Nulls are never accepted or returned. Every result is an immutable, thread-safe record
 * carrying its {@link org.cungaiju.reform.api.explain.Explanation}; the engine keeps no state
 * between calls and is safe to call from many threads.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.governance;

import org.cungaiju.reform.api.Api;
