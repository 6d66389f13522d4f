package org.cungaiju.reform.api.community;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.Rate;

/**
 * What an organization's charter (章程) settles for the calculations: retention rates that
 * override the county policy, how shares are managed, the base date of quantification and the
 * number of shares to issue.
 *
 * <p>Every part is optional; an absent part defers to the county policy. Immutable and
 * thread-safe.
 *
 * @param reserveFundRate the reserve fund (公积金) rate, if the charter sets one
 * @param welfareFundRate the welfare fund (公益金) rate, if the charter sets one
 * @param shareManagement static (股权固化) or dynamic management of shares
 * @param shareBaseDate the base date (基准日) shares were or are to be quantified at
 * @param totalShares the number of shares to issue (for example net operating assets divided by
 *     par value); absent means one share per unit of weight
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Charter(
    Optional<Rate> reserveFundRate,
    Optional<Rate> welfareFundRate,
    ShareManagement shareManagement,
    Optional<LocalDate> shareBaseDate,
    Optional<Long> totalShares) {

  /** A charter that settles nothing but static management, deferring all else to the policy. */
  public static final Charter DEFAULT = new Charter(Optional.empty(), Optional.empty(),
      ShareManagement.STATIC, Optional.empty(), Optional.empty());

  /** Validates that the rates leave something to pay out and the share count is positive. */
  public Charter {
    requireNonNull(reserveFundRate, "reserveFundRate");
    requireNonNull(welfareFundRate, "welfareFundRate");
    requireNonNull(shareManagement, "shareManagement");
    requireNonNull(shareBaseDate, "shareBaseDate");
    requireNonNull(totalShares, "totalShares");
    Rate r = reserveFundRate.orElse(Rate.ZERO);
    Rate w = welfareFundRate.orElse(Rate.ZERO);
    checkInput(r.value().add(w.value()).compareTo(java.math.BigDecimal.ONE) <= 0,
        "welfareFundRate", w, "with the reserve fund rate " + r + " exceeds 1",
        "rates that add up to at most 1");
    checkInput(totalShares.isEmpty() || totalShares.get() > 0, "totalShares",
        totalShares.map(String::valueOf).orElse(""), "is not positive", "1 or more shares");
  }
}
