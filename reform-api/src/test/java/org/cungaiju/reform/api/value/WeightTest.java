package org.cungaiju.reform.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.api.TestValues.refused;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

class WeightTest {

  private static final BigDecimal TWO_TO_62 = new BigDecimal("4611686018427387904");

  @Test
  void normalisesToTheShortestForm() {
    assertThat(Weight.parse("1.50")).isEqualTo(Weight.parse("1.5"));
    assertThat(Weight.parse("1.50").value()).isEqualTo(new BigDecimal("1.5"));
    assertThat(Weight.parse("100").scale()).isZero();
    assertThat(Weight.parse("100")).hasToString("100");
    assertThat(Weight.of(new BigDecimal("1E+2"))).isEqualTo(Weight.of(100));
    assertThat(Weight.parse("0.000")).isEqualTo(Weight.ZERO);
    assertThat(Weight.parse("0.000").scale()).isZero();
    assertThat(Weight.parse("1.5000000000000000000")).isEqualTo(Weight.parse("1.5"));
  }

  @Property
  void normalisationIsIdempotentAndKeepsTheNumber(
      @ForAll @LongRange(min = 0) long unscaled, @ForAll @IntRange(min = -4, max = 22) int scale) {
    BigDecimal d = BigDecimal.valueOf(unscaled, scale);
    if (d.compareTo(TWO_TO_62) > 0 || d.stripTrailingZeros().scale() > Weight.MAX_DECIMALS) {
      assertThat(refused(() -> Weight.of(d)).violations()).extracting(Violation::path)
          .containsExactly("weight");
      return;
    }
    Weight w = Weight.of(d);
    assertThat(new Weight(w.value())).isEqualTo(w);
    assertThat(w.value()).isEqualByComparingTo(d);
    assertThat(Weight.parse(w.toString())).isEqualTo(w);
  }

  @Property
  void equalWeightsAreEqual(@ForAll @LongRange(min = 0, max = 1_000_000) long unscaled,
      @ForAll @IntRange(min = 0, max = 6) int scale, @ForAll @IntRange(min = 0, max = 6) int pad) {
    BigDecimal d = BigDecimal.valueOf(unscaled, scale);
    assertThat(Weight.of(d.setScale(scale + pad))).isEqualTo(Weight.of(d));
  }

  @Test
  void takesPlainNotationOnly() {
    for (String text : new String[] {"1e3", "1E3", "-1", "+1", ".5", "01", "1.", "", " 1",
        "0x1", "1,5", "１"}) {
      Violation v = refused(() -> Weight.parse(text)).violations().get(0);
      assertThat(v.path()).isEqualTo("weight");
      assertThat(v.problem()).as(text).isEqualTo("is not a weight");
      assertThat(v.accepted()).contains("plain notation");
    }
  }

  @Test
  void acceptsUpToTwoToTheSixtySecond() {
    assertThat(Weight.parse("4611686018427387904").value()).isEqualTo(TWO_TO_62);
    assertThat(Weight.MAX).isEqualTo(TWO_TO_62);
    assertThat(problemOf("4611686018427387905")).isEqualTo("is above 2^62");
    assertThat(problemOf("4611686018427387904.000000000000000001")).isEqualTo("is above 2^62");
  }

  @Test
  void acceptsUpToEighteenDecimals() {
    assertThat(Weight.parse("0.000000000000000001").scale()).isEqualTo(18);
    assertThat(problemOf("0.0000000000000000001")).isEqualTo("has more than 18 decimals");
  }

  @Test
  void refusesANegativeWeight() {
    Violation v = refused(() -> Weight.of(-1)).violations().get(0);
    assertThat(v.problem()).isEqualTo("is negative");
    assertThat(v.value()).isEqualTo("-1");
    assertThat(v.accepted()).contains("non-negative");
  }

  @Test
  void keepsTheMessageShortForAHugeExponent() {
    // plain notation would be a billion characters long
    assertThat(refused(() -> Weight.of(new BigDecimal("1E-1000000000"))).violations().get(0)
        .value()).isEqualTo("1E-1000000000");
    assertThat(refused(() -> Weight.of(new BigDecimal("1E+1000000000"))).violations().get(0)
        .value()).isEqualTo("1E+1000000000");
    assertThat(refused(() -> Weight.of(new BigDecimal("-1E+1000000000"))).getMessage())
        .hasSizeLessThan(400);
  }

  @Test
  void scalesToAnIntegerExactly() {
    assertThat(Weight.parse("1.5").scaledTo(1)).isEqualTo(BigInteger.valueOf(15));
    assertThat(Weight.parse("1.5").scaledTo(3)).isEqualTo(BigInteger.valueOf(1_500));
    assertThat(Weight.parse("3").scaledTo(0)).isEqualTo(BigInteger.valueOf(3));
    assertThat(Weight.MAX.movePointRight(18).toBigIntegerExact())
        .isEqualTo(Weight.of(Weight.MAX).scaledTo(18));
    assertThatThrownBy(() -> Weight.parse("1.25").scaledTo(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale 1 is below the weight's own scale 2");
  }

  @Property
  void scaledToMultipliesByAPowerOfTen(@ForAll @LongRange(min = 0, max = 1_000_000_000) long n,
      @ForAll @IntRange(min = 0, max = 9) int scale, @ForAll @IntRange(min = 0, max = 9) int up) {
    Weight w = Weight.of(BigDecimal.valueOf(n, scale));
    int target = w.scale() + up;
    assertThat(new BigDecimal(w.scaledTo(target), target)).isEqualByComparingTo(w.value());
  }

  @Test
  void comparesByValue() {
    assertThat(Weight.parse("1.5")).isGreaterThan(Weight.ONE).isLessThan(Weight.of(2));
    assertThat(Weight.parse("1.50").compareTo(Weight.parse("1.5"))).isZero();
    assertThat(Weight.ZERO.isZero()).isTrue();
    assertThat(Weight.ONE.isZero()).isFalse();
  }

  private static String problemOf(String text) {
    return refused(() -> Weight.parse(text)).violations().get(0).problem();
  }
}
