/**
 * Dividend distribution (收益分配): a financial year's distributable income split into the
 * reserve fund (公积金), the welfare fund (公益金) and the payout pool, and the pool paid out by
 * shares, exactly to the fen, with household totals, the collective share's part and every
 * payout explainable. {@code docs/shares-and-dividends.md} states the rules, the rounding and the
 * tie-breaking.
 *
 * <p>Start at {@link org.cungaiju.reform.core.dividend.DividendEngine} for a dossier, or at
 * {@link org.cungaiju.reform.core.dividend.Dividends} for the fast path over prepared {@link
 * org.cungaiju.reform.core.dividend.DividendBasis} arrays.
 *
 * <p>Nulls are never accepted or returned: an absent value is an empty {@link
 * java.util.Optional} or an empty collection. Every type is immutable and thread-safe; the
 * engines keep no state between calls and are safe to call from many threads at once.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
package org.cungaiju.reform.core.dividend;

import org.cungaiju.reform.api.Api;
