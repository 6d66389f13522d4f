package org.cungaiju.reform.core.dividend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.core.dividend.Retention.basis;
import static org.cungaiju.reform.core.dividend.Retention.rates;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cungaiju.reform.api.error.InfeasibleException;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.allocation.ClaimExplanation.TieOutcome;
import org.cungaiju.reform.core.allocation.Fraction;
import org.junit.jupiter.api.Test;

/** Distributions worked out by hand. */
class DividendExamplesTest {

  /**
   * 1,000,000.00 yuan, reserve 10%: 100,000.00; welfare 0; the pool of 900,000.00 over three
   * equal holders is 300,000.00 each, exactly.
   */
  @Test
  void aMillionOverThreeEqualHolders() {
    DividendDistribution d = Dividends.distribute(basis(1, 1, 1), 2024,
        Money.parse("1000000.00"), rates("0.1", "0"));
    assertThat(d.status()).isEqualTo(DividendStatus.DISTRIBUTED);
    assertThat(d.reserveFund()).isEqualTo(Money.parse("100000.00"));
    assertThat(d.welfareFund()).isEqualTo(Money.ZERO);
    assertThat(d.pool()).isEqualTo(Money.parse("900000.00"));
    for (int i = 0; i < 3; i++) {
      assertThat(d.payout(i)).isEqualTo(Money.parse("300000.00"));
      assertThat(d.explain(i).quota()).isEqualTo(Fraction.of(30_000_000));
      assertThat(d.receivedRemainderFen(i)).isFalse();
    }
    assertThat(d.tie().isEmpty()).isTrue();
    assertThat(d.explain(0).outcome()).isEqualTo("300000.00: 1 of 3 shares of the pool "
        + "900000.00 earn 30000000 fen exactly");
  }

  /**
   * 100.00 over three equal holders: 10,000 fen ÷ 3 = 3,333⅓ each; the floors leave 1 fen, and
   * the three remainders of ⅓ tie: the first holder gets it (33.34), the others 33.33.
   */
  @Test
  void aHundredOverThreeEqualHoldersIsATie() {
    DividendDistribution d = Dividends.distribute(basis(1, 1, 1), 2024, Money.parse("100.00"),
        rates("0", "0"));
    assertThat(List.of(d.payout(0), d.payout(1), d.payout(2))).containsExactly(
        Money.parse("33.34"), Money.parse("33.33"), Money.parse("33.33"));
    assertThat(d.tieAwardedIds()).containsExactly("h0");
    assertThat(d.tiePassedOverIds()).containsExactly("h1", "h2");
    Payout first = d.explain(0);
    assertThat(first.quota()).isEqualTo(Fraction.of(10_000, 3));
    assertThat(first.remainderFen()).isTrue();
    assertThat(first.tie()).isEqualTo(TieOutcome.AWARDED);
    assertThat(first.outcome()).isEqualTo("33.34: 1 of 3 shares of the pool 100.00 earn "
        + "10000/3 fen, floor 3333 + 1 remainder fen; tied at the margin, awarded by register "
        + "order");
    assertThat(d.explain(2).tie()).isEqualTo(TieOutcome.PASSED_OVER);
    assertThat(d.explanation().outcome()).contains("3 holders tied at the margin for 1 fen");
  }

  /** 0.07 yuan at 10%: the reserve is floor(0.7 fen) = 0 fen, and all 7 fen are paid out. */
  @Test
  void sevenFenRetainNothingAtTenPerCent() {
    DividendDistribution d = Dividends.distribute(basis(1), 2024, Money.parse("0.07"),
        rates("0.1", "0"));
    assertThat(d.reserveFund()).isEqualTo(Money.ZERO);
    assertThat(d.pool()).isEqualTo(Money.ofFen(7));
    assertThat(d.payout(0)).isEqualTo(Money.ofFen(7));
  }

  /**
   * 1,000.00 at reserve 10% and welfare 5%: 100.00 and 50.00, a pool of 850.00 = 85,000 fen over
   * 25 shares, 3,400 fen a share: p1 (10 shares) 340.00, p2 and p3 (5 each) 170.00, the
   * collective's 5 shares 170.00. Household h1 (p1, p2) 510.00, h2 (p3) 170.00.
   */
  @Test
  void householdsAndTheCollectivesPart() {
    ShareRegister register = new ShareRegister("org1", LocalDate.of(2020, 12, 31),
        ImmutableList.of(ShareClass.of("population", ShareClassKind.POPULATION),
            ShareClass.of("collective", ShareClassKind.COLLECTIVE)),
        ImmutableList.of(new Holding("p1", "population", 10), new Holding("p2", "population", 5),
            new Holding("p3", "population", 5), new Holding("org1", "collective", 5)));
    DividendBasis basis = DividendBasis.of(register, id -> Optional.ofNullable(
        id.equals("p3") ? "h2" : id.startsWith("p") ? "h1" : null));
    DividendDistribution d = Dividends.distribute(basis, 2024, Money.parse("1000.00"),
        rates("0.1", "0.05"));
    assertThat(d.retention()).isEqualTo(Money.parse("150.00"));
    assertThat(d.payoutOf("p1")).isEqualTo(Money.parse("340.00"));
    assertThat(d.payoutOf("p2")).isEqualTo(Money.parse("170.00"));
    assertThat(d.collective()).hasValueSatisfying(c -> {
      assertThat(c.holderId()).isEqualTo("org1");
      assertThat(c.collective()).isTrue();
      assertThat(c.payout()).isEqualTo(Money.parse("170.00"));
      assertThat(c.householdId()).isEmpty();
    });
    assertThat(d.households()).containsExactly(
        new HouseholdPayout("h1", ImmutableList.of("p1", "p2"), 15, Money.parse("510.00")),
        new HouseholdPayout("h2", ImmutableList.of("p3"), 5, Money.parse("170.00")));
    DividendReport report = d.report();
    assertThat(report.paidOut()).isEqualTo(Money.parse("850.00"));
    assertThat(report.payouts()).hasSize(4);
    assertThat(report.explanation().steps()).singleElement()
        .satisfies(s -> assertThat(s.ruleId()).isEqualTo("test.retention"));
  }

  @Test
  void aYearWithoutPositiveIncomeRetainsAndPaysNothingAndSaysSo() {
    for (String income : List.of("-281381.00", "0")) {
      DividendDistribution d = Dividends.distribute(basis(3, 2), 2024, Money.parse(income),
          rates("0.1", "0.05"));
      assertThat(d.status()).isEqualTo(DividendStatus.NO_POSITIVE_INCOME);
      assertThat(List.of(d.reserveFund(), d.welfareFund(), d.pool(), d.payout(0), d.payout(1)))
          .containsOnly(Money.ZERO);
      assertThat(d.explanation().outcome()).startsWith("no positive distributable income ("
          + Money.parse(income) + "): nothing retained, nothing paid");
    }
  }

  @Test
  void refusesToPayAPoolOverNoShares() {
    assertThatThrownBy(() -> Dividends.distribute(basis(0, 0), 2024, Money.parse("10.00"),
        rates("0.1", "0")))
        .isInstanceOf(InfeasibleException.class)
        .hasMessageContaining("9.00").hasMessageContaining("org1")
        .hasMessageContaining("holds no shares");
  }

  /**
   * A pool above 2^62 fen is paid as whole fen per share first: the largest income, all paid out,
   * over shares 1 and 2 is 9,223,372,036,854,775,807 fen; a third of it is
   * 3,074,457,345,618,258,602⅓, so the holders get that floor and twice it plus the
   * remainder fen: 3,074,457,345,618,258,602 and 6,148,914,691,236,517,205.
   */
  @Test
  void paysPoolsBeyondTheApportionmentsRange() {
    DividendDistribution d = Dividends.distribute(basis(1, 2), 2024,
        Money.ofFen(Long.MAX_VALUE), rates("0", "0"));
    assertThat(d.payoutFen(0)).isEqualTo(3_074_457_345_618_258_602L);
    assertThat(d.payoutFen(1)).isEqualTo(6_148_914_691_236_517_205L);
    assertThat(d.receivedRemainderFen(1)).isTrue();
  }
}
