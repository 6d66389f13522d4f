package org.cungaiju.reform.spi.dividend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;

class RetentionRatesTest {

  @Property
  void retentionAndPoolAddUpToAPositiveIncomeToTheFen(
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long fen,
      @ForAll @IntRange(min = 0, max = 100) int reservePercent,
      @ForAll @IntRange(min = 0, max = 100) int welfarePercent) {
    Assume.that(reservePercent + welfarePercent <= 100);
    RetentionRates r = RetentionRates.of(Rate.ofPercent(reservePercent),
        Rate.ofPercent(welfarePercent));
    Money income = Money.ofFen(fen);
    assertThat(r.reserveFundOf(income).plus(r.welfareFundOf(income)).plus(r.payoutPoolOf(income)))
        .isEqualTo(income);
    assertThat(r.payoutPoolOf(income).isNegative()).isFalse();
  }

  @Example
  void roundsEachFundDownToTheFen() {
    // 999 fen × 0.15 = 149.85 → 149; × 0.05 = 49.95 → 49; pool 999 − 149 − 49 = 801
    RetentionRates r = RetentionRates.of(Rate.ofPercent(15), Rate.ofPercent(5));
    Money income = Money.ofFen(999);
    assertThat(r.reserveFundOf(income)).isEqualTo(Money.ofFen(149));
    assertThat(r.welfareFundOf(income)).isEqualTo(Money.ofFen(49));
    assertThat(r.payoutPoolOf(income)).isEqualTo(Money.ofFen(801));
  }

  @Example
  void aYearWithoutPositiveIncomeRetainsAndPaysNothing() {
    RetentionRates r = RetentionRates.of(Rate.ofPercent(10), Rate.ofPercent(5));
    for (Money income : new Money[] {Money.ZERO, Money.ofFen(-12_345)}) {
      assertThat(r.reserveFundOf(income)).isEqualTo(Money.ZERO);
      assertThat(r.welfareFundOf(income)).isEqualTo(Money.ZERO);
      assertThat(r.payoutPoolOf(income)).isEqualTo(Money.ZERO);
    }
  }

  @Example
  void refusesRatesAddingUpToMoreThanOne() {
    assertThatThrownBy(() -> RetentionRates.of(Rate.ofPercent(60), Rate.ofPercent(41)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("exceeds 1");
  }
}
