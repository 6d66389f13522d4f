/**
 * Share quantification and the share register (股权量化, 股东名册): members' exact weights
 * turned into whole shares per member, per household and per class, with the collective share
 * (集体股); register operations (transfers, inheritance) that conserve the total and are logged;
 * static management (股权固化) and dynamic readjustment. {@code docs/shares-and-dividends.md}
 * states the rules, the rounding and the tie-breaking.
 *
 * <p>Start at {@link org.cungaiju.reform.core.share.ShareEngine} for a dossier's registers in
 * force on a date, {@link org.cungaiju.reform.core.share.ShareQuantifier} for a quantification,
 * and {@link org.cungaiju.reform.core.share.ShareBook} for register operations.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link
 * java.util.Optional} or an empty collection. Every value type is immutable and thread-safe; the
 * engines keep no state between calls and are safe to call from many threads at once.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.share;

import org.cungaiju.reform.api.Api;
