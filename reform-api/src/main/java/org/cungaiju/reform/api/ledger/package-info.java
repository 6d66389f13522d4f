/**
 * The key-task responsibility list (重点任务责任清单) and its work ledger (台账): the plan's
 * measures with their responsible city departments, and dated progress entries that are never
 * changed, only superseded.
 *
 * <p>Nulls are never accepted or returned; every type is immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
package org.cungaiju.reform.api.ledger;

import org.cungaiju.reform.api.Api;
