package org.cungaiju.reform.core.dividend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.allocation.Fraction;
import org.cungaiju.reform.spi.dividend.RetentionRates;

/** What every distribution keeps, over generated incomes, rates and registers. */
class DividendPropertiesTest {

  /** A register: each holder's shares and household (several holders may share one). */
  record Register(long[] shares, List<Optional<String>> households) {
    DividendBasis basis() {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < shares.length; i++) {
        ids.add("p" + i);
      }
      return DividendBasis.of("org1", ids, shares, households);
    }
  }

  @Provide
  Arbitrary<Register> registers() {
    Arbitrary<Long> share = Arbitraries.oneOf(Arbitraries.longs().between(0, 20),
        Arbitraries.longs().between(0, 1_000_000), Arbitraries.just(0L),
        Arbitraries.longs().between(0, 1L << 40));
    return share.list().ofMinSize(1).ofMaxSize(60).flatMap(list -> {
      Arbitrary<List<Optional<String>>> homes = Arbitraries.integers().between(0, 8)
          .map(h -> h == 0 ? Optional.<String>empty() : Optional.of("home" + h))
          .list().ofSize(list.size());
      return homes.map(h -> new Register(list.stream().mapToLong(Long::longValue).toArray(), h));
    }).filter(r -> java.util.Arrays.stream(r.shares()).sum() > 0);
  }

  @Provide
  Arbitrary<Money> incomes() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000, 1_000_000),
        Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L),
        Arbitraries.longs(), Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE),
        Arbitraries.just(0L)).map(Money::ofFen);
  }

  @Provide
  Arbitrary<RetentionRates> rates() {
    Arbitrary<BigDecimal> rate = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2)),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(12));
    return Combinators.combine(rate, rate).as((a, b) -> a.add(b).compareTo(BigDecimal.ONE) <= 0
        ? RetentionRates.of(Rate.of(a), Rate.of(b))
        : RetentionRates.of(Rate.of(a), Rate.of(BigDecimal.ONE.subtract(a))));
  }

  private static DividendDistribution distribute(Register r, Money income, RetentionRates rates) {
    return Dividends.distribute(r.basis(), 2024, income, Explained.of(rates,
        Retention.rates("0", "0").explanation()));
  }

  private static long sumOfPayouts(DividendDistribution d) {
    long sum = 0;
    for (int i = 0; i < d.size(); i++) {
      sum = Math.addExact(sum, d.payoutFen(i));
    }
    return sum;
  }

  @Property
  void retentionAndPayoutsAddUpToTheIncomeToTheFen(@ForAll("registers") Register r,
      @ForAll("incomes") Money income, @ForAll("rates") RetentionRates rates) {
    DividendDistribution d = distribute(r, income, rates);
    long paid = sumOfPayouts(d);
    assertThat(paid).isEqualTo(d.paidOut().fen()).isEqualTo(d.pool().fen());
    if (income.isPositive()) {
      assertThat(BigInteger.valueOf(d.reserveFund().fen()).add(BigInteger.valueOf(
          d.welfareFund().fen())).add(BigInteger.valueOf(paid)))
          .isEqualTo(BigInteger.valueOf(income.fen()));
      assertThat(d.status()).isEqualTo(DividendStatus.DISTRIBUTED);
    } else {
      assertThat(List.of(d.reserveFund(), d.welfareFund(), d.pool())).containsOnly(Money.ZERO);
      assertThat(d.status()).isEqualTo(DividendStatus.NO_POSITIVE_INCOME);
    }
  }

  @Property
  void eachFundIsItsRateOfTheIncomeRoundedDownToTheFen(@ForAll("registers") Register r,
      @ForAll("incomes") Money income, @ForAll("rates") RetentionRates rates) {
    Assume.that(income.isPositive());
    DividendDistribution d = distribute(r, income, rates);
    BigDecimal fen = BigDecimal.valueOf(income.fen());
    assertThat(d.reserveFund().fen()).isEqualTo(rates.reserveFund().value().multiply(fen)
        .setScale(0, RoundingMode.FLOOR).longValueExact());
    assertThat(d.welfareFund().fen()).isEqualTo(rates.welfareFund().value().multiply(fen)
        .setScale(0, RoundingMode.FLOOR).longValueExact());
  }

  @Property
  void eachPayoutIsWithinOneFenOfItsExactShare(@ForAll("registers") Register r,
      @ForAll("incomes") Money income, @ForAll("rates") RetentionRates rates) {
    DividendDistribution d = distribute(r, income, rates);
    BigInteger total = BigInteger.valueOf(java.util.Arrays.stream(r.shares()).sum());
    for (int i = 0; i < d.size(); i++) {
      // the exact share, computed here from the pool and the shares
      Fraction exact = Fraction.of(BigInteger.valueOf(d.pool().fen())
          .multiply(BigInteger.valueOf(r.shares()[i])), total);
      BigInteger paid = BigInteger.valueOf(d.payoutFen(i));
      assertThat(paid).as("holder %s", i).isBetween(exact.floor(), exact.floor().add(
          exact.isWhole() ? BigInteger.ZERO : BigInteger.ONE));
      assertThat(d.explain(i).quota()).isEqualTo(exact);
      assertThat(d.receivedRemainderFen(i)).isEqualTo(paid.compareTo(exact.floor()) > 0);
    }
  }

  @Property
  void householdTotalsAreTheSumsOfTheirMembers(@ForAll("registers") Register r,
      @ForAll("incomes") Money income, @ForAll("rates") RetentionRates rates) {
    DividendDistribution d = distribute(r, income, rates);
    Map<String, Long> expected = new HashMap<>();
    for (int i = 0; i < d.size(); i++) {
      long paid = d.payoutFen(i);
      r.households().get(i).ifPresent(h -> expected.merge(h, paid, Long::sum));
    }
    Map<String, Long> actual = new HashMap<>();
    d.households().forEach(h -> actual.put(h.householdId(), h.payout().fen()));
    assertThat(actual).isEqualTo(expected);
  }

  @Property
  void zeroSharesEarnZeroFen(@ForAll("registers") Register r, @ForAll("incomes") Money income,
      @ForAll("rates") RetentionRates rates) {
    DividendDistribution d = distribute(r, income, rates);
    for (int i = 0; i < d.size(); i++) {
      if (r.shares()[i] == 0) {
        assertThat(d.payoutFen(i)).as("holder %s", i).isZero();
      }
    }
  }

  @Property
  void theSameInputPaysTheSame(@ForAll("registers") Register r, @ForAll("incomes") Money income,
      @ForAll("rates") RetentionRates rates) {
    DividendDistribution a = distribute(r, income, rates);
    DividendDistribution b = distribute(r, income, rates);
    assertThat(a.report()).isEqualTo(b.report());
  }

  /** Doubling everyone's shares changes no payout: only proportions count. */
  @Property
  void scalingEveryonesSharesChangesNoPayout(@ForAll("registers") Register r,
      @ForAll("incomes") Money income, @ForAll("rates") RetentionRates rates,
      @ForAll @IntRange(min = 2, max = 1000) int k) {
    long[] scaled = java.util.Arrays.stream(r.shares()).map(s -> s * k).toArray();
    DividendDistribution a = distribute(r, income, rates);
    DividendDistribution b = distribute(new Register(scaled, r.households()), income, rates);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.payoutFen(i)).isEqualTo(a.payoutFen(i));
    }
  }
}
