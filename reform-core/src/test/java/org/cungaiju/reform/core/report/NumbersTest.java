package org.cungaiju.reform.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.cungaiju.reform.api.value.Money;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void groupsThousands() {
    assertThat(Numbers.grouped(0)).isEqualTo("0");
    assertThat(Numbers.grouped(999)).isEqualTo("999");
    assertThat(Numbers.grouped(4916)).isEqualTo("4,916");
    assertThat(Numbers.grouped(-1234567)).isEqualTo("-1,234,567");
    assertThat(Numbers.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
  }

  @Test
  void writesMoneyInYuanWithTwoDecimals() {
    assertThat(Numbers.money(Money.ofFen(123456))).isEqualTo("1,234.56");
    assertThat(Numbers.money(Money.ofFen(5))).isEqualTo("0.05");
    assertThat(Numbers.money(Money.ofFen(-100))).isEqualTo("-1.00");
    assertThat(Numbers.money(Money.ofFen(Long.MIN_VALUE)))
        .isEqualTo("-92,233,720,368,547,758.08");
  }

  @Property(tries = 300)
  void groupingOnlyAddsCommas(@ForAll long n) {
    assertThat(Numbers.grouped(n).replace(",", "")).isEqualTo(String.valueOf(n));
  }

  @Property(tries = 300)
  void scalesExactlyRoundingDown(@ForAll @LongRange(min = 0) long value,
      @ForAll @LongRange(min = 1, max = 4000) long length) {
    long whole = value == 0 ? 1 : value;
    assertThat(Numbers.scale(value, length, whole)).isEqualTo(value == 0 ? 0 : length);
    assertThat(Numbers.scale(whole / 2, length, whole)).isBetween(0L, length / 2);
  }

  @Test
  void roundsPercentHalfUp() {
    assertThat(Numbers.percent(1, 8)).isEqualTo(13);
    assertThat(Numbers.percent(1, 3)).isEqualTo(33);
    assertThat(Numbers.percent(2, 3)).isEqualTo(67);
    assertThat(Numbers.percent(5, 0)).isZero();
  }

  @Test
  void picksNiceAxisSteps() {
    assertThat(Svg.niceCeil(0)).isEqualTo(1);
    assertThat(Svg.niceCeil(3)).isEqualTo(5);
    assertThat(Svg.niceCeil(11)).isEqualTo(20);
    assertThat(Svg.niceCeil(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(Svg.step(1051, 5)).isEqualTo(500);
    assertThat(Svg.axisEnd(1051, 500)).isEqualTo(1500);
    assertThat(Svg.axisEnd(0, 1)).isEqualTo(1);
  }
}
