/**
 * The whole reform on one community dossier (the main job): membership decisions, the share
 * register, the year's dividends, grids and workers, governance checks, land, public services
 * and the ledger's status, each produced by one section under the policy in force for the
 * dossier's county on the date, gathered into one immutable {@link
 * org.cungaiju.reform.core.run.Report} with every result's explanation.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@code Optional} or
 * collection. Every value type is immutable and thread-safe; {@link
 * org.cungaiju.reform.core.run.ReformRun} is stateless and safe to call from many threads at
 * once.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.run;

import org.cungaiju.reform.api.Api;
