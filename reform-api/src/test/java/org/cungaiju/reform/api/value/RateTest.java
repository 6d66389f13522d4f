package org.cungaiju.reform.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void normalisesToTheShortestForm() {
    assertThat(Rate.ofPercent(10)).isEqualTo(Rate.parse("0.1")).isEqualTo(Rate.parse("0.10"));
    assertThat(Rate.ofPercent(10).value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(Rate.ofPercent(100)).isEqualTo(Rate.ONE).hasToString("1");
    assertThat(Rate.parse("0.000")).isEqualTo(Rate.ZERO).hasToString("0");
    assertThat(Rate.parse("0.1000000000000")).isEqualTo(Rate.ofPercent(10));
  }

  @Property
  void normalisationIsIdempotentAndKeepsTheNumber(
      @ForAll @IntRange(min = 0, max = 12) int scale, @ForAll @LongRange(min = 0) long unscaled) {
    BigDecimal d = BigDecimal.valueOf(unscaled, scale);
    if (d.compareTo(BigDecimal.ONE) > 0) {
      assertThat(refused(() -> Rate.of(d)).violations().get(0).problem())
          .isEqualTo("is outside [0, 1]");
      return;
    }
    Rate r = Rate.of(d);
    assertThat(new Rate(r.value())).isEqualTo(r);
    assertThat(r.value()).isEqualByComparingTo(d);
    assertThat(Rate.parse(r.toString())).isEqualTo(r);
  }

  @Test
  void staysWithinZeroAndOne() {
    assertThat(problemOf(new BigDecimal("1.000000000001"))).isEqualTo("is outside [0, 1]");
    assertThat(problemOf(new BigDecimal("-0.1"))).isEqualTo("is outside [0, 1]");
    assertThat(Rate.parse("1.000").value()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void acceptsUpToTwelveDecimals() {
    assertThat(Rate.parse("0.000000000001").value().scale()).isEqualTo(12);
    assertThat(problemOf(new BigDecimal("0.0000000000001"))).isEqualTo("has more than 12 decimals");
    Violation v = refused(() -> Rate.parse("0.0000000000001")).violations().get(0);
    assertThat(v.path()).isEqualTo("rate");
    assertThat(v.accepted()).contains("at most 12 decimals");
  }

  @Test
  void takesPlainNotationOnly() {
    for (String text : new String[] {"1e-1", "-0.1", "+0.1", ".1", "00.1", "0.", "", "10%"}) {
      Violation v = refused(() -> Rate.parse(text)).violations().get(0);
      assertThat(v.problem()).as(text).isEqualTo("is not a rate");
      assertThat(v.accepted()).contains("plain notation");
    }
  }

  @Test
  void keepsTheMessageShortForAHugeExponent() {
    assertThat(refused(() -> Rate.of(new BigDecimal("1E-1000000000"))).violations().get(0)
        .value()).isEqualTo("1E-1000000000");
  }

  @Test
  void floorsToTheFen() {
    // 10% of 12,345.67 yuan is 1,234.567 yuan: 123,456.7 fen, floored to 123,456 fen
    assertThat(Rate.ofPercent(10).floorOf(Money.ofFen(1_234_567))).isEqualTo(Money.ofFen(123_456));
    // towards negative infinity: −123,456.7 fen becomes −123,457 fen
    assertThat(Rate.ofPercent(10).floorOf(Money.ofFen(-1_234_567)))
        .isEqualTo(Money.ofFen(-123_457));
    // 5% of 99 fen is 4.95 fen: 4 fen
    assertThat(Rate.ofPercent(5).floorOf(Money.ofFen(99))).isEqualTo(Money.ofFen(4));
    // 1/3 to twelve decimals of 300 fen is 99.9999999999: 99 fen
    assertThat(Rate.parse("0.333333333333").floorOf(Money.ofFen(300))).isEqualTo(Money.ofFen(99));
    assertThat(Rate.ONE.floorOf(Money.ofFen(Long.MIN_VALUE))).isEqualTo(Money.ofFen(Long.MIN_VALUE));
    assertThat(Rate.ZERO.floorOf(Money.ofFen(Long.MAX_VALUE))).isEqualTo(Money.ZERO);
  }

  @Property
  void floorOfIsWithinOneFenBelowTheExactProduct(@ForAll long fen,
      @ForAll @IntRange(min = 0, max = 12) int scale, @ForAll @LongRange(min = 0) long unscaled) {
    BigDecimal d = BigDecimal.valueOf(unscaled, scale);
    if (d.compareTo(BigDecimal.ONE) > 0) {
      return;
    }
    BigDecimal exact = d.multiply(BigDecimal.valueOf(fen));
    BigDecimal floored = BigDecimal.valueOf(Rate.of(d).floorOf(Money.ofFen(fen)).fen());
    assertThat(floored).isLessThanOrEqualTo(exact);
    assertThat(exact.subtract(floored)).isLessThan(BigDecimal.ONE);
    assertThat(floored).isEqualByComparingTo(exact.setScale(0, RoundingMode.FLOOR));
  }

  @Test
  void addsAndMultipliesExactly() {
    assertThat(Rate.ofPercent(10).plus(Rate.parse("0.05"))).isEqualTo(Rate.parse("0.15"));
    assertThat(refused(() -> Rate.parse("0.6").plus(Rate.parse("0.5"))).getMessage())
        .contains("is outside [0, 1]");
    assertThat(Rate.parse("0.15").times(BigInteger.valueOf(40))).isEqualByComparingTo("6");
    assertThat(Rate.ZERO.isZero()).isTrue();
    assertThat(Rate.parse("0.15")).isGreaterThan(Rate.ofPercent(10)).isLessThan(Rate.ONE);
  }

  private static String problemOf(BigDecimal value) {
    return refused(() -> Rate.of(value)).violations().get(0).problem();
  }
}
