/**
 * The work ledger (台账) of the plan's key tasks and its supervision views (督查): an
 * append-only {@link org.cungaiju.reform.core.ledger.Ledger} of progress entries, and per
 * task, per department and overdue views on a date. Start at {@link
 * org.cungaiju.reform.core.ledger.Ledger#of(org.cungaiju.reform.api.dossier.Dossier)}.
 *
 * <p>Nulls are never accepted or returned. Every type is immutable and thread-safe; appending
 * gives a new ledger and leaves the old one as it was.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.ledger;

import org.cungaiju.reform.api.Api;
