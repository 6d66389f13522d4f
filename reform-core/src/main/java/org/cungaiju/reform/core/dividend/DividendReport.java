package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.spi.dividend.RetentionRates;

/**
 * One organization's dividends for a year as one value, every payout explained: what {@link
 * DividendDistribution#report()} gives for reports and JSON.
 *
 * <p>{@code reserveFund + welfareFund + paidOut == distributableIncome} for a positive income;
 * all are zero otherwise. Immutable and thread-safe.
 *
 * @param organizationId the organization
 * @param year the financial year
 * @param status distributed, or no positive income
 * @param distributableIncome the year's distributable income (可分配收益)
 * @param rates the reserve and welfare fund rates applied
 * @param reserveFund the reserve fund (公积金)
 * @param welfareFund the welfare fund (公益金)
 * @param retention both funds
 * @param pool the payout pool
 * @param paidOut the payouts added up: the pool
 * @param totalShares every share paid on
 * @param payouts each holder's payout, in register order
 * @param households each household's payouts added up
 * @param collective the collective share's part (集体股), if any
 * @param tieAwarded holders tied at the margin the tie-break gave a fen
 * @param tiePassedOver holders tied at the margin the tie-break passed over
 * @param explanation the rule, policy version, rates and outcome
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record DividendReport(
    String organizationId,
    int year,
    DividendStatus status,
    Money distributableIncome,
    RetentionRates rates,
    Money reserveFund,
    Money welfareFund,
    Money retention,
    Money pool,
    Money paidOut,
    long totalShares,
    ImmutableList<Payout> payouts,
    ImmutableList<HouseholdPayout> households,
    Optional<Payout> collective,
    ImmutableList<String> tieAwarded,
    ImmutableList<String> tiePassedOver,
    Explanation explanation) {

  /** Validates that the parts are present, and copies the lists. */
  public DividendReport {
    Checks.id(organizationId, "organizationId");
    requireNonNull(status, "status");
    requireNonNull(distributableIncome, "distributableIncome");
    requireNonNull(rates, "rates");
    requireNonNull(reserveFund, "reserveFund");
    requireNonNull(welfareFund, "welfareFund");
    requireNonNull(retention, "retention");
    requireNonNull(pool, "pool");
    requireNonNull(paidOut, "paidOut");
    payouts = ImmutableList.copyOf(payouts);
    households = ImmutableList.copyOf(households);
    requireNonNull(collective, "collective");
    tieAwarded = ImmutableList.copyOf(tieAwarded);
    tiePassedOver = ImmutableList.copyOf(tiePassedOver);
    requireNonNull(explanation, "explanation");
  }
}
