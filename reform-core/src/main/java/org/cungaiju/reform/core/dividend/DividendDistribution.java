package org.cungaiju.reform.core.dividend;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.allocation.Fraction;
import org.cungaiju.reform.core.allocation.IndexedAllocation;
import org.cungaiju.reform.core.allocation.Tie;
import org.cungaiju.reform.spi.dividend.RetentionRates;

/**
 * One organization's dividends for one financial year, by holder position in its {@link
 * DividendBasis}: the retention, the pool, each holder's payout in fen, and — built only when
 * asked for — household totals, explanations and the report.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>{@code reserveFund + welfareFund + paidOut == distributableIncome} to the fen when the
 *       income is positive; otherwise all are zero and {@link #status()} says so.
 *   <li>Each payout is the floor of its exact quota in fen or one fen more; a holder with no
 *       share is paid nothing.
 *   <li>{@link #tie()} lists every holder tied at the margin for a remainder fen.
 *   <li>Household totals are the sums of their holders' payouts.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class DividendDistribution {

  /** The rule id of the distribution's explanation. */
  public static final String RULE_ID = "dividend.distribution";

  private final DividendBasis basis;
  private final int year;
  private final long income;
  private final Explained<RetentionRates> rates;
  private final long reserve;
  private final long welfare;
  private final long pool;
  private final long base; // fen per share paid before the apportionment, for pools above 2^62
  private final IndexedAllocation rest; // null when nothing is paid out
  private final Supplier<ImmutableList<HouseholdPayout>> households =
      Suppliers.memoize(this::sumHouseholds);

  DividendDistribution(DividendBasis basis, int year, long income, Explained<RetentionRates> rates,
      long reserve, long welfare, long pool, long base, IndexedAllocation rest) {
    this.basis = basis;
    this.year = year;
    this.income = income;
    this.rates = rates;
    this.reserve = reserve;
    this.welfare = welfare;
    this.pool = pool;
    this.base = base;
    this.rest = rest;
  }

  /** The organization. */
  public String organizationId() {
    return basis.organizationId();
  }

  /** The financial year. */
  public int year() {
    return year;
  }

  /** {@link DividendStatus#DISTRIBUTED}, or {@link DividendStatus#NO_POSITIVE_INCOME}. */
  public DividendStatus status() {
    return income > 0 ? DividendStatus.DISTRIBUTED : DividendStatus.NO_POSITIVE_INCOME;
  }

  /** The year's distributable income (可分配收益), as given. */
  public Money distributableIncome() {
    return Money.ofFen(income);
  }

  /** The rates retained, and the dividend rules' explanation of them. */
  public Explained<RetentionRates> rates() {
    return rates;
  }

  /** The reserve fund (公积金): its rate times the income, rounded down to the fen. */
  public Money reserveFund() {
    return Money.ofFen(reserve);
  }

  /** The welfare fund (公益金): its rate times the income, rounded down to the fen. */
  public Money welfareFund() {
    return Money.ofFen(welfare);
  }

  /** Both funds. */
  public Money retention() {
    return Money.ofFen(reserve + welfare);
  }

  /** The payout pool: the income less both funds. */
  public Money pool() {
    return Money.ofFen(pool);
  }

  /** What was paid out: the pool when distributed, else zero. */
  public Money paidOut() {
    return Money.ofFen(pool);
  }

  /** The basis the pool was paid out on. */
  public DividendBasis basis() {
    return basis;
  }

  /** The number of holders. */
  public int size() {
    return basis.size();
  }

  /** Holder {@code i}'s payout in fen. */
  public long payoutFen(int i) {
    return base * basis.shares(i) + (rest == null ? 0 : rest.units(i));
  }

  /** Holder {@code i}'s payout. */
  public Money payout(int i) {
    return Money.ofFen(payoutFen(i));
  }

  /**
   * The payout of {@code holderId}.
   *
   * @throws InvalidInputException if it holds no shares in the register
   */
  public Money payoutOf(String holderId) {
    return payout(position(holderId));
  }

  /** The exact fen holder {@code i}'s shares earn: pool × shares ÷ all shares (0 without shares). */
  public Fraction quota(int i) {
    long total = basis.totalShares();
    return total == 0 ? Fraction.ZERO : Fraction.of(BigInteger.valueOf(pool)
        .multiply(BigInteger.valueOf(basis.shares(i))), BigInteger.valueOf(total));
  }

  /** Whether holder {@code i}'s payout includes one of the fen left after the floors. */
  public boolean receivedRemainderFen(int i) {
    return BigInteger.valueOf(payoutFen(i)).compareTo(quota(i).floor()) > 0;
  }

  /** The holders tied at the margin for a remainder fen, by position; the tie-break is register order. */
  public Tie tie() {
    return rest == null ? Tie.NONE : rest.tie();
  }

  /** The ids of the tied holders the tie-break gave a fen, in register order. */
  public ImmutableList<String> tieAwardedIds() {
    return ids(tie().awarded().stream());
  }

  /** The ids of the tied holders the tie-break passed over, in register order. */
  public ImmutableList<String> tiePassedOverIds() {
    return ids(tie().passedOver().stream());
  }

  /** Holder {@code i}'s payout with its shares, quota, remainder fen and tie. */
  public Payout explain(int i) {
    TieOutcome tieOutcome = !tie().contains(i) ? TieOutcome.NOT_TIED
        : tie().isAwarded(i) ? TieOutcome.AWARDED : TieOutcome.PASSED_OVER;
    Fraction quota = quota(i);
    boolean remainder = receivedRemainderFen(i);
    Money paid = payout(i);
    StringBuilder outcome = new StringBuilder(paid.toString()).append(": ");
    if (income <= 0) {
      outcome.append("no positive distributable income (").append(distributableIncome())
          .append("), nothing paid");
    } else {
      outcome.append(basis.shares(i)).append(" of ").append(basis.totalShares())
          .append(" shares of the pool ").append(pool()).append(" earn ").append(quota)
          .append(" fen");
      if (quota.isWhole()) {
        outcome.append(" exactly");
      } else {
        outcome.append(", floor ").append(quota.floor()).append(remainder ? " + 1 remainder fen"
            : "");
      }
      if (tieOutcome == TieOutcome.AWARDED) {
        outcome.append("; tied at the margin, awarded by register order");
      } else if (tieOutcome == TieOutcome.PASSED_OVER) {
        outcome.append("; tied at the margin, passed over by register order");
      }
    }
    return new Payout(basis.holderId(i), basis.householdId(i),
        basis.collectiveIndex().filter(c -> c == i).isPresent(), basis.shares(i), quota, paid,
        remainder, tieOutcome, outcome.toString());
  }

  /**
   * The payout of {@code holderId}, explained.
   *
   * @throws InvalidInputException if it holds no shares in the register
   */
  public Payout explain(String holderId) {
    return explain(position(holderId));
  }

  /** Every holder's payout, explained, in register order. */
  public ImmutableList<Payout> payouts() {
    return IntStream.range(0, size()).mapToObj(this::explain)
        .collect(ImmutableList.toImmutableList());
  }

  /** The collective share's part (集体股), if the register has collective shares. */
  public Optional<Payout> collective() {
    return basis.collectiveIndex().map(this::explain);
  }

  /** Each household's payouts added up, in the order households first appear. */
  public ImmutableList<HouseholdPayout> households() {
    return households.get();
  }

  /** The household {@code householdId}'s payouts added up; zero for one holding no shares. */
  public Money householdPayout(String householdId) {
    return households().stream().filter(h -> h.householdId().equals(householdId))
        .map(HouseholdPayout::payout).findFirst().orElse(Money.ZERO);
  }

  /** Why: the rule, the dividend rules' policy and version, the rates and the outcome. */
  public Explanation explanation() {
    Explanation why = rates.explanation();
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("organization", organizationId());
    inputs.put("year", String.valueOf(year));
    inputs.put("distributableIncome", distributableIncome().toString());
    inputs.put("totalShares", String.valueOf(basis.totalShares()));
    inputs.put("holders", String.valueOf(size()));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("reserveFundRate", rates.value().reserveFund().toString());
    parameters.put("welfareFundRate", rates.value().welfareFund().toString());
    parameters.put("rounding", "each fund is its rate times the income rounded down to the fen; "
        + "the pool is paid by largest remainder on fen, ties by register order");
    String outcome = income <= 0
        ? "no positive distributable income (" + distributableIncome()
            + "): nothing retained, nothing paid"
        : "income " + distributableIncome() + ": reserve fund " + reserveFund() + " ("
            + rates.value().reserveFund() + "), welfare fund " + welfareFund() + " ("
            + rates.value().welfareFund() + "), pool " + pool() + " paid over "
            + basis.totalShares() + " shares to " + size() + " holders"
            + (tie().isEmpty() ? "" : "; " + tie().size() + " holders tied at the margin for "
                + tie().awardedCount() + " fen, given by register order");
    return new Explanation(RULE_ID, why.policyId(), why.version(), why.source(),
        ImmutableMap.copyOf(inputs),
        ImmutableMap.copyOf(parameters), outcome,
        ImmutableList.of(why));
  }

  /** Everything above as one value, every payout explained: for reports and JSON. */
  public DividendReport report() {
    return new DividendReport(organizationId(), year, status(), distributableIncome(),
        rates.value(), reserveFund(), welfareFund(), retention(), pool(), paidOut(),
        basis.totalShares(), payouts(), households(), collective(), tieAwardedIds(),
        tiePassedOverIds(), explanation());
  }

  private ImmutableList<HouseholdPayout> sumHouseholds() {
    String[] ids = basis.householdIds();
    int[] of = basis.householdIndexes();
    long[] shares = new long[ids.length];
    long[] fen = new long[ids.length];
    List<List<String>> holders = new ArrayList<>(ids.length);
    for (int h = 0; h < ids.length; h++) {
      holders.add(new ArrayList<>());
    }
    for (int i = 0; i < size(); i++) {
      if (of[i] >= 0) {
        shares[of[i]] += basis.shares(i);
        fen[of[i]] += payoutFen(i);
        holders.get(of[i]).add(basis.holderId(i));
      }
    }
    ImmutableList.Builder<HouseholdPayout> out = ImmutableList.builderWithExpectedSize(ids.length);
    for (int h = 0; h < ids.length; h++) {
      out.add(new HouseholdPayout(ids[h], ImmutableList.copyOf(holders.get(h)), shares[h],
          Money.ofFen(fen[h])));
    }
    return out.build();
  }

  private int position(String holderId) {
    return basis.indexOf(holderId).orElseThrow(() -> InvalidInputException.of("holderId",
        holderId, "holds no shares in the register of " + organizationId(),
        "the id of a holder of the register"));
  }

  private ImmutableList<String> ids(IntStream positions) {
    return positions.mapToObj(basis::holderId).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "DividendDistribution[" + organizationId() + ", " + year + ", income "
        + distributableIncome() + ", retention " + retention() + ", pool " + pool() + "]";
  }
}
