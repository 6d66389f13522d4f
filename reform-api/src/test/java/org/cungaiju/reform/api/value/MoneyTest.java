package org.cungaiju.reform.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.TestValues.refused;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Property
  void parsesWhatItFormats(@ForAll long fen) {
    Money m = Money.ofFen(fen);
    assertThat(Money.parse(m.toString())).isEqualTo(m);
    assertThat(Money.of(m.toYuan())).isEqualTo(m);
    assertThat(new Money(m.fen())).isEqualTo(m);
  }

  @Property
  void formatsWithExactlyTwoDecimals(@ForAll long fen) {
    assertThat(Money.ofFen(fen).toString()).matches("-?(0|[1-9][0-9]*)\\.[0-9]{2}");
  }

  @Test
  void parsesHandExamples() {
    assertThat(Money.parse("1234.56").fen()).isEqualTo(123_456);
    assertThat(Money.parse("-0.05").fen()).isEqualTo(-5);
    assertThat(Money.parse("12").fen()).isEqualTo(1_200);
    assertThat(Money.parse("1234.5").fen()).isEqualTo(123_450);
    assertThat(Money.parse("0.1").fen()).isEqualTo(10);
    assertThat(Money.parse("-0").fen()).isZero();
    assertThat(Money.parse("92233720368547758.07").fen()).isEqualTo(Long.MAX_VALUE);
    assertThat(Money.parse("-92233720368547758.08").fen()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void formatsHandExamples() {
    assertThat(Money.ofFen(123_456)).hasToString("1234.56");
    assertThat(Money.ofFen(-5)).hasToString("-0.05");
    assertThat(Money.ofFen(1_200)).hasToString("12.00");
    assertThat(Money.ZERO).hasToString("0.00");
    assertThat(Money.ofYuan(3)).hasToString("3.00");
  }

  @Test
  void refusesAnythingButAPlainAmountWithAtMostTwoDecimals() {
    for (String text : new String[] {"0.001", "1e3", "1E3", "+1", ".5", "01", "", "-", "1.",
        "1,000.00", " 1", "1 ", "１", "0x10", "NaN", "1.2.3", "--1", "-01.00"}) {
      Violation v = refused(() -> Money.parse(text)).violations().get(0);
      assertThat(v.path()).isEqualTo("money");
      assertThat(v.value()).isEqualTo(text);
      assertThat(v.problem()).as(text).isEqualTo("is not an amount of money");
      assertThat(v.accepted()).contains("at most two decimals").contains("no exponent");
    }
  }

  @Test
  void refusesAmountsBeyondALongOfFen() {
    for (String text : new String[] {"92233720368547758.08", "-92233720368547758.09",
        "100000000000000000000"}) {
      Violation v = refused(() -> Money.parse(text)).violations().get(0);
      assertThat(v.problem()).as(text).isEqualTo("is too large");
      assertThat(v.accepted()).contains("92233720368547758.07");
    }
  }

  @Test
  void takesAnExactDecimalWithAtMostTwoNonZeroDecimals() {
    assertThat(Money.of(new BigDecimal("1.230")).fen()).isEqualTo(123);
    assertThat(Money.of(new BigDecimal("1E+2")).fen()).isEqualTo(10_000);
    Violation v = refused(() -> Money.of(new BigDecimal("1.235"))).violations().get(0);
    assertThat(v.value()).isEqualTo("1.235");
    assertThat(v.accepted()).contains("at most two decimals");
  }

  @Test
  void keepsTheMessageShortForAHugeExponent() {
    for (String text : new String[] {"1E-1000000000", "1E+1000000000"}) {
      Violation v = refused(() -> Money.of(new BigDecimal(text))).violations().get(0);
      assertThat(v.value()).isEqualTo(text);
    }
  }

  @Property
  void addsSubtractsAndMultipliesExactlyOrThrows(@ForAll long a, @ForAll long b) {
    BigInteger x = BigInteger.valueOf(a);
    BigInteger y = BigInteger.valueOf(b);
    Money m = Money.ofFen(a);
    Money n = Money.ofFen(b);
    assertExactOrOverflow(() -> m.plus(n), x.add(y));
    assertExactOrOverflow(() -> m.minus(n), x.subtract(y));
    assertExactOrOverflow(() -> m.times(b), x.multiply(y));
  }

  private static void assertExactOrOverflow(Supplier<Money> operation, BigInteger exact) {
    if (exact.compareTo(MIN) >= 0 && exact.compareTo(MAX) <= 0) {
      assertThat(operation.get().fen()).isEqualTo(exact.longValueExact());
    } else {
      assertThatThrownBy(operation::get).isInstanceOf(ArithmeticException.class);
    }
  }

  @Test
  void throwsOnOverflowAtTheEdges() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    Money min = Money.ofFen(Long.MIN_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.minus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.times(-1)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 100 + 1))
        .isInstanceOf(ArithmeticException.class);
    assertThat(max.plus(min).fen()).isEqualTo(-1);
  }

  @Test
  void comparesAndTellsItsSign() {
    assertThat(Money.parse("-0.01")).isLessThan(Money.ZERO);
    assertThat(Money.parse("0.01")).isGreaterThan(Money.ZERO);
    assertThat(Money.parse("-0.01").isNegative()).isTrue();
    assertThat(Money.parse("0.01").isPositive()).isTrue();
    assertThat(Money.parse("0.00").isZero()).isTrue();
    assertThat(Money.parse("12.3").toYuan()).isEqualTo(new BigDecimal("12.30"));
  }
}
