package org.cungaiju.reform.core.dividend;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.allocation.Apportionment;
import org.cungaiju.reform.core.allocation.IndexedAllocation;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.spi.dividend.RetentionRates;

/**
 * Dividend distribution (收益分配) for one financial year, on prepared arrays: the fast path
 * that {@link DividendEngine} and batch callers use.
 *
 * <h2>The rules</h2>
 *
 * <ol>
 *   <li>A year whose distributable income is zero or negative retains nothing and pays nothing
 *       ({@link DividendStatus#NO_POSITIVE_INCOME}).
 *   <li>Otherwise the reserve fund (公积金) is its rate times the income, rounded down to the
 *       fen, and so is the welfare fund (公益金); the pool is what is left, so the rounding of
 *       the funds goes to the members.
 *   <li>The pool is paid out by shares — a share of any class earns the same — by largest
 *       remainder on fen: each holder gets the floor of {@code pool × shares ÷ all shares} fen,
 *       and the fen left go one each to the largest remainders; holders tied at the margin get
 *       them in register order, and all of them are reported.
 *   <li>Retention plus payouts equals the income exactly, to the fen.
 * </ol>
 *
 * <h2>Performance notes</h2>
 *
 * <p>Per holder, only the apportionment runs (reading and copying the shares array, one
 * multiplication and division each, selection of the margin); the funds are computed once per
 * organization; explanations, household totals and reports are built only when asked for.
 * Pools above 2<sup>62</sup> fen are paid as a whole number of fen per share first and the rest
 * apportioned, which gives the same result.
 *
 * <p>Stateless; thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class Dividends {

  private static final Apportionment LARGEST_REMAINDER =
      Apportionment.of(Method.LARGEST_REMAINDER);

  private Dividends() {}

  /**
   * The dividends of {@code year} on {@code basis} for a distributable income of {@code
   * income}, retained at {@code rates}.
   *
   * @throws InfeasibleException if the pool is positive and the register holds no shares
   */
  public static DividendDistribution distribute(
      DividendBasis basis, int year, Money income, Explained<RetentionRates> rates) {
    requireNonNull(basis, "basis");
    requireNonNull(income, "income");
    requireNonNull(rates, "rates");
    if (!income.isPositive()) {
      return new DividendDistribution(basis, year, income.fen(), rates, 0, 0, 0, 0, null);
    }
    RetentionRates r = rates.value();
    long reserve = r.reserveFundOf(income).fen();
    long welfare = r.welfareFundOf(income).fen();
    long pool = income.fen() - reserve - welfare;
    long total = basis.totalShares();
    if (pool > 0 && total == 0) {
      throw new InfeasibleException("Cannot pay out the pool of " + Money.ofFen(pool)
          + " of organization " + basis.organizationId() + " for " + year
          + ": its register holds no shares; accepted: a register with shares");
    }
    long base = 0;
    long rest = pool;
    if (pool > Apportionment.MAX) {
      // every holder's quota is base·shares plus a quota of the rest, with the same fractions
      base = pool / total;
      rest = pool % total;
    }
    IndexedAllocation paid = LARGEST_REMAINDER.allocate(rest, basis.sharesArray());
    return new DividendDistribution(basis, year, income.fen(), rates, reserve, welfare, pool,
        base, paid);
  }
}
